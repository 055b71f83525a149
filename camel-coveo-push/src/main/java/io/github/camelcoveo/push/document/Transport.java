package io.github.camelcoveo.push.document;

/**
 * How a document's content travels to Coveo, from the lightest to the heaviest; {@link #headerValue()} is what the
 * {@code CamelCoveoPushContentTransport} header reports.
 */
public enum Transport {

    /** No content, or not a document (a delete, an identity, a source status). */
    NONE("none"),
    /** Plain text in the document's {@code data}. */
    DATA("data"),
    /** Compressed and base64-encoded in the document's {@code compressedBinaryData}. */
    COMPRESSED_BINARY_DATA("compressedBinaryData"),
    /** Compressed into a file container of its own that the document names. */
    FILE_CONTAINER("fileContainer");

    private final String headerValue;

    Transport(String headerValue) {
        this.headerValue = headerValue;
    }

    public String headerValue() {
        return headerValue;
    }

    /** The heavier of the two: what a Collection body reports for its elements. */
    public Transport heavier(Transport other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
