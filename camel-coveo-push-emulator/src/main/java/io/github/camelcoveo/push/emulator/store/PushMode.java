package io.github.camelcoveo.push.emulator.store;

/** How an item reached the source. */
public enum PushMode {
    SINGLE_DOCUMENT,
    BATCH
}
