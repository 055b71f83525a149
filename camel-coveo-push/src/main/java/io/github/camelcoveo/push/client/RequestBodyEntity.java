package io.github.camelcoveo.push.client;

import io.github.camelcoveo.push.content.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/** Streams a {@link RequestBody} with its exact Content-Length (file-container uploads refuse chunked bodies). */
final class RequestBodyEntity extends AbstractHttpEntity {

    private final RequestBody body;

    RequestBodyEntity(RequestBody body, ContentType contentType) {
        super(contentType, null);
        this.body = body;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public long getContentLength() {
        return body.length();
    }

    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException("written with writeTo");
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
    }
}
