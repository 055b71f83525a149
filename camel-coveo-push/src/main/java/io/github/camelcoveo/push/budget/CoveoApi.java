package io.github.camelcoveo.push.budget;

/**
 * The Coveo API a request goes to. Coveo counts each API's requests against quotas of its own, so a budget shared by
 * several instances keeps one bucket per organization and API.
 */
public enum CoveoApi {
    /** The Push API: documents, batches, file containers, source status, security identities. */
    PUSH,
    /** The Platform API: index fields (list, search, create). */
    PLATFORM,
    /** The Logs API: indexing logs read to confirm what Coveo indexed. */
    LOGS
}
