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
package io.github.camelcoveo.push.document;

import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.content.EncodedContent;

/** A document's content in the form it travels in. */
public sealed interface PreparedContent {

    /** Metadata only. */
    record None() implements PreparedContent {
    }

    /** Plain text, as {@code data}. */
    record Data(String text) implements PreparedContent {
    }

    /** Compressed bytes, as Base64 {@code compressedBinaryData} inside the request. */
    record Inline(EncodedContent content) implements PreparedContent {
    }

    /** Compressed bytes already uploaded to a file container, as {@code compressedBinaryDataFileId}. */
    record FileReference(String fileId, CompressionType compressionType) implements PreparedContent {
    }

    /** How the content travels. */
    default Transport transport() {
        if (this instanceof Data) {
            return Transport.DATA;
        }
        if (this instanceof Inline) {
            return Transport.COMPRESSED_BINARY_DATA;
        }
        return this instanceof FileReference ? Transport.FILE_CONTAINER : Transport.NONE;
    }

    /** The compression type to declare, or null when the content is not binary. */
    default CompressionType compressionType() {
        if (this instanceof Inline inline) {
            return inline.content().compressionType();
        }
        if (this instanceof FileReference reference) {
            return reference.compressionType();
        }
        return null;
    }
}
