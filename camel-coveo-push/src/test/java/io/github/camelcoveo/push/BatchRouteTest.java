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
package io.github.camelcoveo.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Batching through a real route: what reaches the Push API, and when exchanges complete. */
@Timeout(60)
class BatchRouteTest extends CoveoPushTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:count").to(coveo.batchedEndpoint("&batchMaxDocuments=5&batchLingerTime=60000"));
                from("direct:linger").to(coveo.batchedEndpoint("&batchLingerTime=100"));
                from("direct:list").to(coveo.batchedEndpoint("&batchMaxDocuments=10&batchLingerTime=200"));
                from("direct:slow").to(coveo.batchedEndpoint("&batchMaxDocuments=5&batchLingerTime=50"
                                                      + "&maxBatchesInFlight=1&maxPendingDocuments=10"));
            }
        };
    }

    private List<CompletableFuture<Exchange>> send(String uri, int count, String prefix) {
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PushDocument document = PushDocument.builder("https://example.com/" + prefix + i).data("text " + i)
                    .title("Doc " + i).build();
            sent.add(template.asyncSend(uri, e -> e.getMessage().setBody(document)));
        }
        return sent;
    }

    @Test
    void fiveExchangesAreOneBatchOfThreeRequestsWithoutTheApiKeyOnTheUpload() {
        List<CompletableFuture<Exchange>> sent = send("direct:count", 5, "a");

        await().until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        sent.forEach(f -> assertThat(f.join().getException()).isNull());
        assertThat(sent.get(0).join().getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
        assertThat(coveo.requests()).isEqualTo(3);
        List<JsonNode> batches = coveo.batches();
        assertThat(batches).hasSize(1);
        assertThat(PushApiDouble.addedIds(batches)).containsExactlyInAnyOrder("https://example.com/a0", "https://example.com/a1",
                "https://example.com/a2", "https://example.com/a3", "https://example.com/a4");
        JsonNode first = null;
        for (JsonNode entry : batches.get(0).path("addOrUpdate")) {
            first = entry.path("documentId").asText().endsWith("/a0") ? entry : first;
        }
        assertThat(first.path("data").asText()).isEqualTo("text 0");
        assertThat(first.path("title").asText()).isEqualTo("Doc 0");
        assertThat(first.path("orderingId").isIntegralNumber()).isTrue();
        assertThat(batches.get(0).path("delete").isArray()).isTrue();
        assertThat(coveo.uploads().get(0).containsHeader("Authorization")).isFalse();
        assertThat(coveo.uploads().get(0).getHeader("x-amz-server-side-encryption")).isEqualTo("AES256");
        assertThat(coveo.batchPushes().get(0).getHeader("Authorization")).isEqualTo("Bearer " + PushApiDouble.API_KEY);
    }

    @Test
    void exchangesWaitForTheCountThenCompleteTogether() {
        List<CompletableFuture<Exchange>> sent = send("direct:count", 4, "b");
        // the fourth document does not fill the batch, and the linger time is a minute: nothing is sent
        await().during(300, TimeUnit.MILLISECONDS).until(() -> sent.stream().noneMatch(CompletableFuture::isDone));
        assertThat(coveo.requests()).isZero();

        sent.addAll(send("direct:count", 1, "c"));
        await().until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        assertThat(coveo.batches()).hasSize(1);
    }

    @Test
    void theLingerTimeSendsAnIncompleteBatch() {
        List<CompletableFuture<Exchange>> sent = send("direct:linger", 3, "l");

        await().atMost(5, TimeUnit.SECONDS).until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        assertThat(PushApiDouble.addedIds(coveo.batches())).hasSize(3);
    }

    @Test
    void whenTheBatchFailsEveryExchangeInItFailsWithTheCause() {
        coveo.batchAnswers(400, 0);
        List<CompletableFuture<Exchange>> sent = send("direct:count", 5, "f");

        await().until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        for (CompletableFuture<Exchange> exchange : sent) {
            assertThat(exchange.join().getException()).isInstanceOf(CoveoPushApiException.class)
                    .hasMessageContaining("400").hasMessageContaining("refused by the test");
        }
    }

    @Test
    void anInvalidDocumentFailsAloneAndTheRestOfTheBatchGoesOn() {
        List<CompletableFuture<Exchange>> sent = new ArrayList<>(send("direct:count", 2, "v"));
        CompletableFuture<Exchange> invalid = template.asyncSend("direct:count",
                e -> e.getMessage().setBody(Map.of("documentId", "https://example.com/bad", "title", Map.of("nested", 1))));
        CompletableFuture<Exchange> noId = template.asyncSend("direct:count", e -> e.getMessage().setBody("no id"));
        sent.addAll(send("direct:count", 3, "w"));

        await().until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        sent.forEach(f -> assertThat(f.join().getException()).isNull());
        assertThat(invalid.join().getException()).isInstanceOf(InvalidDocumentException.class);
        assertThat(noId.join().getException()).isInstanceOf(InvalidDocumentException.class);
        assertThat(PushApiDouble.addedIds(coveo.batches())).hasSize(5).doesNotContain("https://example.com/bad");
    }

    @Test
    void aListBodyIsManyDocumentsInBatches() {
        List<Map<String, Object>> rows = IntStream.range(0, 25)
                .mapToObj(i -> Map.<String, Object>of("documentId", "https://example.com/row" + i, "data", "row " + i))
                .toList();

        Exchange done = template.send("direct:list", e -> e.getMessage().setBody(rows));

        assertThat(done.getException()).isNull();
        List<JsonNode> batches = coveo.batches();
        assertThat(batches).hasSize(3);
        assertThat(PushApiDouble.addedIds(batches)).hasSize(25).contains("https://example.com/row24");
    }

    @Test
    void deletesAreBatchedAndKeepTheirOrderAfterAnUpdateOfTheSameId() {
        String uri = coveo.batchedEndpoint("&batchMaxDocuments=5&batchLingerTime=60000");
        CoveoPushEndpoint endpoint = context.getEndpoint(uri, CoveoPushEndpoint.class);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>(send("direct:count", 1, "d"));
        await().until(() -> endpoint.batchFigures().pendingDocuments() == 1);
        sent.add(template.asyncSend("direct:count", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "delete");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://example.com/d0");
        }));
        // the delete seals the open batch, which holds the update of the same id
        await().until(() -> endpoint.batchFigures().batchesAccepted() == 1);
        assertThat(sent.get(1)).isNotDone();
        endpoint.flush();

        await().until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        sent.forEach(f -> assertThat(f.join().getException()).isNull());
        List<JsonNode> batches = coveo.batches();
        assertThat(batches).hasSize(2);
        // the delete sealed the batch holding the update, and went in the next one, sent after it was accepted
        assertThat(batches.get(0).path("addOrUpdate").get(0).path("documentId").asText())
                .isEqualTo("https://example.com/d0");
        assertThat(batches.get(0).path("delete")).isEmpty();
        assertThat(batches.get(1).path("addOrUpdate")).isEmpty();
        assertThat(batches.get(1).path("delete").get(0).path("documentId").asText())
                .isEqualTo("https://example.com/d0");
        long updateOrdering = batches.get(0).path("addOrUpdate").get(0).path("orderingId").asLong();
        long deleteOrdering = Long.parseLong(coveo.batchPushes().get(1).queryParameter("orderingId").firstValue());
        assertThat(deleteOrdering).isGreaterThan(updateOrdering);
    }

    @Test
    void aSlowApiMakesCallersWaitInsteadOfQueueingWithoutBound() throws Exception {
        coveo.batchAnswers(202, 300);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "https://example.com/slow" + i;
                sent.add(CompletableFuture.supplyAsync(() -> template.send("direct:slow",
                        e -> e.getMessage().setBody(PushDocument.builder(id).data("x").build())), callers));
            }
            await().atMost(30, TimeUnit.SECONDS).until(() -> sent.stream().allMatch(CompletableFuture::isDone));
            sent.forEach(f -> assertThat(f.join().getException()).isNull());
        } finally {
            callers.shutdownNow();
        }
        CoveoPushEndpoint endpoint = context.getEndpoint(coveo.batchedEndpoint("&batchMaxDocuments=5"
                                                                               + "&batchLingerTime=50&maxBatchesInFlight=1&maxPendingDocuments=10"),
                CoveoPushEndpoint.class);
        assertThat(endpoint.batchFigures().peakPendingDocuments()).isLessThanOrEqualTo(10);
        assertThat(PushApiDouble.addedIds(coveo.batches())).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void stoppingTheContextFlushesWhatIsPending() {
        List<CompletableFuture<Exchange>> sent = send("direct:count", 3, "s");
        await().during(200, TimeUnit.MILLISECONDS).until(() -> coveo.requests() == 0);

        context.stop();

        assertThat(sent).allMatch(CompletableFuture::isDone);
        sent.forEach(f -> assertThat(f.join().getException()).isNull());
        assertThat(PushApiDouble.addedIds(coveo.batches())).hasSize(3);
    }
}
