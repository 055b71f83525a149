package io.github.camelcoveo.push.emulator.store;

/**
 * What a source takes content through: a Push source the Push API's document calls, a Catalog source (Coveo for
 * Commerce's products, variants and availabilities) the Stream API's {@code /stream/...} calls only.
 */
public enum SourceType {
    PUSH,
    CATALOG
}
