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
package io.github.camelcoveo.push.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;


/** A request body of known length that can be written again for each retry. */
public interface RequestBody {

    long length();

    void writeTo(OutputStream out) throws IOException;

    /** Bytes already in memory, such as a small JSON document. */
    static RequestBody of(byte[] bytes) {
        return new RequestBody() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }
        };
    }

    /** Spooled bytes, read again from the spool at each attempt, such as content uploaded to a file container. */
    static RequestBody of(SpooledContent spool) {
        return new RequestBody() {
            @Override
            public long length() {
                return spool.size();
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (InputStream in = spool.openStream()) {
                    in.transferTo(out);
                }
            }
        };
    }
}
