package io.github.camelcoveo.push.emulator.logs;

/** The item operation a log entry relates to: Coveo's {@code IndexingPipelineLogOperations}. */
public enum LogOperation {
    ADD,
    ADD_BY_REFERENCE,
    BATCH_FILE,
    DELETE,
    DELETE_AND_CHILDREN,
    DELETE_OLDER_THAN,
    UPDATE
}
