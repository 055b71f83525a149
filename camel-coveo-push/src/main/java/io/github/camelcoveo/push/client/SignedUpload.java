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

import java.io.IOException;
import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpVersion;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriter;
import org.apache.hc.core5.http.message.BasicLineFormatter;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.util.CharArrayBuffer;

/**
 * The PUT of a body to a pre-signed file container URL, whose query holds an {@code X-Amz-Signature} that grants
 * write access to the container for an hour. HttpClient's exec chain logs each request's URI at DEBUG
 * ({@code MainClientExec}), so the request goes through it without its query, which a header carries to
 * {@link QuietConnection}'s {@link Writer}: it puts the query back in the request line and sends no such header.
 * Only for the component's own HttpClient: another's connections would send the URI without its query.
 */
final class SignedUpload {

    private static final String QUERY = "X-Coveo-Push-Upload-Query";

    private SignedUpload() {
    }

    static HttpPut put(URI uploadUri) {
        String uri = uploadUri.toString();
        int query = uri.indexOf('?');
        if (query < 0) {
            return new HttpPut(uploadUri);
        }
        HttpPut put = new HttpPut(URI.create(uri.substring(0, query)));
        put.setHeader(QUERY, uri.substring(query + 1));
        return put;
    }

    /** Writes the request line of an upload with its query, before the headers are written. */
    static final class Writer extends DefaultHttpRequestWriter {
        @Override
        protected void writeHeadLine(ClassicHttpRequest message, CharArrayBuffer lineBuf) throws IOException {
            Header query = message.getFirstHeader(QUERY);
            if (query == null) {
                super.writeHeadLine(message, lineBuf);
                return;
            }
            message.removeHeaders(QUERY);
            BasicLineFormatter.INSTANCE.formatRequestLine(lineBuf, new RequestLine(message.getMethod(),
                    message.getRequestUri() + "?" + query.getValue(), HttpVersion.HTTP_1_1));
        }
    }
}
