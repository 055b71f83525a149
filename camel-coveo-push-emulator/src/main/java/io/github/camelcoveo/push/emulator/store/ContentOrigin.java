package io.github.camelcoveo.push.emulator.store;

/** Where the content of an item came from in the Push API request. */
public enum ContentOrigin {
    /** The document carried no content. */
    NONE,
    /** The {@code data} property: plain text. */
    DATA,
    /** The {@code compressedBinaryData} property: Base64 of compressed bytes. */
    COMPRESSED_BINARY_DATA,
    /** The {@code compressedBinaryDataFileId} property: raw compressed bytes uploaded to a file container. */
    FILE_CONTAINER
}
