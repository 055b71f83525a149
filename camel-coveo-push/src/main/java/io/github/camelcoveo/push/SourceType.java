package io.github.camelcoveo.push;

/** The kind of Coveo source an endpoint feeds. The constant names are the values users write in URIs. */
public enum SourceType {
    /** A Push source: the Push API (documents, batches, status, identities). */
    push,
    /** A Catalog source (commerce): every document operation goes through the source's Stream API. */
    catalog
}
