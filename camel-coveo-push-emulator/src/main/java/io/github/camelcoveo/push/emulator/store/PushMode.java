package io.github.camelcoveo.push.emulator.store;

/** How an item reached the source. */
public enum PushMode {
    SINGLE_DOCUMENT,
    BATCH,
    /** A Catalog source's {@code PUT /stream/update?fileId=} ({@code addOrUpdate} entries). */
    STREAM_UPDATE,
    /** A Catalog source's {@code PUT /stream/merge?fileId=} (shallow merge). */
    STREAM_MERGE,
    /** A Catalog source's full load, applied at {@code POST /stream/{streamId}/close}. */
    STREAM_LOAD,
    /** A {@code partialUpdate} entry of a Catalog source's update file, applied to the item it names. */
    PARTIAL_UPDATE
}
