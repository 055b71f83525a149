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
import java.util.concurrent.RejectedExecutionException;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component under Camel's own error handling, as users run it: the component's retries off, Camel's
 * {@code onException} redelivering (synchronously, or with {@code asyncDelayedRedelivery}), faults from the
 * emulator. Every exchange ends accepted or failed, and the index holds the latest version of each item.
 */
@Timeout(120)
class RedeliveryRouteTest extends EmulatedRouteTestSupport {

    private static String uri(String options) {
        return uri("src", "&maxRetries=0" + options);
    }

    /** The threads the exchanges of {@code direct:sync-200} went on in after the endpoint. */
    private final List<String> continuedOn = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String batch : List.of("true", "false", "synchronous")) {
                    String options = (batch.equals("synchronous") ? "&batch=false&synchronous=true" : "&batch=" + batch)
                                     + "&batchLingerTime=100&batchMaxDocuments=200";
                    from("direct:sync-" + batch).routeId("sync-" + batch)
                            .onException(CoveoPushApiException.class).maximumRedeliveries(3).redeliveryDelay(1500)
                            .end()
                            .to(uri(options));
                    from("direct:async-" + batch).routeId("async-" + batch)
                            .onException(CoveoPushApiException.class).maximumRedeliveries(3).redeliveryDelay(1500)
                            .asyncDelayedRedelivery().end()
                            .to(uri(options));
                }
                from("direct:sync-200").routeId("sync-200")
                        .onException(CoveoPushApiException.class).maximumRedeliveries(3).redeliveryDelay(1000).end()
                        .to(uri("&batchMaxDocuments=200&batchLingerTime=60000"))
                        .process(e -> continuedOn.add(Thread.currentThread().getName()));
                from("direct:async-2000").routeId("async-2000")
                        .onException(CoveoPushApiException.class).maximumRedeliveries(3).redeliveryDelay(3000)
                        .asyncDelayedRedelivery().end()
                        .to(uri("&batchMaxDocuments=2000&batchLingerTime=500&maxPendingDocuments=4000"));
                from("direct:async-2000-unlimited").routeId("async-2000-unlimited")
                        .onException(CoveoPushApiException.class).maximumRedeliveries(3).redeliveryDelay(500)
                        .asyncDelayedRedelivery().end()
                        // the 2000 fill one batch even on a loaded machine: a batch sealed early by its linger time
                        // would fail fewer exchanges at once than Camel's queue holds
                        .to(uri("&batchMaxDocuments=2000&batchLingerTime=5000&maxPendingDocuments=4000"
                                + "&maxFailuresInFlight=100000"));
            }
        };
    }

    private CompletableFuture<Exchange> send(String route, String documentId, String text, String operation) {
        return template.asyncSend(route, e -> {
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, documentId);
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, operation);
            e.getMessage().setBody(text);
        });
    }

    private static String text(String documentId) {
        return coveo.item(ORG, "src", documentId).flatMap(IndexedItem::text).orElse(null);
    }

    @ParameterizedTest(name = "{0} redelivery, batch={1}")
    @CsvSource({ "sync,true", "async,true", "sync,false", "async,false", "sync,synchronous", "async,synchronous" })
    void aRedeliveredOldVersionNeverOverwritesTheNewerOneAcceptedMeanwhile(String style, String batch) {
        String route = "direct:" + style + "-" + batch;
        RequestKind push = Boolean.parseBoolean(batch) ? RequestKind.PUSH_BATCH : RequestKind.ADD_OR_UPDATE_DOCUMENT;
        coveo.faults().failNext(1).withStatus(503).onlyFor(push);

        CompletableFuture<Exchange> first = send(route, "https://kb/x", "version 1", "addOrUpdate");
        await().until(() -> coveo.requests().rejections().size() == 1); // version 1 failed, Camel will redeliver it
        Exchange second = send(route, "https://kb/x", "version 2", "addOrUpdate").join();
        assertThat(second.getException()).isNull();
        assertThat(text("https://kb/x")).isEqualTo("version 2");

        Exchange redelivered = first.join();
        assertThat(redelivered.getException()).isNull(); // accepted by Coveo, which ignores it as older
        assertThat(redelivered.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class)).isEqualTo(1);
        assertThat(text("https://kb/x")).isEqualTo("version 2");
    }

    @ParameterizedTest(name = "{0} redelivery, batch={1}")
    @CsvSource({ "sync,true", "async,true", "sync,false", "async,false", "sync,synchronous", "async,synchronous" })
    void aRedeliveredAddNeverBringsBackAnItemDeletedMeanwhile(String style, String batch) {
        String route = "direct:" + style + "-" + batch;
        send(route, "https://kb/y", "version 1", "addOrUpdate").join();
        RequestKind push = Boolean.parseBoolean(batch) ? RequestKind.PUSH_BATCH : RequestKind.ADD_OR_UPDATE_DOCUMENT;
        coveo.faults().failNext(1).withStatus(503).onlyFor(push);

        CompletableFuture<Exchange> update = send(route, "https://kb/y", "version 2", "addOrUpdate");
        await().until(() -> coveo.requests().rejections().size() == 1);
        Exchange delete = send(route, "https://kb/y", null, "delete").join();
        assertThat(delete.getException()).isNull();
        assertThat(coveo.item(ORG, "src", "https://kb/y")).isEmpty();

        assertThat(update.join().getException()).isNull();
        assertThat(coveo.item(ORG, "src", "https://kb/y")).isEmpty();
    }

    @Test
    void aFailedBatchOf200IsRedeliveredSideBySideNotOneSecondAfterTheOther() {
        coveo.faults().failNext(1).withStatus(503).onlyFor(RequestKind.PUSH_BATCH);
        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sent.add(send("direct:sync-200", "https://kb/s" + i, "text " + i, "addOrUpdate"));
        }
        sent.forEach(f -> assertThat(f.join().getException()).isNull());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // one after the other, 200 synchronous redeliveries of 1 s each would take 200 s
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        // and none of them slept in, or went on in, a thread that makes the HTTP calls
        assertThat(continuedOn).hasSize(200).noneMatch(thread -> thread.contains("CoveoPush[src]"));
        for (int i = 0; i < 200; i++) {
            assertThat(text("https://kb/s" + i)).isEqualTo("text " + i);
        }
    }

    @Test
    void aFailedBatchOf2000IsRedeliveredAsynchronouslyWithinCamelsSchedulerQueue() {
        coveo.faults().failNext(1).withStatus(503).onlyFor(RequestKind.PUSH_BATCH);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            sent.add(send("direct:async-2000", "https://kb/a" + i, "text " + i, "addOrUpdate"));
        }
        for (CompletableFuture<Exchange> future : sent) {
            assertThat(future.join().getException()).isNull();
        }
        assertThat(coveo.items(ORG, "src")).hasSize(2000);
        assertThat(text("https://kb/a1999")).isEqualTo("text 1999");
    }

    @Test
    void withoutTheLimitCamelsRedeliverySchedulerRefusesTheRest() {
        // what maxFailuresInFlight prevents: 2000 delayed redeliveries at once overflow Camel's queue of 1000
        coveo.faults().failNext(1).withStatus(503).onlyFor(RequestKind.PUSH_BATCH);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            sent.add(send("direct:async-2000-unlimited", "https://kb/u" + i, "text " + i, "addOrUpdate"));
        }
        long refused = sent.stream().map(CompletableFuture::join)
                .filter(e -> e.getException() instanceof RejectedExecutionException).count();
        assertThat(refused).isPositive();
    }
}
