package io.github.camelcoveo.push;

/** The status a Push source can be set to around a load. */
public enum SourceStatus {
    REBUILD,
    REFRESH,
    INCREMENTAL,
    IDLE
}
