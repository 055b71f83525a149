package io.github.camelcoveo.push.client;

import java.net.URI;
import java.util.Map;

/** A file container Coveo created: where to upload, its id, and the only headers the upload may carry. */
public record FileContainer(URI uploadUri, String fileId, Map<String, String> requiredHeaders) {
}
