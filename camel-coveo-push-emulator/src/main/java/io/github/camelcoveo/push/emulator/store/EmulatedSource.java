package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Push source and its items. Applies Coveo's ordering rule: a change carrying an older
 * orderingId than what the source already knows of that item is ignored.
 */
public final class EmulatedSource {

    private final String id;
    private final Map<String, IndexedItem> items = new LinkedHashMap<>();
    /** orderingId of the last delete of each removed item, so that a stale add cannot bring it back. */
    private final Map<String, Long> deletions = new HashMap<>();
    private final List<StatusChange> statusHistory = new ArrayList<>();

    public EmulatedSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Adds or replaces the item unless the source holds a newer version; returns whether it was applied. */
    public synchronized boolean addOrUpdate(IndexedItem item) {
        long known = knownOrderingId(item.documentId());
        if (item.orderingId() < known) {
            return false;
        }
        deletions.remove(item.documentId());
        items.remove(item.documentId());
        items.put(item.documentId(), item);
        return true;
    }

    /** Deletes the item (and, when asked, every item whose id starts with {@code documentId + "/"}); returns how many went. */
    public synchronized int delete(String documentId, boolean deleteChildren, long orderingId) {
        List<String> targets = new ArrayList<>();
        targets.add(documentId);
        if (deleteChildren) {
            String prefix = documentId.endsWith("/") ? documentId : documentId + "/";
            items.keySet().stream().filter(id -> id.startsWith(prefix)).forEach(targets::add);
        }
        int removed = 0;
        for (String target : targets) {
            if (orderingId < knownOrderingId(target)) {
                continue;
            }
            if (items.remove(target) != null) {
                removed++;
            }
            deletions.put(target, orderingId);
        }
        return removed;
    }

    /** Removes every item whose orderingId is below the given one; returns how many went. */
    public synchronized int deleteOlderThan(long orderingId) {
        List<String> stale = items.values().stream()
                .filter(item -> item.orderingId() < orderingId)
                .map(IndexedItem::documentId)
                .toList();
        stale.forEach(items::remove);
        return stale.size();
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
        return items.values().stream().mapToLong(IndexedItem::contentSize).sum();
    }

    /** The content bytes the items hold in memory (see {@code PushApiEmulatorBuilder.retainContentUpTo}). */
    public synchronized long retainedContentBytes() {
        return items.values().stream().mapToLong(IndexedItem::retainedContentSize).sum();
    }

    public synchronized void clear() {
        items.clear();
        deletions.clear();
        statusHistory.clear();
    }

    private long knownOrderingId(String documentId) {
        IndexedItem current = items.get(documentId);
        if (current != null) {
            return current.orderingId();
        }
        return deletions.getOrDefault(documentId, Long.MIN_VALUE);
    }
}
