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
package io.github.camelcoveo.push.metrics;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's figures since it was created (or its counters reset), for JMX and the dev console; every event goes on
 * to {@link #forwardTo the meters}. It logs one line per batch.
 */
public final class PushStats implements PushMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(PushStats.class);
    private static final int LAST_ERRORS = 5;

    public enum Count {
        ADMITTED, ACCEPTED, FAILED, INVALID, REFUSED, RETRIES_EXHAUSTED, REJECTED, REQUESTS, RETRIES, THROTTLED,
        BYTES_SENT, BATCHES_ACCEPTED, BATCHES_FAILED
    }

    /** The last batch Coveo answered for; {@code status} 0 when it failed without an answer. */
    public record LastBatch(int documents, long bytes, String fileId, long latencyMillis, int status, Instant at) {
    }

    /** A failure, by its message: the component's exceptions never carry the API key. */
    public record LastError(Instant at, String operation, String cause, String message) {
        @Override
        public String toString() {
            return at + " " + operation + " " + cause + ": " + message;
        }
    }

    private final Supplier<String> name;
    private final Map<Count, LongAdder> counts = new EnumMap<>(Count.class);
    private final ArrayDeque<LastError> lastErrors = new ArrayDeque<>();
    private volatile LastBatch lastBatch;
    private volatile PushMetrics next = NONE;

    /** @param name what the batch log lines call the endpoint, e.g. {@code coveo-push:mySource} */
    public PushStats(Supplier<String> name) {
        this.name = name;
        for (Count count : Count.values()) {
            counts.put(count, new LongAdder());
        }
    }

    /** Hands every event on to {@code meters} too, or to none when null. */
    public void forwardTo(PushMetrics meters) {
        this.next = meters == null ? NONE : meters;
    }

    public long count(Count count) {
        return counts.get(count).sum();
    }

    public void resetCounters() {
        counts.values().forEach(LongAdder::reset);
        synchronized (lastErrors) {
            lastErrors.clear();
        }
    }

    public LastBatch lastBatch() {
        return lastBatch;
    }

    /** The latest failures, newest first. */
    public List<LastError> lastErrors() {
        synchronized (lastErrors) {
            return List.copyOf(lastErrors);
        }
    }

    @Override
    public void admitted(String operation, int items) {
        counts.get(Count.ADMITTED).add(items);
        next.admitted(operation, items);
    }

    @Override
    public void accepted(String operation, int items) {
        counts.get(Count.ACCEPTED).add(items);
        next.accepted(operation, items);
    }

    @Override
    public void failed(String operation, int items, Cause cause, String code, Throwable error) {
        counts.get(Count.FAILED).add(items);
        if (cause != Cause.OTHER) {
            counts.get(Count.valueOf(cause.name())).add(items);
        }
        synchronized (lastErrors) {
            if (lastErrors.size() == LAST_ERRORS) {
                lastErrors.removeLast();
            }
            lastErrors.addFirst(new LastError(Instant.now(), operation, cause.tag,
                    error.getClass().getSimpleName() + ": " + error.getMessage()));
        }
        next.failed(operation, items, cause, code, error);
    }

    @Override
    public void request(String kind, int status, long bytes) {
        counts.get(Count.REQUESTS).increment();
        counts.get(Count.BYTES_SENT).add(bytes);
        if (status == 429) {
            counts.get(Count.THROTTLED).increment();
        }
        next.request(kind, status, bytes);
    }

    @Override
    public void retry(String kind, int status, long delayMillis) {
        counts.get(Count.RETRIES).increment();
        next.retry(kind, status, delayMillis);
    }

    @Override
    public void batchSealed(int documents, long bytes) {
        next.batchSealed(documents, bytes);
    }

    @Override
    public void batchSettled(int documents, long bytes, String fileId, int status, Throwable error,
                             long latencyNanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(latencyNanos);
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        lastBatch = new LastBatch(documents, bytes, fileId, millis, status, Instant.now());
        counts.get(error == null ? Count.BATCHES_ACCEPTED : Count.BATCHES_FAILED).increment();
        if (error == null) {
            LOG.info("{} batch of {} documents ({} bytes, fileId {}) accepted with HTTP {} in {} ms", name.get(), documents,
                    bytes, fileId, status, millis);
        } else {
            LOG.warn("{} batch of {} documents ({} bytes) failed after {} ms: {}", name.get(), documents, bytes, millis,
                    cause.toString());
        }
        next.batchSettled(documents, bytes, fileId, status, cause, latencyNanos);
    }

    @Override
    public void close() {
        next.close();
    }
}
