/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
    updateSourceStatus,
    /** Add or update security identities with their members, in the `securityProviderId` provider (PUT permissions). */
    addOrUpdateIdentity,
    /** Add or update aliases of identities in other providers (PUT mappings). */
    addOrUpdateAlias,
    /** Delete security identities (DELETE permissions). */
    deleteIdentity,
    /** Delete every security identity of the provider older than the given orderingId (DELETE permissions/olderthan). */
    deleteIdentitiesOlderThan,
    /**
     * Catalog sources: change one field of an existing item (in the partialUpdate array of an update file, PUT
     * stream/update).
     */
    partialUpdate,
    /** Catalog sources: shallow merge, creating the item or adding the fields it misses (PUT stream/merge). */
    merge,
    /**
     * Catalog sources: a full load of a Collection, Iterator or Iterable of documents (POST stream/open, chunks, close);
     * items the load does not hold are removed.
     */
    load
}
