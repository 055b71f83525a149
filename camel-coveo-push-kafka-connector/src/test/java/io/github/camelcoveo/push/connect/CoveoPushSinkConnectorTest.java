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

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The connector in a real Kafka Connect worker (standalone mode) reading from a real KRaft broker, both in this JVM,
 * pushing to the Push API emulator: records reach the source, and the connector's consumer group commits a record's
 * offset only once Coveo accepted it, never past a record that Coveo refused until it is accepted.
 */
@Timeout(120)
class CoveoPushSinkConnectorTest {

    private static final String ORG = "org-connect";
    private static final String KEY = "connect-key-73";
    private static final String SOURCE = "from-kafka";

    @TempDir
    static Path dir;
    private static KraftBroker broker;
    private static PushApiEmulator coveo;
    private static StandaloneWorker connect;
    private static Admin admin;
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void start() throws Exception {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY).source(ORG, SOURCE)
                .build().start();
        broker = KraftBroker.start(dir.resolve("kafka"));
        Map<String, Object> clients = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        admin = Admin.create(clients);
        admin.createTopics(List.of(new NewTopic("docs", 1, (short) 1), new NewTopic("faulty", 1, (short) 1),
                        new NewTopic("refused", 1, (short) 1)))
                .all().get(30, TimeUnit.SECONDS);
        Properties producerProps = new Properties();
        producerProps.putAll(clients);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(producerProps);

        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", broker.bootstrapServers());
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        worker.put("value.converter.schemas.enable", "false");
        worker.put("offset.storage.file.filename", dir.resolve("connect.offsets").toString());
        worker.put("offset.flush.interval.ms", "300");
        worker.put("plugin.discovery", "service_load");
        connect = new StandaloneWorker(worker, admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS));
    }

    @AfterAll
    static void stop() {
        if (connect != null) {
            connect.close();
        }
        if (producer != null) {
            producer.close();
        }
        if (admin != null) {
            admin.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (coveo != null) {
            coveo.stop();
        }
    }

    private static void startConnector(String name, String topic) throws Exception {
        startConnector(name, topic, Map.of());
    }

    private static void startConnector(String name, String topic, Map<String, String> more) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put("name", name);
        config.put("connector.class", CoveoPushSinkConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("coveo.organization.id", ORG);
        config.put("coveo.source.id", SOURCE);
        config.put("coveo.api.key", KEY);
        config.put("coveo.push.api.url", coveo.pushApiUrl());
        config.put("coveo.retry.backoff.ms", "200");
        // the component gives up at the first failed call, so that the connector's own redelivery is what is tested
        config.put("coveo.endpoint.maxRetries", "0");
        config.put("coveo.endpoint.batchLingerTime", "100");
        config.putAll(more);
        connect.putConnector(name, config);
    }

    private static void produce(String topic, String id, String text) throws Exception {
        producer.send(new ProducerRecord<>(topic, id, "{\"data\":\"" + text + "\",\"fileExtension\":\".txt\"}"))
                .get(10, TimeUnit.SECONDS);
    }

    private static long committed(String connector, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("connect-" + connector)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        OffsetAndMetadata offset = offsets.get(new TopicPartition(topic, 0));
        return offset == null ? 0 : offset.offset();
    }

    @Test
    void recordsReachCoveoAndTheirOffsetsAreCommitted() throws Exception {
        for (int i = 0; i < 5; i++) {
            produce("docs", "kafka://docs/" + i, "the text of record " + i);
        }
        startConnector("coveo-docs", "docs");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(coveo.items(ORG, SOURCE)).extracting(IndexedItem::documentId)
                    .contains("kafka://docs/0", "kafka://docs/1", "kafka://docs/2", "kafka://docs/3", "kafka://docs/4");
            assertThat(committed("coveo-docs", "docs")).isEqualTo(5);
        });
        assertThat(coveo.item(ORG, SOURCE, "kafka://docs/3").flatMap(IndexedItem::text))
                .hasValueSatisfying(text -> assertThat(text).contains("the text of record 3"));
        assertThat(connect.herder().connectorStatus("coveo-docs").tasks().get(0).state()).isEqualTo("RUNNING");
    }

    @Test
    void anOffsetDoesNotMovePastARecordCoveoRefusedUntilItIsAccepted() throws Exception {
        produce("faulty", "kafka://faulty/0", "accepted first");
        produce("faulty", "kafka://faulty/1", "accepted second");
        startConnector("coveo-faulty", "faulty");
        await().atMost(Duration.ofSeconds(60)).until(() -> committed("coveo-faulty", "faulty") == 2);

        // every call fails now: the third record is refused, delivered again, refused again...
        long rejectionsBefore = coveo.requests().rejectionCount();
        coveo.faults().rate(1.0).withStatus(503);
        produce("faulty", "kafka://faulty/2", "refused, then accepted");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> coveo.requests().rejectionCount() >= rejectionsBefore + 3);
        assertThat(committed("coveo-faulty", "faulty")).isEqualTo(2);
        assertThat(coveo.item(ORG, SOURCE, "kafka://faulty/2")).isEmpty();
        assertThat(connect.herder().connectorStatus("coveo-faulty").tasks().get(0).state()).isEqualTo("RUNNING");

        // Coveo accepts again: the same record gets through and only then its offset is committed
        coveo.faults().clear();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(coveo.item(ORG, SOURCE, "kafka://faulty/2").flatMap(IndexedItem::text))
                    .hasValueSatisfying(text -> assertThat(text).contains("refused, then accepted"));
            assertThat(committed("coveo-faulty", "faulty")).isEqualTo(3);
        });
    }

    @Test
    void withErrorsToleranceAllARecordStillRefusedAfterTheRetriesGoesToTheDeadLetterQueue() throws Exception {
        coveo.faults().rate(1.0).withStatus(503).onlyFor(RequestKind.PUSH_BATCH);
        try {
            produce("refused", "kafka://refused/0", "never accepted");
            startConnector("coveo-refused", "refused", Map.of("coveo.max.retries", "1", "errors.tolerance", "all",
                    "errors.deadletterqueue.topic.name", "refused-dlq",
                    "errors.deadletterqueue.topic.replication.factor", "1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> committed("coveo-refused", "refused") == 1);
            assertThat(coveo.item(ORG, SOURCE, "kafka://refused/0")).isEmpty();
            assertThat(coveo.requests().count(RequestKind.PUSH_BATCH)).isGreaterThanOrEqualTo(2);
        } finally {
            coveo.faults().clear();
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new StringDeserializer())) {
            dlq.subscribe(List.of("refused-dlq"));
            List<String> keys = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                return !keys.isEmpty();
            });
            assertThat(keys).containsExactly("kafka://refused/0");
        }
    }
}
