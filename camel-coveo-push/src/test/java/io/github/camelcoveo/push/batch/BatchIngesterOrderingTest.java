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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.ContentPlan;
import io.github.camelcoveo.push.document.SendResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two versions of one documentId: never in one batch, never in flight together, strictly ordered orderingIds, while
 * batches of other documents fly side by side. The clock stands still, so that only the ingester orders them.
 */
class BatchIngesterOrderingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = 1_000L;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final BatchIngester ingester = new BatchIngester(
            new BatchSettings(10, 1_000_000, 60_000, 2, 100, 100_000_000, 1_000), BatchLayout.DOCUMENTS,
            new EntryPreparer(null, new ContentPlan(CompressionType.ZLIB)), this::send, timer,
            new OrderingClock(() -> NOW));

    /** A batch handed to the sender; the test answers it. */
    record Sent(JsonNode file, Long orderingId, CompletableFuture<BatchSender.Receipt> answer) {
        List<String> addedIds() {
            List<String> ids = new ArrayList<>();
            file.path("addOrUpdate").forEach(entry -> ids.add(entry.path("documentId").asText()));
            return ids;
        }

        long orderingIdOf(String id) {
            for (JsonNode entry : file.path("addOrUpdate")) {
                if (entry.path("documentId").asText().equals(id)) {
                    return entry.path("orderingId").asLong();
                }
            }
            throw new AssertionError(id + " is not in " + file);
        }

        void accept() {
            answer.complete(new BatchSender.Receipt(202, "file-" + orderingId));
        }
    }

    private CompletableFuture<BatchSender.Receipt> send(io.github.camelcoveo.push.content.RequestBody body,
                                                        Long orderingId) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            Sent batch = new Sent(JSON.readTree(out.toByteArray()), orderingId, new CompletableFuture<>());
            sent.add(batch);
            return batch.answer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private CompletableFuture<SendResult> add(String id) throws Exception {
        return ingester.addOrUpdate(PushDocument.builder("https://host/" + id).data("text of " + id).build());
    }

    private CompletableFuture<SendResult> add(String id, long orderingId) throws Exception {
        return ingester.addOrUpdate(PushDocument.builder("https://host/" + id).data(id).orderingId(orderingId).build());
    }

    @Test
    void aSecondVersionSealsTheBatchAndWaitsForItToBeAccepted() throws Exception {
        CompletableFuture<SendResult> a1 = add("a");
        add("b");
        CompletableFuture<SendResult> a2 = add("a");
        ingester.flush();

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).addedIds()).containsExactly("https://host/a", "https://host/b");
        assertThat(a2).isNotDone();

        sent.get(0).accept();
        assertThat(a1).isCompleted();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).addedIds()).containsExactly("https://host/a");
        assertThat(sent.get(1).orderingIdOf("https://host/a")).isEqualTo(NOW + 1);
        assertThat(sent.get(0).orderingIdOf("https://host/a")).isEqualTo(NOW);
        assertThat(sent.get(0).orderingIdOf("https://host/b")).isEqualTo(NOW);
        sent.get(1).accept();
        assertThat(a2).isCompleted();
        assertThat(ingester.pendingDocuments()).isZero();
    }

    @Test
    void batchesOfOtherDocumentsFlyTogether() throws Exception {
        add("a");
        ingester.flush();
        add("b");
        ingester.flush();
        add("c");
        ingester.flush();

        assertThat(sent).hasSize(2); // maxBatchesInFlight
        sent.get(0).accept();
        assertThat(sent).hasSize(3);
    }

    @Test
    void threeVersionsGoOneAfterTheOtherWithRisingOrderingIds() throws Exception {
        for (int i = 0; i < 3; i++) {
            add("a");
            add("other" + i);
            ingester.flush();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(sent).hasSize(i + 1);
            assertThat(sent.get(i).orderingIdOf("https://host/a")).isEqualTo(NOW + i);
            assertThat(sent.get(i).orderingIdOf("https://host/other" + i)).isEqualTo(NOW);
            sent.get(i).accept();
        }
        assertThat(sent).hasSize(3);
    }

    @Test
    void aBatchWaitsForTheOneInFlightThatHoldsAnOlderVersionEvenBehindUnrelatedOnes() throws Exception {
        add("a");
        ingester.flush();
        add("b");
        add("a");
        ingester.flush();

        assertThat(sent).hasSize(1);
        sent.get(0).accept();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).addedIds()).containsExactly("https://host/b", "https://host/a");
    }

    @Test
    void anOwnOrderingIdBelowAPendingOneDoesNotLowerTheNextVersions() throws Exception {
        add("a", 5_000);
        ingester.flush();
        add("a", 10);
        ingester.flush();
        add("a");
        ingester.flush();

        for (int i = 0; i < 3; i++) {
            sent.get(i).accept();
        }
        assertThat(sent).extracting(s -> s.orderingIdOf("https://host/a")).containsExactly(5_000L, 10L, 5_001L);
    }

    @Test
    void onceEveryVersionIsSettledTheNextStartsFromTheClockAgain() throws Exception {
        add("a", 5_000);
        ingester.flush();
        sent.get(0).accept();
        add("a");
        ingester.flush();

        assertThat(sent.get(1).orderingIdOf("https://host/a")).isEqualTo(NOW);
    }

    @Test
    void drainWaitsForEveryDocumentAdmittedBeforeItAndNoLater() throws Exception {
        assertThat(ingester.drain()).isCompleted();
        add("a");
        ingester.flush();
        add("b");
        CompletableFuture<Void> drained = ingester.drain(); // seals and sends b's batch
        add("c");

        assertThat(sent).hasSize(2);
        sent.get(1).accept();
        assertThat(drained).isNotDone();
        sent.get(0).answer().completeExceptionally(new IllegalStateException("refused")); // settled, not accepted
        assertThat(drained).isCompleted();
        assertThat(ingester.pendingDocuments()).isEqualTo(1);
    }

    @Test
    void aFailedBatchReleasesItsDocumentsForTheirNextVersions() throws Exception {
        CompletableFuture<SendResult> a1 = add("a");
        ingester.flush();
        CompletableFuture<SendResult> a2 = add("a");
        ingester.flush();
        sent.get(0).answer().completeExceptionally(new IllegalStateException("refused"));

        assertThat(a1).isCompletedExceptionally();
        assertThat(sent).hasSize(2);
        sent.get(1).accept();
        assertThat(a2).isCompleted();
        assertThat(ingester.pendingDocuments()).isZero();
    }

    @Test
    void whatDependsOnACompletedDocumentNeverHoldsTheNextBatch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // a dependent that blocks the thread completing it, as a synchronous redelivery sleeps in it
        add("a").whenComplete((result, error) -> awaitQuietly(release));
        ingester.flush();
        add("a"); // its second version: its batch waits for the first
        ingester.flush();
        assertThat(sent).hasSize(1);

        Thread accepting = new Thread(() -> sent.get(0).accept());
        accepting.start();
        org.awaitility.Awaitility.await().until(() -> sent.size() == 2);
        release.countDown();
        accepting.join();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
