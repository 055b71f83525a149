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

/**
 * Binary content ready to send: compressed bytes (spooled) and the compression type Coveo must use to read them.
 */
public record EncodedContent(SpooledContent bytes, CompressionType compressionType) implements AutoCloseable {

    /** The length of the Base64 text of these bytes, as it appears in {@code compressedBinaryData}. */
    public long base64Length() {
        return 4 * ((bytes.size() + 2) / 3);
    }

    @Override
    public void close() {
        bytes.close();
    }
}
