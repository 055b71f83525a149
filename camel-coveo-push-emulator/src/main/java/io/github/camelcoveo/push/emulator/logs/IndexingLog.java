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
package io.github.camelcoveo.push.emulator.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * An organization's indexing pipeline log: what the emulated index did with each item operation it accepted, in
 * the order written. It keeps the most recent {@link #DEFAULT_CAPACITY} entries (Coveo keeps its logs for a limited
 * time; the emulator bounds their number instead, so that a soak holds bounded memory).
 */
public final class IndexingLog {

    public static final int DEFAULT_CAPACITY = 100_000;

    /** A page of entries and whether more match. */
    public record Page(List<IndexingLogEntry> entries, boolean hasNextPage) {
    }

    private final int capacity;
    private final ArrayDeque<IndexingLogEntry> entries = new ArrayDeque<>();
    private long sequence;

    public IndexingLog() {
        this(DEFAULT_CAPACITY);
    }

    public IndexingLog(int capacity) {
        this.capacity = capacity;
    }

    /** Writes an entry, giving it the next sequence number (the entry's own is ignored). */
    public synchronized IndexingLogEntry append(IndexingLogEntry entry) {
        IndexingLogEntry numbered = new IndexingLogEntry(++sequence, entry.guid(), entry.id(), entry.datetime(),
                entry.organizationId(), entry.sourceId(), entry.task(), entry.operation(), entry.result(),
                entry.resourceId(), entry.meta());
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(numbered);
        return numbered;
    }

    /** Every entry kept, oldest first. */
    public synchronized List<IndexingLogEntry> all() {
        return List.copyOf(entries);
    }

    /**
     * The entries matching the query, oldest first (the emulator's choice, Coveo documents no order: entries written
     * while a client pages then land on later pages instead of shifting the ones it has not read yet).
     */
    public synchronized Page query(LogQuery query) {
        List<IndexingLogEntry> page = new ArrayList<>();
        long skip = (long) query.page() * query.perPage();
        long matched = 0;
        boolean more = false;
        for (IndexingLogEntry entry : entries) {
            if (!query.matches(entry)) {
                continue;
            }
            if (matched++ < skip) {
                continue;
            }
            if (page.size() == query.perPage()) {
                more = true;
                break;
            }
            page.add(entry);
        }
        return new Page(List.copyOf(page), more);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
