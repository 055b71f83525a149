package io.github.camelcoveo.push.document;

import io.github.camelcoveo.push.content.CompressionType;

/** The content of a document: plain text, or bytes that the component compresses (or passes through). */
public sealed interface DocumentContent {

    /** Plain text, sent as {@code data}. */
    record Text(String data) implements DocumentContent {
    }

    /**
     * Binary content, sent as {@code compressedBinaryData} or through a file container.
     *
     * @param compressedWith the compression the bytes already have, or null when the component is to compress them
     */
    record Binary(ContentSource source, CompressionType compressedWith) implements DocumentContent {
    }
}
