package io.github.camelcoveo.push.client;

/**
 * Size limits of the Push API. Coveo states them in MB without saying which MB; the decimal reading is the smaller,
 * so it is the safe one.
 */
public final class PushApiLimits {

    /** Largest {@code data} text, or Base64 {@code compressedBinaryData}, inside one request. */
    public static final long MAX_INLINE_CONTENT = 5_000_000L;

    /** Largest request body for one item. */
    public static final long MAX_REQUEST = 6_000_000L;

    /** Largest file container. */
    public static final long MAX_FILE_CONTAINER = 256_000_000L;

    private PushApiLimits() {
    }
}
