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
package io.github.camelcoveo.push.connect;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Which offsets of each partition may be committed: the records handed to Coveo wait in order, and the committable
 * offset is the one after the last record of the unbroken run of accepted records at the head. A record that failed
 * stops the run until it is delivered again ({@link #rewind}) and accepted; results of an attempt made before a
 * rewind are ignored. Thread-safe: Camel completes exchanges on its own threads.
 */
final class AcceptedOffsets {

    /** One attempt at one record. */
    static final class Attempt {
        final SinkRecord record;
        final long offset;
        volatile boolean accepted;
        volatile Throwable failure;

        Attempt(SinkRecord record, long offset) {
            this.record = record;
            this.offset = offset;
        }
    }

    /** The first record of a partition that Coveo did not accept. */
    record Failure(TopicPartition partition, Attempt attempt) {
    }

    private static final class Partition {
        final Deque<Attempt> inFlight = new ArrayDeque<>();
        Long committable;
        /** After a rewind: records before the consumer's seek shows are stale until this offset comes again. */
        Long awaiting;
        int retries;
    }

    private final Map<TopicPartition, Partition> partitions = new HashMap<>();

    synchronized void assign(Collection<TopicPartition> assigned) {
        assigned.forEach(tp -> partitions.putIfAbsent(tp, new Partition()));
    }

    /** Forgets revoked partitions: results still to come for them are ignored; their records go to the next owner. */
    synchronized void revoke(Collection<TopicPartition> revoked) {
        revoked.forEach(partitions::remove);
    }

    /** The attempt for this record, or empty when it is a stale record delivered before a rewind took effect. */
    synchronized Optional<Attempt> dispatch(TopicPartition tp, SinkRecord record) {
        Partition p = partitions.computeIfAbsent(tp, k -> new Partition());
        long offset = record.kafkaOffset();
        if (p.awaiting != null) {
            if (offset != p.awaiting) {
                return Optional.empty();
            }
            p.awaiting = null;
        }
        Attempt attempt = new Attempt(record, offset);
        p.inFlight.addLast(attempt);
        return Optional.of(attempt);
    }

    synchronized void accepted(TopicPartition tp, Attempt attempt) {
        attempt.accepted = true;
        Partition p = partitions.get(tp);
        if (p == null) {
            return;
        }
        while (!p.inFlight.isEmpty() && p.inFlight.peekFirst().accepted) {
            p.committable = p.inFlight.removeFirst().offset + 1;
            p.retries = 0;
        }
    }

    synchronized void failed(Attempt attempt, Throwable cause) {
        attempt.failure = cause;
    }

    /** The first record, over all partitions, that failed and blocks its partition's offset; empty when none. */
    synchronized Optional<Failure> firstFailure() {
        for (Map.Entry<TopicPartition, Partition> e : partitions.entrySet()) {
            for (Attempt a : e.getValue().inFlight) {
                if (a.failure != null) {
                    return Optional.of(new Failure(e.getKey(), a));
                }
            }
        }
        return Optional.empty();
    }

    /** How many times the failed record's partition was rewound since its offset last moved. */
    synchronized int rewinds(Failure failure) {
        Partition p = partitions.get(failure.partition());
        return p == null ? 0 : p.retries;
    }

    /**
     * Drops the failed attempt and every later one of its partition (all are delivered again from the failed offset)
     * and returns how many times this partition was rewound since it last moved.
     */
    synchronized int rewind(Failure failure) {
        Partition p = partitions.get(failure.partition());
        p.inFlight.removeIf(a -> a.offset >= failure.attempt().offset);
        p.awaiting = failure.attempt().offset;
        return ++p.retries;
    }

    /**
     * Gives up on the failed record, without a rewind (it went to the errant record reporter): it no longer holds the
     * offset back.
     */
    synchronized void skip(Failure failure) {
        Attempt a = failure.attempt();
        a.failure = null;
        accepted(failure.partition(), a);
    }

    /** The offsets to commit: for each partition, the one after its last record accepted in order. */
    synchronized Map<TopicPartition, Long> committable() {
        Map<TopicPartition, Long> result = new HashMap<>();
        partitions.forEach((tp, p) -> {
            if (p.committable != null) {
                result.put(tp, p.committable);
            }
        });
        return result;
    }

    synchronized int inFlight() {
        return partitions.values().stream().mapToInt(p -> p.inFlight.size()).sum();
    }
}
