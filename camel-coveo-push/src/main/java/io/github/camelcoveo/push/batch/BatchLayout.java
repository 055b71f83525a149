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
package io.github.camelcoveo.push.batch;

import java.util.List;

/**
 * The arrays of a batch file, in order. The entries of the first are streamed to the file as they arrive; the others
 * are kept aside until the file is sealed.
 *
 * @param sections         the array names
 * @param entryOrderingIds whether each entry carries its own orderingId; when not, the batch's orderingId applies to
 *                         all of its entries, so that entries of different orderingIds never share a batch
 */
public record BatchLayout(List<String> sections, boolean entryOrderingIds) {

    /** {@code {"addOrUpdate":[...],"delete":[...]}}: items, each with its orderingId [docs.coveo.com/en/90]. */
    public static final BatchLayout DOCUMENTS = new BatchLayout(List.of("addOrUpdate", "delete"), true);

    /** {@code {"members":[...],"mappings":[...],"deleted":[...]}}: security identities [docs.coveo.com/en/55]. */
    public static final BatchLayout IDENTITIES = new BatchLayout(List.of("members", "mappings", "deleted"), false);

    /**
     * {@code {"addOrUpdate":[...],"delete":[...],"partialUpdate":[...]}}: the update file of a catalog source's Stream
     * API [docs.coveo.com/en/p4eb0129, /en/p4eb0515].
     */
    public static final BatchLayout CATALOG_UPDATE = new BatchLayout(List.of("addOrUpdate", "delete", "partialUpdate"),
            true);

    /** {@code {"addOrUpdate":[...]}}: a catalog source's shallow merge file [docs.coveo.com/en/p4eb0515]. */
    public static final BatchLayout CATALOG_MERGE = new BatchLayout(List.of("addOrUpdate"), true);

    /** {@code {"addOrUpdate":[...]}}: a chunk of a catalog source's full load stream [docs.coveo.com/en/p4eb0129]. */
    public static final BatchLayout CATALOG_LOAD = CATALOG_MERGE;

    public BatchLayout {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a batch file has at least one array");
        }
    }
}
