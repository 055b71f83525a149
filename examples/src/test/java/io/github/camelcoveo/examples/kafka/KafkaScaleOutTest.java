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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camelcoveo.examples.ForkedJvm;
import io.github.camelcoveo.examples.database.PostgresServer;
import io.github.camelcoveo.push.emulator.ReceivedRequest;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of the Kafka example ({@link KafkaApplication}), each in a JVM of its own, in one consumer group on
 * a real broker (KRaft, in the test's JVM), pushing to one emulated organization whose request quota they share. One
 * instance is killed with SIGKILL mid-load; the other two take its partitions over. At the end every key is indexed
 * in its latest version, no record was left uncommitted, the organization's quota was never exceeded in any window
 * (read from the emulator's request log) and no request met a 429.
 * <p>
 * The three instances share one budget of the whole quota ({@link SharedBudgetConfiguration}: Bucket4j in a real
 * PostgreSQL, started by the test), so the two survivors go on with the dead instance's share.
 */
class KafkaScaleOutTest {

    private static final String ORG = "kafka-org";
    private static final String KEY = "kafka-key-7731";
    private static final String SOURCE = "kafka-source";
    private static final String TOPIC = "coveo-documents";
    private static final int PARTITIONS = 6;
    private static final int KEYS = 10_000;
    private static final int VERSIONS = 5;
    private static final int INSTANCES = 3;
    /** The organization's quota: this many Push API requests in any window. */
    private static final int QUOTA = 24;
    private static final Duration WINDOW = Duration.ofSeconds(1);

    @RegisterExtension
    @Order(1)
    static EmbeddedKafka kafka = new EmbeddedKafka();

    @RegisterExtension
    @Order(2)
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE)
            .configure(emulator -> emulator.requestQuota(QUOTA, WINDOW).retainRequests(100_000));

    private static PostgresServer postgres;

    @RegisterExtension
    final ForkedJvm first = new ForkedJvm(KafkaApplication.class);
    @RegisterExtension
    final ForkedJvm second = new ForkedJvm(KafkaApplication.class);
    @RegisterExtension
    final ForkedJvm third = new ForkedJvm(KafkaApplication.class);

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void threeInstancesOneKilledIndexEveryKeyInItsLatestVersionWithinTheSharedQuota() throws Exception {
        kafka.createTopic(TOPIC, PARTITIONS);
        produce();

        Map<String, String> settings = settings();
        first.start(settings);
        second.start(settings);
        third.start(settings);

        // mid-load: a quarter of the batches accepted
        long batches = (long) KEYS * VERSIONS / 500;
        await().atMost(Duration.ofSeconds(60)).until(() -> pushedBatches() >= batches / 4);
        await().atMost(Duration.ofSeconds(60)).until(() -> groupMembers() == INSTANCES);
        first.kill();
        System.out.printf("killed one instance after %d batches%n", pushedBatches());
        // the group notices (session timeout) and hands the dead instance's partitions to the two others
        await().atMost(Duration.ofSeconds(30)).until(() -> groupMembers() == INSTANCES - 1);

        await().atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofSeconds(1)).until(this::allCommitted);
        System.out.printf("all committed after %d batches; requests %s%n", pushedBatches(),
                coveo.emulator().requests().countsByKind());

        List<IndexedItem> items = coveo.items(SOURCE);
        assertThat(items).hasSize(KEYS);
        for (IndexedItem item : items) {
            int key = Integer.parseInt(item.documentId().substring(item.documentId().lastIndexOf('/') + 1));
            assertThat(item.text()).as(item.documentId()).hasValue(content(key, VERSIONS));
        }
        List<ReceivedRequest> requests = coveo.emulator().requests().all();
        assertThat(requests).noneMatch(request -> request.status() == 429);
        assertThat(coveo.emulator().requests().rejectionCount()).isZero();
        int most = mostRequestsInAnyWindow(requests);
        System.out.printf("at most %d Push API requests in a window of %s (quota %d)%n", most, WINDOW, QUOTA);
        assertThat(most).isLessThanOrEqualTo(QUOTA);
        // the instances drew from one bucket in PostgreSQL (a row per organization and API)
        assertThat(sharedBuckets()).contains("coveo-push:" + ORG + ":push");
    }

    private static void produce() {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            // every key's versions in order, each round of versions after the previous one
            for (int version = 1; version <= VERSIONS; version++) {
                for (int key = 0; key < KEYS; key++) {
                    producer.send(new ProducerRecord<>(TOPIC, documentId(key), content(key, version)));
                }
            }
            producer.flush();
        }
    }

    private static String documentId(int key) {
        return "https://shop.example.com/items/" + key;
    }

    private static String content(int key, int version) {
        return "Item " + key + ", version " + version;
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("camel.component.coveo-push.organization-id", ORG);
        settings.put("camel.component.coveo-push.api-key", KEY);
        settings.put("camel.component.coveo-push.push-api-url", coveo.pushApiUrl());
        settings.put("coveo.source", SOURCE);
        settings.put("camel.component.kafka.brokers", kafka.bootstrapServers());
        settings.put("kafka.topic", TOPIC);
        settings.put("kafka.sessionTimeoutMs", "6000");
        settings.put("kafka.heartbeatIntervalMs", "1000");
        // one budget of the organization's whole quota, shared by the three instances through PostgreSQL
        settings.put("coveo.budget.jdbcUrl", postgres.jdbcUrl());
        settings.put("coveo.budget.user", PostgresServer.USER);
        settings.put("coveo.budget.password", PostgresServer.PASSWORD);
        settings.put("coveo.budget.requestsPerWindow", String.valueOf(QUOTA));
        settings.put("coveo.budget.window", WINDOW.toMillis() + "ms");
        // a per-instance budget that would let the three together exceed the quota: the shared one must replace it
        settings.put("camel.component.coveo-push.requests-per-window", String.valueOf(QUOTA));
        settings.put("camel.component.coveo-push.request-window", WINDOW.toMillis() + "ms");
        return settings;
    }

    private static List<String> sharedBuckets() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER,
                PostgresServer.PASSWORD);
             Statement statement = db.createStatement();
             ResultSet buckets = statement.executeQuery("SELECT id FROM coveo_push_budget")) {
            while (buckets.next()) {
                ids.add(buckets.getString("id"));
            }
        }
        return ids;
    }

    private static long pushedBatches() {
        return coveo.emulator().requests().accepted(RequestKind.PUSH_BATCH);
    }

    private static int groupMembers() throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.describeConsumerGroups(List.of("coveo-push")).all().get().get("coveo-push").members().size();
        }
    }

    /** Every record of the topic consumed and committed by the group, and the source holds every key. */
    private boolean allCommitted() throws Exception {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets("coveo-push").partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition = 0; partition < PARTITIONS; partition++) {
                latest.put(new TopicPartition(TOPIC, partition), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            return ends.entrySet().stream().allMatch(end -> committed.containsKey(end.getKey())
                                                            && committed.get(end.getKey()).offset() == end.getValue());
        }
    }

    /** The most Push API requests (those the quota counts: uploads to file containers excluded) in any window. */
    private static int mostRequestsInAnyWindow(List<ReceivedRequest> requests) {
        List<Instant> times = new ArrayList<>();
        for (ReceivedRequest request : requests) {
            if (request.kind() != RequestKind.UPLOAD_TO_FILE_CONTAINER && ORG.equals(request.organizationId())) {
                times.add(request.at());
            }
        }
        times.sort(null);
        int most = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (!times.get(start).plus(WINDOW).isAfter(times.get(end))) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }
}
