package io.github.camelcoveo.push.batch;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The room for documents admitted but not yet settled (accepted by Coveo or failed): a bounded number, so that callers
 * wait instead of memory growing.
 */
final class PendingDocuments {

    private final int capacity;
    private final Semaphore room;
    private final long maxBlockMillis;

    PendingDocuments(int capacity, long maxBlockMillis) {
        this.capacity = capacity;
        this.room = new Semaphore(capacity, true);
        this.maxBlockMillis = maxBlockMillis;
    }

    /** Waits up to the configured bound for room for one document. */
    void acquire(String documentId) throws BatchRejectedException, InterruptedException {
        if (!room.tryAcquire() && !room.tryAcquire(maxBlockMillis, TimeUnit.MILLISECONDS)) {
            throw new BatchRejectedException("Coveo Push batch buffer still full after " + maxBlockMillis + " ms ("
                                             + capacity + " documents waiting for Coveo to accept them): '"
                                             + documentId + "' was not sent");
        }
    }

    /** That many documents are settled: their room is free again. */
    void release(int documents) {
        room.release(documents);
    }
}
