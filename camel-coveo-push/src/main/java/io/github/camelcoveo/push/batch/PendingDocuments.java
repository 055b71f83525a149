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

import io.github.camelcoveo.push.error.BatchRejectedException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * The room for documents admitted but not yet settled (accepted by Coveo or failed): a bounded number, and a bounded
 * number of bytes of content held in memory for them, so that callers wait instead of memory growing. Callers are
 * admitted in arrival order, so that a large document is not passed over for ever by small ones; a document larger
 * than the whole byte bound is admitted alone, when nothing else is held.
 */
final class PendingDocuments {

    private final int capacity;
    private final long maxBytes;
    private final long maxBlockMillis;
    private final ArrayDeque<Object> line = new ArrayDeque<>();
    private int documents;
    private long bytes;

    PendingDocuments(int capacity, long maxBytes, long maxBlockMillis) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.maxBlockMillis = maxBlockMillis;
    }

    /** Waits up to the configured bound for room for one document holding {@code size} bytes. */
    synchronized void acquire(String documentId, long size) throws BatchRejectedException, InterruptedException {
        if (line.isEmpty() && fits(size)) {
            take(size);
            return;
        }
        Object turn = new Object();
        line.add(turn);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxBlockMillis);
        try {
            while (line.peekFirst() != turn || !fits(size)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new BatchRejectedException("Coveo Push batch buffer still full after " + maxBlockMillis
                                                     + " ms (" + documents + " documents, " + bytes + " bytes of"
                                                     + " content waiting for Coveo to accept them): '" + documentId
                                                     + "' was not sent");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            take(size);
        } finally {
            line.remove(turn);
            notifyAll(); // the next in line may fit too, or may now be first
        }
    }

    private boolean fits(long size) {
        return documents < capacity && (bytes == 0 || bytes + size <= maxBytes);
    }

    private void take(long size) {
        documents++;
        bytes += size;
    }

    /** That many documents, holding that many bytes, are settled: their room is free again. */
    synchronized void release(int settled, long size) {
        documents -= settled;
        bytes -= size;
        if (!line.isEmpty()) {
            notifyAll();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    /** How many callers wait for room. */
    synchronized int waiting() {
        return line.size();
    }
}
