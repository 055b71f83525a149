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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.document.ContentPlan;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.document.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Binary content is compressed on the encoding pool: a version of a documentId whose content is ready first still
 * takes its place after the version admitted before it, and callers wait once the pool holds its bound.
 */
class EncodingPoolTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService pool = Executors.newFixedThreadPool(1);
    private final List<JsonNode> sent = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<BatchSender.Receipt>> answers = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final BatchIngester ingester = new BatchIngester(
            new BatchSettings(10, 1_000_000, 60_000, 2, 100, 100_000_000, 10_000), BatchLayout.DOCUMENTS,
            new EntryPreparer(null, new ContentPlan(CompressionType.ZLIB), pool, 1), this::send, timer,
            new OrderingClock(() -> 1_000L));

    private CompletableFuture<BatchSender.Receipt> send(RequestBody body, Long orderingId) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            sent.add(JSON.readTree(out.toByteArray()));
            CompletableFuture<BatchSender.Receipt> answer = new CompletableFuture<>();
            answers.add(answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        timer.shutdownNow();
        pool.shutdownNow();
    }

    /** Binary content that is read only once the test releases it. */
    private PushDocument heldBinary(String id) {
        return PushDocument.builder("https://host/" + id).content(new DocumentContent.Binary(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ByteArrayInputStream(("binary of " + id).getBytes());
        }, null)).build();
    }

    private static PushDocument text(String id, String text) {
        return PushDocument.builder("https://host/" + id).data(text).build();
    }

    private static List<String> ids(JsonNode batch) {
        List<String> ids = new ArrayList<>();
        batch.path("addOrUpdate").forEach(entry -> ids.add(entry.path("documentId").asText()));
        return ids;
    }

    @Test
    void aLaterVersionReadyFirstWaitsForTheEarlierOneStillCompressing() throws Exception {
        CompletableFuture<SendResult> first = ingester.addOrUpdate(heldBinary("a"));
        ingester.addOrUpdate(text("b", "b"));
        CompletableFuture<SendResult> second = ingester.addOrUpdate(text("a", "second version"));
        ingester.flush();

        assertThat(sent).hasSize(1);
        assertThat(ids(sent.get(0))).containsExactly("https://host/b"); // the second version of a is not in it

        release.countDown();
        await().until(() -> sent.size() == 2);
        assertThat(ids(sent.get(1))).containsExactly("https://host/a");
        assertThat(sent.get(1).path("addOrUpdate").get(0).has("compressedBinaryData")).isTrue();
        ingester.flush();
        assertThat(sent).hasSize(2); // the second version waits for the batch in flight that holds the first

        answers.get(1).complete(new BatchSender.Receipt(202, "f1"));
        assertThat(first.get().transport()).isEqualTo(Transport.COMPRESSED_BINARY_DATA);
        assertThat(sent).hasSize(3);
        JsonNode later = sent.get(2).path("addOrUpdate").get(0);
        assertThat(later.path("data").asText()).isEqualTo("second version");
        assertThat(later.path("orderingId").asLong())
                .isGreaterThan(sent.get(1).path("addOrUpdate").get(0).path("orderingId").asLong());
        answers.get(2).complete(new BatchSender.Receipt(202, "f2"));
        assertThat(second.get().transport()).isEqualTo(Transport.DATA);
    }

    @Test
    void aDeleteWaitsForTheAddAdmittedBeforeIt() throws Exception {
        ingester.addOrUpdate(heldBinary("a"));
        ingester.delete("https://host/a", false, null);
        ingester.flush();
        assertThat(sent).isEmpty();

        release.countDown();
        await().until(() -> sent.size() == 1);
        assertThat(ids(sent.get(0))).containsExactly("https://host/a");
        assertThat(sent.get(0).path("delete")).isEmpty();
    }

    @Test
    void theCallerWaitsWhileThePoolHoldsItsBound() throws Exception {
        ingester.addOrUpdate(heldBinary("a")); // the one allowed: compressing, held
        CompletableFuture<Void> admitted = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                ingester.addOrUpdate(heldBinary("b"));
                admitted.complete(null);
            } catch (Exception e) {
                admitted.completeExceptionally(e);
            }
        });
        caller.start();

        await().until(() -> caller.getState() == Thread.State.WAITING);
        assertThat(admitted).isNotDone();
        release.countDown();
        await().until(admitted::isDone);
        ingester.flush();
        await().until(() -> sent.stream().mapToInt(batch -> ids(batch).size()).sum() == 2);
    }
}
