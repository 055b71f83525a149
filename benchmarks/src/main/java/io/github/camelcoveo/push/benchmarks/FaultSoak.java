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
package io.github.camelcoveo.push.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.OnExceptionDefinition;

/**
 * The fault soak: N operations (adds with a version in their content, one in ten a delete) on a set of documentIds,
 * handed to a batched {@code coveo-push} route in order from one thread, against the emulator failing a share of the
 * Push API calls (503, and answers lost after the call was applied) and of the uploads. Error handling is one of
 * {@code retries} (the component's own), {@code sync} or {@code async} (the component's off, Camel's
 * {@code onException} redelivering synchronously or with {@code asyncDelayedRedelivery}).
 * <p>
 * At the end, for every documentId, the index must hold the latest acknowledged operation or a later one sent (an
 * unacknowledged one may have been applied): counted as lost, stale or resurrected otherwise; every exchange must
 * be answered.
 */
public final class FaultSoak {

    private FaultSoak() {
    }

    private record Operation(int version, boolean delete) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int operations = Integer.parseInt(options.getOrDefault("operations", "200000"));
        int ids = Integer.parseInt(options.getOrDefault("ids", "20000"));
        String style = options.getOrDefault("style", "retries");
        double failRate = Double.parseDouble(options.getOrDefault("fail-rate", "0.10"));
        double uploadFailRate = Double.parseDouble(options.getOrDefault("upload-fail-rate", "0.05"));
        long delay = Long.parseLong(options.getOrDefault("redelivery-delay", "500"));

        try (PushApiEmulator coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1")
                .organization("org", "key").source("org", "src").retainRequests(1000).faultSeed(7).build().start();
             DefaultCamelContext context = new DefaultCamelContext()) {
            // of the Push API calls: most answered 503, some applied but their answer lost
            coveo.faults().rate(uploadFailRate).withStatus(503).onlyFor(RequestKind.UPLOAD_TO_FILE_CONTAINER);
            coveo.faults().rate(failRate * 0.3).dropConnectionAfterApplying().onlyFor(RequestKind.PUSH_BATCH);
            coveo.faults().rate(failRate).withStatus(503).onlyFor(RequestKind.CREATE_FILE_CONTAINER,
                    RequestKind.PUSH_BATCH);
            String uri = "coveo-push:src?organizationId=org&apiKey=key&pushApiUrl=" + coveo.pushApiUrl()
                         + "&retryInitialDelay=50&retryMaxDelay=1000"
                         + (style.equals("retries") ? "&maxRetries=5" : "&maxRetries=0");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    if (!style.equals("retries")) {
                        OnExceptionDefinition redelivery = onException(CoveoPushApiException.class)
                                .maximumRedeliveries(8).redeliveryDelay(delay);
                        if (style.equals("async")) {
                            redelivery.asyncDelayedRedelivery();
                        }
                    }
                    from("direct:soak").to(uri);
                }
            });
            context.start();
            AsyncProducer producer = context.getEndpoint("direct:soak").createAsyncProducer();
            producer.start();

            Random random = new Random(11);
            Map<String, List<Operation>> sent = new HashMap<>();
            Map<String, Integer> acknowledged = new HashMap<>();
            Map<String, Boolean> acknowledgedDelete = new HashMap<>();
            AtomicInteger answered = new AtomicInteger();
            Map<String, Integer> failures = new TreeMap<>();
            long start = System.nanoTime();
            io.github.camelcoveo.push.CoveoPushEndpoint endpoint = context.getEndpoint(uri,
                    io.github.camelcoveo.push.CoveoPushEndpoint.class);
            java.util.concurrent.ScheduledExecutorService reporter = java.util.concurrent.Executors
                    .newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "soak-progress");
                        t.setDaemon(true);
                        return t;
                    });
            java.util.concurrent.Future<?> progress = reporter.scheduleAtFixedRate(() -> System.out.printf(
                    "  %.0f s: answered %d, pending %d, batches ready %d, in flight %d%n",
                    (System.nanoTime() - start) / 1e9, answered.get(), endpoint.batchFigures().pendingDocuments(),
                    endpoint.batchFigures().batchesReady(), endpoint.batchFigures().batchesInFlight()), 10, 10, TimeUnit.SECONDS);
            for (int i = 0; i < operations; i++) {
                String id = "https://soak/" + random.nextInt(ids);
                List<Operation> versions = sent.computeIfAbsent(id, k -> new ArrayList<>());
                Operation operation = new Operation(versions.size() + 1, !versions.isEmpty() && random.nextInt(10) == 0);
                versions.add(operation);
                Exchange exchange = context.getEndpoint("direct:soak").createExchange();
                exchange.getMessage().setHeader("CamelCoveoPushDocumentId", id);
                if (operation.delete()) {
                    exchange.getMessage().setHeader("CamelCoveoPushOperation", "delete");
                } else {
                    exchange.getMessage().setBody(id + " version " + operation.version());
                }
                producer.process(exchange, doneSync -> {
                    synchronized (acknowledged) {
                        if (exchange.getException() == null) {
                            if (acknowledged.getOrDefault(id, 0) < operation.version()) {
                                acknowledged.put(id, operation.version());
                                acknowledgedDelete.put(id, operation.delete());
                            }
                        } else {
                            failures.merge(exchange.getException().getClass().getSimpleName(), 1, Integer::sum);
                        }
                    }
                    answered.incrementAndGet();
                });
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (answered.get() < operations && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            progress.cancel(true);
            double seconds = (System.nanoTime() - start) / 1e9;

            int lost = 0;
            int stale = 0;
            int resurrected = 0;
            synchronized (acknowledged) {
                for (Map.Entry<String, List<Operation>> entry : sent.entrySet()) {
                    String id = entry.getKey();
                    int latest = acknowledged.getOrDefault(id, 0);
                    if (latest == 0) {
                        continue; // nothing acknowledged: anything sent may be there
                    }
                    Optional<IndexedItem> item = coveo.item("org", "src", id);
                    int indexed = item.flatMap(IndexedItem::text).map(FaultSoak::version).orElse(0);
                    boolean laterDeleteSent = entry.getValue().stream().anyMatch(o -> o.delete() && o.version() > latest);
                    if (acknowledgedDelete.get(id)) {
                        if (item.isPresent() && indexed < latest) {
                            resurrected++;
                        }
                    } else if (item.isEmpty()) {
                        if (!laterDeleteSent) {
                            lost++;
                        }
                    } else if (indexed < latest) {
                        stale++;
                    }
                }
            }
            System.out.printf("style=%s operations=%d ids=%d answered=%d unanswered=%d lost=%d stale=%d"
                              + " resurrected=%d failedExchanges=%s seconds=%.1f requests=%s ignoredOperations=%d%n",
                    style, operations, ids, answered.get(), operations - answered.get(), lost, stale, resurrected,
                    failures, seconds, coveo.stats().requestsByKind(), coveo.stats().ignoredOperations());
            producer.stop();
        }
    }

    private static int version(String text) {
        return Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1).trim());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
