package io.github.camelcoveo.push.client;

import java.net.URI;
import java.util.Map;

/** A file container Coveo created: where to upload, its id, and the only headers the upload may carry. */
public record FileContainer(URI uploadUri, String fileId, Map<String, String> requiredHeaders) {

    /** Without the upload URI's query: a pre-signed URL's signature grants write access to the container. */
    @Override
    public String toString() {
        return "FileContainer[fileId=" + fileId + ", uploadUri=" + uploadUri.getScheme() + "://"
               + uploadUri.getRawAuthority() + uploadUri.getRawPath() + "]";
    }
}
