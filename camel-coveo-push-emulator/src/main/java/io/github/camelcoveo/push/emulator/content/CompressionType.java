package io.github.camelcoveo.push.emulator.content;

import java.util.Optional;

/** The compression types the Push API accepts; names are case-sensitive as in Coveo. */
public enum CompressionType {
    UNCOMPRESSED,
    DEFLATE,
    GZIP,
    LZMA,
    ZLIB;

    /** Coveo's default when a document gives no compression type. */
    public static final CompressionType DEFAULT = ZLIB;

    public static Optional<CompressionType> parse(String name) {
        for (CompressionType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
