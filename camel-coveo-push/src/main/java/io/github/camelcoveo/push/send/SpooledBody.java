package io.github.camelcoveo.push.send;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import io.github.camelcoveo.push.client.RequestBody;
import io.github.camelcoveo.push.content.EncodedContent;

/** The raw compressed bytes of a document, uploaded as they are to a file container. */
record SpooledBody(EncodedContent content) implements RequestBody {

    @Override
    public long length() {
        return content.bytes().size();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = content.bytes().openStream()) {
            in.transferTo(out);
        }
    }
}
