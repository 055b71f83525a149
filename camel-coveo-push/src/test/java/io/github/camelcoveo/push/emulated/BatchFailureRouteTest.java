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
package io.github.camelcoveo.push.emulated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.CoveoPushEndpoint;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.emulator.RequestKind;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a failed batch tells each of its exchanges, what is refused before any request, and the bytes bound. */
@Timeout(60)
class BatchFailureRouteTest extends EmulatedRouteTestSupport {

    private static final String BOUNDED = "&batchLingerTime=200&maxPendingBytes=1000000&maxBlockTime=30000";

    private static String uri(String options) {
        return uri("src", "&maxRetries=0" + options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batched").to(uri("&batchMaxDocuments=3&batchLingerTime=60000"));
                from("direct:single").to(uri("&batch=false"));
                from("direct:bounded").to(uri(BOUNDED));
                from("direct:retrying").to(uri("&batchLingerTime=50").replace("maxRetries=0", "maxRetries=2")
                                           + "&retryInitialDelay=10");
            }
        };
    }

    private CompletableFuture<Exchange> send(String route, String documentId, Object body, Object metadata) {
        return template.asyncSend(route, e -> {
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, documentId);
            if (metadata != null) {
                e.getMessage().setHeader(CoveoPushConstants.METADATA, metadata);
            }
            e.getMessage().setBody(body);
        });
    }

    @Test
    void eachExchangeOfARefusedBatchNamesItsOwnDocumentAndTheBatchsFileId() {
        coveo.faults().failNext(1).withStatus(400).onlyFor(RequestKind.PUSH_BATCH);
        List<Exchange> done = new ArrayList<>();
        List<CompletableFuture<Exchange>> sent = List.of(send("direct:batched", "https://kb/1", "one", null),
                send("direct:batched", "https://kb/2", "two", null), send("direct:batched", "https://kb/3", "three", null));
        sent.forEach(f -> done.add(f.join()));

        List<String> fileIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CoveoPushApiException error = done.get(i).getException(CoveoPushApiException.class);
            assertThat(error).isNotNull();
            assertThat(error.getStatusCode()).isEqualTo(400);
            assertThat(error.getOperation()).isEqualTo("pushBatch");
            assertThat(error.getDocumentId()).isEqualTo("https://kb/" + (i + 1));
            assertThat(error.getMessage()).contains("'https://kb/" + (i + 1) + "'").contains(error.getFileId());
            fileIds.add(error.getFileId());
        }
        assertThat(fileIds.get(0)).isNotBlank();
        assertThat(fileIds).containsOnly(fileIds.get(0));
    }

    @Test
    void aBatchAppliedWhoseAnswerWasLostGoesAgainInANewContainer() {
        // Coveo applied the batch and deleted its container, but the connection dropped before the 202
        coveo.faults().failNext(1).dropConnectionAfterApplying().onlyFor(RequestKind.PUSH_BATCH);

        Exchange result = send("direct:retrying", "https://kb/lost", "applied once", null).join();

        assertThat(result.getException()).isNull();
        assertThat(coveo.item(ORG, "src", "https://kb/lost").flatMap(i -> i.text())).contains("applied once");
        assertThat(coveo.requests().count(RequestKind.PUSH_BATCH)).isEqualTo(3); // lost answer, 404, then anew
        assertThat(coveo.requests().count(RequestKind.CREATE_FILE_CONTAINER)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "batched", "single" })
    void metadataOverTheItemLimitIsRefusedBeforeTheContentIsReadOrAContainerCreated(String route) {
        byte[] content = new byte[7_000_000];
        new java.util.Random(1).nextBytes(content); // too large to go inline: it would need a file container
        Exchange result = send("direct:" + route, "https://kb/big", content,
                java.util.Map.of("notes", "n".repeat(6_100_000))).join();

        InvalidDocumentException error = result.getException(InvalidDocumentException.class);
        assertThat(error).isNotNull();
        assertThat(error.getField()).isEqualTo("metadata");
        assertThat(error.getRule()).contains("6000000");
        assertThat(coveo.requests().total()).isZero();
    }

    @Test
    void thePendingExchangesNeverHoldMoreBytesThanTheBoundAllows() throws Exception {
        coveo.faults().rate(1.0).delay(Duration.ofMillis(300)).onlyFor(RequestKind.PUSH_BATCH);
        CoveoPushEndpoint endpoint = context.getEndpoint(uri(BOUNDED), CoveoPushEndpoint.class);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        AtomicLong peak = new AtomicLong();
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                String id = "https://kb/blob" + i;
                byte[] blob = new byte[200_000];
                sent.add(CompletableFuture.supplyAsync(() -> template.request("direct:bounded", e -> {
                    e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
                    e.getMessage().setBody(blob);
                }), callers));
            }
            await().pollInterval(Duration.ofMillis(5)).until(() -> {
                peak.accumulateAndGet(endpoint.batchFigures().pendingBytes(), Math::max);
                return sent.stream().allMatch(CompletableFuture::isDone);
            });
        } finally {
            callers.shutdownNow();
        }
        sent.forEach(f -> assertThat(f.join().getException()).isNull());
        assertThat(coveo.items(ORG, "src")).hasSize(40);
        assertThat(peak.get()).isPositive().isLessThanOrEqualTo(1_000_000);
    }
}
