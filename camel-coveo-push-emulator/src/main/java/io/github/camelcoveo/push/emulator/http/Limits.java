package io.github.camelcoveo.push.emulator.http;

/**
 * Coveo's size limits.
 *
 * @param maxRequestBytes       a Push API request body (Coveo: 6 MB)
 * @param maxDataBytes          the {@code data} text or the compressed {@code compressedBinaryData} (Coveo: 5 MB)
 * @param maxFileContainerBytes one upload to a file container (Coveo: 256 MB)
 */
public record Limits(long maxRequestBytes, long maxDataBytes, long maxFileContainerBytes) {

    private static final long MB = 1024L * 1024L;

    public static Limits coveo() {
        return new Limits(6 * MB, 5 * MB, 256 * MB);
    }
}
