package io.github.camelcoveo.push.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The documents admitted but not yet settled (accepted by Coveo or failed): a bounded number, so that callers wait
 * instead of memory growing, and the orderingId each was given. A document without an orderingId of its own gets the
 * time of its arrival in milliseconds (Coveo's own default is the time it receives the item), raised if need be so
 * that two versions of one documentId pending at the same time are strictly ordered.
 */
final class PendingDocuments {

    private final int capacity;
    private final Semaphore room;
    private final long maxBlockMillis;
    private final LongSupplier clock;
    private final Map<String, Long> lastOrderingId = new HashMap<>();
    private int pending;
    private int peak;

    PendingDocuments(int capacity, long maxBlockMillis, LongSupplier clock) {
        this.capacity = capacity;
        this.room = new Semaphore(capacity, true);
        this.maxBlockMillis = maxBlockMillis;
        this.clock = clock;
    }

    /**
     * Waits up to the configured bound for room, then records the document.
     *
     * @return the orderingId the document is sent with
     */
    long admit(String documentId, Long ownOrderingId) throws BatchRejectedException, InterruptedException {
        if (!room.tryAcquire() && !room.tryAcquire(maxBlockMillis, TimeUnit.MILLISECONDS)) {
            throw new BatchRejectedException("Coveo Push batch buffer still full after " + maxBlockMillis + " ms ("
                                             + capacity + " documents waiting for Coveo to accept them): '"
                                             + documentId + "' was not sent");
        }
        synchronized (this) {
            pending++;
            peak = Math.max(peak, pending);
            Long last = lastOrderingId.get(documentId);
            long orderingId;
            if (ownOrderingId != null) {
                orderingId = ownOrderingId;
            } else {
                orderingId = clock.getAsLong();
                if (last != null && orderingId <= last) {
                    orderingId = last + 1;
                }
            }
            if (last == null || orderingId > last) {
                lastOrderingId.put(documentId, orderingId);
            }
            return orderingId;
        }
    }

    /** The document is settled: its room is free again. */
    void release(String documentId, long orderingId) {
        synchronized (this) {
            pending--;
            lastOrderingId.remove(documentId, orderingId);
        }
        room.release();
    }

    synchronized int pending() {
        return pending;
    }

    /** The most documents ever pending at once. */
    synchronized int peak() {
        return peak;
    }
}
