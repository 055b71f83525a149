package io.github.camelcoveo.push;

/** What the producer does with an exchange. The constant names are the values users write in URIs and headers. */
public enum CoveoPushOperation {
    /** Add or update one item (PUT documents). */
    addOrUpdate,
    /** Delete one item, optionally with its children (DELETE documents). */
    delete,
    /** Delete every item whose orderingId is older than the given one (DELETE documents/olderthan). */
    deleteOlderThan,
    /** Set the source's status (POST status). */
    updateSourceStatus
}
