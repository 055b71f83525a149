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
package io.github.camelcoveo.push.emulator;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The requests the emulator answered on the Push API and the upload endpoint. Every count is exact over the
 * whole run; the records themselves ({@link #all()}, {@link #rejections()}) are kept for the most recent
 * {@link #capacity()} requests only, so that a long soak holds bounded memory.
 */
public final class RequestLog {

    /** How many recent records a log keeps unless the builder says otherwise. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final RequestKind[] KINDS = RequestKind.values();
    private static final RequestOutcome[] OUTCOMES = RequestOutcome.values();

    private final int capacity;
    private final ArrayDeque<ReceivedRequest> recent = new ArrayDeque<>();
    private final long[][] counts = new long[KINDS.length][OUTCOMES.length];
    private long total;
    private long rejected;

    public RequestLog() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity how many of the most recent records to keep (0 keeps none; counts stay exact) */
    public RequestLog(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity cannot be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void record(ReceivedRequest request) {
        total++;
        counts[request.kind().ordinal()][request.outcome().ordinal()]++;
        if (request.rejected()) {
            rejected++;
        }
        if (capacity == 0) {
            return;
        }
        if (recent.size() == capacity) {
            recent.removeFirst();
        }
        recent.addLast(request);
    }

    /** The records kept: the most recent {@link #capacity()} requests, oldest first. */
    public synchronized List<ReceivedRequest> all() {
        return List.copyOf(recent);
    }

    public int capacity() {
        return capacity;
    }

    /** How many records are kept now (at most {@link #capacity()}). */
    public synchronized int retained() {
        return recent.size();
    }

    /** Every request answered, kept or not. */
    public synchronized long total() {
        return total;
    }

    public synchronized long count(RequestKind kind) {
        long sum = 0;
        for (long count : counts[kind.ordinal()]) {
            sum += count;
        }
        return sum;
    }

    public synchronized long count(RequestKind kind, RequestOutcome outcome) {
        return counts[kind.ordinal()][outcome.ordinal()];
    }

    /** Calls of this kind the emulator applied, whether or not the client heard the answer (see {@link RequestOutcome}). */
    public synchronized long accepted(RequestKind kind) {
        long sum = 0;
        for (RequestOutcome outcome : OUTCOMES) {
            if (outcome.applied()) {
                sum += counts[kind.ordinal()][outcome.ordinal()];
            }
        }
        return sum;
    }

    /** Requests answered with an error status (4xx or 5xx, the emulator's own or injected), kept or not. */
    public synchronized long rejectionCount() {
        return rejected;
    }

    /** The kept records of requests answered with an error status; {@link #rejectionCount()} counts them all. */
    public synchronized List<ReceivedRequest> rejections() {
        return recent.stream().filter(ReceivedRequest::rejected).toList();
    }

    /** Requests by kind; kinds never received are absent. */
    public synchronized Map<RequestKind, Long> countsByKind() {
        Map<RequestKind, Long> byKind = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : KINDS) {
            long count = count(kind);
            if (count > 0) {
                byKind.put(kind, count);
            }
        }
        return byKind;
    }

    /** Requests by outcome over every kind; outcomes never seen are absent. */
    public synchronized Map<RequestOutcome, Long> outcomes() {
        Map<RequestOutcome, Long> byOutcome = new EnumMap<>(RequestOutcome.class);
        for (RequestOutcome outcome : OUTCOMES) {
            long sum = 0;
            for (RequestKind kind : KINDS) {
                sum += counts[kind.ordinal()][outcome.ordinal()];
            }
            if (sum > 0) {
                byOutcome.put(outcome, sum);
            }
        }
        return byOutcome;
    }

    /** Outcomes of each kind received. */
    public synchronized Map<RequestKind, Map<RequestOutcome, Long>> outcomesByKind() {
        Map<RequestKind, Map<RequestOutcome, Long>> byKind = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : KINDS) {
            for (RequestOutcome outcome : OUTCOMES) {
                long count = counts[kind.ordinal()][outcome.ordinal()];
                if (count > 0) {
                    byKind.computeIfAbsent(kind, k -> new EnumMap<>(RequestOutcome.class)).put(outcome, count);
                }
            }
        }
        return byKind;
    }

    public synchronized void clear() {
        recent.clear();
        for (long[] row : counts) {
            java.util.Arrays.fill(row, 0);
        }
        total = 0;
        rejected = 0;
    }
}
