package io.github.camelcoveo.push.emulator.logs;

/**
 * The outcome a log entry reports: Coveo's {@code IndexingPipelineLogResults}. The emulator writes
 * {@link #COMPLETED}, {@link #ERROR} (rejected at indexing, {@code meta.error} says why) and {@link #SKIPPED} (out
 * of sequence, {@code meta.reason} says why).
 */
public enum LogResult {
    COMPLETED,
    ERROR,
    REJECTED,
    SKIPPED,
    WARNING
}
