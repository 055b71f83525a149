package io.github.camelcoveo.push.emulator.logs;

/**
 * The indexing pipeline stage a log entry comes from: Coveo's {@code IndexingPipelineLogTasks}
 * (Source Logs API reference; {@code coveo/platform-client} src/resources/Enums.ts). The emulator writes
 * {@link #STREAMING} and {@link #STREAMING_BATCH} when it receives an operation and {@link #INDEXING} for its outcome.
 */
public enum LogTask {
    CONSUMING,
    CONSUMING_BATCH,
    CRAWLING,
    STREAMING_EXTENSION,
    EXTENSION,
    INDEXING,
    MAPPING,
    PROCESSING,
    STREAMING,
    STREAMING_BATCH,
    PREINDEXING,
    VALIDATION
}
