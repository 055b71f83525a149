package io.github.camelcoveo.push.emulator;

/** The kinds of Push API calls the emulator tells apart. */
public enum RequestKind {
    ADD_OR_UPDATE_DOCUMENT,
    DELETE_DOCUMENT,
    DELETE_OLDER_THAN,
    SET_SOURCE_STATUS,
    CREATE_FILE_CONTAINER,
    UPLOAD_TO_FILE_CONTAINER,
    PUSH_BATCH,
    /** A path or method under {@code /push/v1} that the emulator does not know. */
    UNKNOWN
}
