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
package io.github.camelcoveo.examples.kafka;

import org.apache.camel.builder.RouteBuilder;

/**
 * A Kafka topic feeding a Coveo Push source, consumed by any number of instances in one consumer group: Kafka spreads
 * the topic's partitions over the instances, and hands the partitions of an instance that dies to the others.
 * <p>
 * Each poll (at most {@code kafka.maxPollRecords} records) is one exchange; its records are pushed in parallel, so
 * that they travel in one file-container batch, and the offsets are committed only once Coveo accepted every record's
 * document ({@link RecordDocuments#commit}). Auto-commit is off: a record is never committed before Coveo accepted it.
 * When a push fails for good, the exchange fails, nothing is committed, and {@code breakOnFirstError} makes the
 * consumer subscribe again from the committed offsets, so the poll's records come back (documents pushed twice carry
 * the same orderingId, which Coveo applies once). An instance killed mid-poll leaves its records uncommitted: the
 * instance that takes its partitions over pushes them again.
 * <p>
 * The record's key is the documentId, its offset the orderingId ({@link RecordDocuments#toDocument}).
 */
public class KafkaRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("kafka:{{kafka.topic}}?groupId={{kafka.groupId}}"
             + "&batching=true&maxPollRecords={{kafka.maxPollRecords}}&pollTimeoutMs={{kafka.pollTimeoutMs}}"
             + "&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
             + "&autoOffsetReset=earliest&sessionTimeoutMs={{kafka.sessionTimeoutMs}}"
             + "&heartbeatIntervalMs={{kafka.heartbeatIntervalMs}}")
                .routeId("kafka-to-coveo")
                // one sub-exchange per record, all in flight at once: the producer is asynchronous, so they wait for
                // their batch without holding a thread each
                .split(body()).parallelProcessing().stopOnException()
                    .process(RecordDocuments::toDocument)
                    .to("coveo-push:{{coveo.source}}")
                .end()
                .process(RecordDocuments::commit);
    }
}
