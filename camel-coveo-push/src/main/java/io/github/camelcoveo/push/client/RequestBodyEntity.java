/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
