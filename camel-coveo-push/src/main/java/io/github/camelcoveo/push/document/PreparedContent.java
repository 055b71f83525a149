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
