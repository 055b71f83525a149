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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.document.ContentPlan;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.PushDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Text entries are written on the text pool: every one exactly once, off the caller's thread, in time for the flush
 * that follows them, and the versions of a documentId still in admission order.
 */
class TextLaneTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService textPool = Executors.newFixedThreadPool(2, r -> new Thread(r, "text-pool"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        textPool.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void everyTaskRunsOnceOnThePoolAndAwaitReturnsAfterTheLast() throws Exception {
        TextLane lane = new TextLane(textPool, 2);
        AtomicInteger runs = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 100_000; i++) {
            lane.execute(() -> {
                threads.add(Thread.currentThread().getName());
                runs.incrementAndGet();
            });
        }
        lane.await();

        assertThat(runs).hasValue(100_000);
        assertThat(threads).contains("text-pool");
    }

    @Test
    void awaitWaitsForATaskStillRunning() throws Exception {
        TextLane lane = new TextLane(textPool, 2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        lane.execute(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.incrementAndGet();
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> awaited = CompletableFuture.runAsync(lane::await);

        assertThat(awaited).isNotDone();
        release.countDown();
        awaited.get(5, TimeUnit.SECONDS);
        assertThat(finished).hasValue(1);
    }

    @Test
    void onceThePoolIsShutTasksRunOnTheCaller() {
        TextLane lane = new TextLane(textPool, 2);
        textPool.shutdown();
        List<String> threads = new ArrayList<>();
        lane.execute(() -> threads.add(Thread.currentThread().getName()));

        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aFlushRightAfterTheTextTakesItAndVersionsKeepTheirOrder() throws Exception {
        List<JsonNode> sent = new CopyOnWriteArrayList<>();
        BatchIngester ingester = new BatchIngester(
                new BatchSettings(10_000, 100_000_000, 60_000, 100, 100_000, 1_000_000_000, 1_000), BatchLayout.DOCUMENTS,
                new EntryPreparer(null, new ContentPlan(CompressionType.ZLIB), Executors.newSingleThreadExecutor(),
                        textPool),
                (body, orderingId) -> {
                    sent.add(read(body));
                    return CompletableFuture.completedFuture(new BatchSender.Receipt(202, "f"));
                }, timer, new OrderingClock(() -> 1_000L));
        for (int round = 0; round < 20; round++) {
            int before = sent.size();
            for (int i = 0; i < 500; i++) {
                ingester.addOrUpdate(PushDocument.builder("https://host/" + (i % 50)).data("r" + round + "v" + i).build());
            }
            ingester.flush();

            await().until(() -> ingester.pendingDocuments() == 0);
            List<JsonNode> entries = new ArrayList<>();
            sent.subList(before, sent.size()).forEach(batch -> batch.path("addOrUpdate").forEach(entries::add));
            assertThat(entries).as("round %d: every document in the batches the flush sent", round).hasSize(500);
            for (int id = 0; id < 50; id++) {
                String documentId = "https://host/" + id;
                List<JsonNode> versions = entries.stream()
                        .filter(e -> e.path("documentId").asText().equals(documentId)).toList();
                assertThat(versions).hasSize(10);
                for (int v = 1; v < versions.size(); v++) {
                    assertThat(versions.get(v).path("orderingId").asLong())
                            .isGreaterThan(versions.get(v - 1).path("orderingId").asLong());
                    assertThat(versions.get(v).path("data").asText())
                            .isEqualTo("r" + round + "v" + (id + 50 * v));
                }
            }
        }
        ingester.close();
    }

    private static JsonNode read(RequestBody body) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
