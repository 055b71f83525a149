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
package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A Push or Catalog source and its items (and, for a Catalog source, its load streams). Applies Coveo's ordering rule [docs.coveo.com/en/147]: each operation on an item must
 * carry a higher orderingId than the last one applied to it, so one whose orderingId is lower or equal is out of
 * sequence and ignored (and counted, see {@link #ignoredOperations()}); after a delete-older-than, an addition older
 * than its orderingId is ignored too.
 */
public final class EmulatedSource {

    private final String id;
    private final SourceType type;
    /** The load streams of a Catalog source, open or closed, in the order opened. */
    private final Map<String, LoadStream> streams = new LinkedHashMap<>();
    private final Map<String, IndexedItem> items = new LinkedHashMap<>();
    /** The ids of the items, sorted, to find the children of a deleteChildren without scanning every item. */
    private final NavigableSet<String> sortedIds = new TreeSet<>();
    /** orderingId of the last delete of each removed item, so that a stale add cannot bring it back. */
    private final Map<String, Long> deletions = new HashMap<>();
    private final List<StatusChange> statusHistory = new ArrayList<>();
    /** The items the index refused after the Push API accepted them, by documentId; a later indexing clears one. */
    private final Map<String, RejectedItem> rejected = new LinkedHashMap<>();
    /** The highest orderingId of a delete-older-than: an addition below it is older than that delete. */
    private long olderThanFloor = Long.MIN_VALUE;
    private long ignoredOperations;
    private long contentBytes;
    private long retainedContentBytes;

    public EmulatedSource(String id) {
        this(id, SourceType.PUSH);
    }

    public EmulatedSource(String id, SourceType type) {
        this.id = id;
        this.type = type;
    }

    public String id() {
        return id;
    }

    public SourceType type() {
        return type;
    }

    public boolean isCatalog() {
        return type == SourceType.CATALOG;
    }

    public synchronized void openStream(LoadStream stream) {
        streams.put(stream.streamId(), stream);
    }

    public synchronized Optional<LoadStream> stream(String streamId) {
        return Optional.ofNullable(streams.get(streamId));
    }

    /** The load streams opened and not closed, in the order opened: they have applied nothing yet. */
    public synchronized List<LoadStream> openStreams() {
        return streams.values().stream().filter(LoadStream::isOpen).toList();
    }

    /** Every load stream, open or closed, in the order opened. */
    public synchronized List<LoadStream> loadStreams() {
        return List.copyOf(streams.values());
    }

    /** Marks a load closed; false when it was closed already (so that two closes cannot both apply it). */
    public synchronized boolean closeStream(LoadStream stream, Instant at) {
        if (!stream.isOpen()) {
            return false;
        }
        stream.markClosed(at);
        return true;
    }

    /**
     * The ids of the items a load did not send and that nothing changed since it opened (their orderingId is below
     * the load's): what closing the load removes.
     */
    public synchronized List<String> notSentIn(java.util.Set<String> sent, long loadOrderingId) {
        return items.values().stream()
                .filter(item -> !sent.contains(item.documentId()) && item.orderingId() < loadOrderingId)
                .map(IndexedItem::documentId)
                .toList();
    }

    /** Whether an addition of the item with this orderingId would be applied now, i.e. is not out of sequence. */
    public synchronized boolean isInSequence(String documentId, long orderingId) {
        return orderingId > knownOrderingId(documentId) && orderingId >= olderThanFloor;
    }

    /** Adds or replaces the item unless it is out of sequence; returns whether it was applied. */
    public synchronized boolean addOrUpdate(IndexedItem item) {
        String documentId = item.documentId();
        if (item.orderingId() <= knownOrderingId(documentId) || item.orderingId() < olderThanFloor) {
            ignoredOperations++;
            return false;
        }
        deletions.remove(documentId);
        rejected.remove(documentId);
        remove(documentId);
        items.put(documentId, item);
        sortedIds.add(documentId);
        contentBytes += item.contentSize();
        retainedContentBytes += item.retainedContentSize();
        return true;
    }

    /**
     * Replaces the item by a version with the same orderingId: a further change made by the operation that wrote the
     * current version (the partial updates of one update file apply in turn); false when the item changed since.
     */
    public synchronized boolean replaceWithinOperation(IndexedItem item) {
        IndexedItem current = items.get(item.documentId());
        if (current == null || current.orderingId() != item.orderingId()) {
            return false;
        }
        remove(item.documentId());
        rejected.remove(item.documentId());
        items.put(item.documentId(), item);
        sortedIds.add(item.documentId());
        contentBytes += item.contentSize();
        retainedContentBytes += item.retainedContentSize();
        return true;
    }

    /**
     * Deletes the item (and, when asked, every item whose id starts with {@code documentId + "/"}); each item the
     * delete reaches with an orderingId not above its own is left alone and counted as ignored. Returns how many went.
     */
    public synchronized int delete(String documentId, boolean deleteChildren, long orderingId) {
        return (int) deleteEach(documentId, deleteChildren, orderingId).stream()
                .filter(outcome -> outcome.result() == DeleteOutcome.Result.REMOVED).count();
    }

    /** As {@link #delete(String, boolean, long)}, telling what happened to each item the delete reached. */
    public synchronized List<DeleteOutcome> deleteEach(String documentId, boolean deleteChildren, long orderingId) {
        List<String> targets = new ArrayList<>();
        targets.add(documentId);
        if (deleteChildren) {
            String prefix = documentId.endsWith("/") ? documentId : documentId + "/";
            for (String child : sortedIds.tailSet(prefix, true)) {
                if (!child.startsWith(prefix)) {
                    break;
                }
                targets.add(child);
            }
        }
        List<DeleteOutcome> outcomes = new ArrayList<>();
        for (String target : targets) {
            if (orderingId <= knownOrderingId(target)) {
                ignoredOperations++;
                outcomes.add(new DeleteOutcome(target, DeleteOutcome.Result.OUT_OF_SEQUENCE));
                continue;
            }
            boolean removed = remove(target);
            rejected.remove(target);
            deletions.put(target, orderingId);
            outcomes.add(new DeleteOutcome(target, removed ? DeleteOutcome.Result.REMOVED : DeleteOutcome.Result.ABSENT));
        }
        return outcomes;
    }

    /** Removes every item whose orderingId is below the given one; returns how many went. */
    public synchronized int deleteOlderThan(long orderingId) {
        return deleteOlderThanEach(orderingId).size();
    }

    /** As {@link #deleteOlderThan(long)}, returning the documentIds removed. */
    public synchronized List<String> deleteOlderThanEach(long orderingId) {
        olderThanFloor = Math.max(olderThanFloor, orderingId);
        List<String> stale = items.values().stream()
                .filter(item -> item.orderingId() < orderingId)
                .map(IndexedItem::documentId)
                .toList();
        stale.forEach(this::remove);
        return stale;
    }

    /**
     * Records that the index refused an item the Push API accepted: the item is not added (an earlier version, if
     * any, stays, as the emulator's choice: Coveo does not document it), and the browser lists it as rejected.
     */
    public synchronized void reject(RejectedItem rejection) {
        rejected.put(rejection.documentId(), rejection);
    }

    /** The items refused at indexing since, in the order refused; a later successful push or delete clears one. */
    public synchronized List<RejectedItem> rejectedItems() {
        return List.copyOf(rejected.values());
    }

    public synchronized Optional<RejectedItem> rejectedItem(String documentId) {
        return Optional.ofNullable(rejected.get(documentId));
    }

    /** Counts an operation found out of sequence before it reached {@link #addOrUpdate(IndexedItem)}. */
    public synchronized void countIgnored() {
        ignoredOperations++;
    }

    /** Operations on an item ignored as out of sequence since the source was created or cleared. */
    public synchronized long ignoredOperations() {
        return ignoredOperations;
    }

    public synchronized void recordStatus(String statusType, Instant at) {
        statusHistory.add(new StatusChange(statusType, at));
    }

    public synchronized List<StatusChange> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public synchronized Optional<StatusChange> currentStatus() {
        return statusHistory.isEmpty() ? Optional.empty() : Optional.of(statusHistory.get(statusHistory.size() - 1));
    }

    /** The items, in the order of their last update. */
    public synchronized List<IndexedItem> items() {
        return List.copyOf(items.values());
    }

    public synchronized Optional<IndexedItem> item(String documentId) {
        return Optional.ofNullable(items.get(documentId));
    }

    public synchronized int itemCount() {
        return items.size();
    }

    /** The decoded size of the content of every item held, retained or not. */
    public synchronized long contentBytes() {
        return contentBytes;
    }

    /** The content bytes the items hold in memory (see {@code PushApiEmulatorBuilder.retainContentUpTo}). */
    public synchronized long retainedContentBytes() {
        return retainedContentBytes;
    }

    public synchronized void clear() {
        streams.clear();
        items.clear();
        sortedIds.clear();
        deletions.clear();
        statusHistory.clear();
        rejected.clear();
        olderThanFloor = Long.MIN_VALUE;
        ignoredOperations = 0;
        contentBytes = 0;
        retainedContentBytes = 0;
    }

    private boolean remove(String documentId) {
        IndexedItem removed = items.remove(documentId);
        if (removed == null) {
            return false;
        }
        sortedIds.remove(documentId);
        contentBytes -= removed.contentSize();
        retainedContentBytes -= removed.retainedContentSize();
        return true;
    }

    private long knownOrderingId(String documentId) {
        IndexedItem current = items.get(documentId);
        if (current != null) {
            return current.orderingId();
        }
        return deletions.getOrDefault(documentId, Long.MIN_VALUE);
    }
}
