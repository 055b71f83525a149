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
