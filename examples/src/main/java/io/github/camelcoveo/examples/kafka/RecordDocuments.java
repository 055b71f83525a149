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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.CoveoPushConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * What the Kafka example makes of a record, and how it commits a poll.
 * <p>
 * The documentId is the record's key (a URI such as {@code https://shop.example.com/items/42}); a record without a
 * key fails with the component's typed error naming the documentId. The orderingId is the record's offset: every
 * version of a key lands in one partition, where offsets only grow, so a later version always has a larger
 * orderingId, on whichever instance it is consumed, and a record pushed again after a crash keeps the orderingId it
 * had (Coveo never lets it overwrite a later version). The offset is not the clock of the instance, which differs
 * between pods. Repartitioning a topic breaks that order (a key moves to a partition with other offsets): use the
 * record's timestamp ({@code kafka.TIMESTAMP}, best with {@code message.timestamp.type=LogAppendTime}, the broker's
 * clock) there instead, and wherever a full sync with a time fence runs too: offsets are no times.
 */
public final class RecordDocuments {

    private RecordDocuments() {
    }

    /** Turns the sub-exchange of one record (its body is the record's exchange) into a document to push. */
    public static void toDocument(Exchange exchange) {
        Message record = exchange.getMessage().getBody(Exchange.class).getMessage();
        Message document = exchange.getMessage();
        document.setBody(record.getBody());
        document.setHeader(CoveoPushConstants.DOCUMENT_ID, record.getHeader(KafkaConstants.KEY));
        document.setHeader(CoveoPushConstants.ORDERING_ID, record.getHeader(KafkaConstants.OFFSET));
    }

    /**
     * Commits the poll's records, once every one was accepted: for each partition, the offset after its last record
     * in the poll, synchronously (the next poll starts only once Kafka stored it).
     */
    public static void commit(Exchange poll) {
        List<?> records = poll.getMessage().getBody(List.class);
        Map<Integer, KafkaManualCommit> lastOfEachPartition = new LinkedHashMap<>();
        for (Object each : records) {
            Message record = ((Exchange) each).getMessage();
            KafkaManualCommit commit = record.getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
            if (commit == null) {
                throw new IllegalStateException("No " + KafkaConstants.MANUAL_COMMIT + " header on a record: the"
                                                + " consumer needs allowManualCommit=true");
            }
            lastOfEachPartition.put(record.getHeader(KafkaConstants.PARTITION, Integer.class), commit);
        }
        lastOfEachPartition.values().forEach(KafkaManualCommit::commit);
    }
}
