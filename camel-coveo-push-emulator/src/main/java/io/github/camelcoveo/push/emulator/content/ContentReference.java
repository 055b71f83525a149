package io.github.camelcoveo.push.emulator.content;

import io.github.camelcoveo.push.emulator.store.ContentOrigin;

/**
 * The content a document points at, before decoding: the {@code data} text, the Base64 of
 * {@code compressedBinaryData}, or the file id of {@code compressedBinaryDataFileId}.
 */
public record ContentReference(ContentOrigin origin, String value, CompressionType compressionType) {

    public static ContentReference none() {
        return new ContentReference(ContentOrigin.NONE, null, null);
    }
}
