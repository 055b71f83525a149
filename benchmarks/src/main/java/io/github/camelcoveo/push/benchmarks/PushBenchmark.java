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

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcoveo.push.client.FileContainer;
import io.github.camelcoveo.push.client.HttpClientSettings;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiUrls;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.client.RetryPolicy;
import io.github.camelcoveo.push.client.RetryingExecutor;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.content.EncodedContent;
import io.github.camelcoveo.push.content.SpooledContent;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.DocumentJson;
import io.github.camelcoveo.push.document.PreparedContent;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.ContentPlan;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Pushes N generated documents through a real Camel route (seda consumer, coveo-push producer with its default batch
 * options) into a local Push API double that answers at once, and measures, in the same JVM and run, the floor: the
 * same documents serialized to one batch JSON and sent with one plain HTTP PUT by the same client. Each phase runs
 * once to warm up (a tenth of N) and once measured; the route's figures are reported as ratios to the floor's.
 * <p>
 * Usage: {@code PushBenchmark [--documents N] [--kind text|binary|mix] [--route-options "&k=v..."] [--skip-floor]}
 */
public final class PushBenchmark {

    private static final String SEDA = "seda:documents?size=1000&blockWhenFull=true&pollTimeout=100";
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    record Figures(String name, int documents, double seconds, double cpuSeconds, long requests, long peakHeapBytes,
                   long failed) {
        double documentsPerSecond() {
            return documents / seconds;
        }

        double cpuPer10k() {
            return cpuSeconds * 10_000 / documents;
        }

        double requestsPer10k() {
            return requests * 10_000.0 / documents;
        }

        /** Each figure's median over the rounds (for an even count, the upper one); failures summed. */
        static Figures median(List<Figures> rounds) {
            return new Figures(rounds.get(0).name(), rounds.get(0).documents(),
                    median(rounds, Figures::seconds), median(rounds, Figures::cpuSeconds),
                    (long) median(rounds, f -> f.requests()), (long) median(rounds, f -> f.peakHeapBytes()),
                    rounds.stream().mapToLong(Figures::failed).sum());
        }

        private static double median(List<Figures> rounds, java.util.function.ToDoubleFunction<Figures> figure) {
            double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
            return values[values.length / 2];
        }

        String line() {
            return String.format(Locale.ROOT, "%-6s %9d docs %8.2f s %10.0f docs/s %8.3f CPU s/10k %8.1f requests/10k"
                                              + " (%d requests) %6d MB peak heap%s",
                    name, documents, seconds, documentsPerSecond(), cpuPer10k(), requestsPer10k(), requests,
                    peakHeapBytes / (1024 * 1024), failed > 0 ? "  FAILED: " + failed : "");
        }
    }

    public static void main(String[] args) throws Exception {
        int documents = 100_000;
        Documents.Kind kind = Documents.Kind.text;
        String routeOptions = "";
        boolean floor = true;
        int warmups = 2;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--documents" -> documents = Integer.parseInt(args[++i]);
                case "--kind" -> kind = Documents.Kind.valueOf(args[++i]);
                case "--route-options" -> routeOptions = args[++i];
                case "--skip-floor" -> floor = false;
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Documents generator = new Documents(kind);
        long rawBytes = 0;
        for (int i = 0; i < documents; i++) {
            rawBytes += generator.rawSize(i);
        }
        System.out.printf(Locale.ROOT, "coveo-push benchmark: %d %s documents, %d MB of content, max heap %d MB, %d CPUs%n",
                documents, kind, rawBytes / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
        try (PushApiStub stub = new PushApiStub()) {
            for (int i = 0; i < warmups; i++) {
                if (floor) {
                    floor(stub, generator, documents);
                }
                route(stub, generator, documents, routeOptions);
            }
            List<Figures> floors = new ArrayList<>();
            List<Figures> routes = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                if (floor) {
                    floors.add(floor(stub, generator, documents));
                    System.out.println(floors.get(i).line());
                }
                routes.add(route(stub, generator, documents, routeOptions));
                System.out.println(routes.get(i).line());
            }
            Figures floorFigures = floor ? Figures.median(floors) : null;
            Figures routeFigures = Figures.median(routes);
            if (rounds > 1) {
                System.out.println("medians of " + rounds + " rounds:");
                if (floorFigures != null) {
                    System.out.println(floorFigures.line());
                }
                System.out.println(routeFigures.line());
            }
            if (floorFigures != null) {
                System.out.printf(Locale.ROOT, "route/floor: throughput %.2f, CPU per document %.2f, peak heap %.2f;"
                                               + " route requests for %d documents: %d%n",
                        routeFigures.documentsPerSecond() / floorFigures.documentsPerSecond(),
                        routeFigures.cpuPer10k() / floorFigures.cpuPer10k(),
                        (double) routeFigures.peakHeapBytes() / floorFigures.peakHeapBytes(), documents,
                        routeFigures.requests());
            }
        }
    }

    /** The floor: every document serialized into one batch file, sent with one PUT by the component's client. */
    static Figures floor(PushApiStub stub, Documents generator, int documents) throws Exception {
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
        PushApiUrls urls = new PushApiUrls(URI.create(stub.pushApiUrl()), "org");
        try (PushApiClient client = new PushApiClient(urls, "bench-key",
                new HttpClientSettings(10_000, 600_000, 4, null, null, null, "bench"),
                new RetryingExecutor(workers, new RetryPolicy(0, 10, 10)))) {
            ContentPlan preparer = new ContentPlan(CompressionType.ZLIB);
            return measure("floor", stub, documents, () -> {
                try (SpooledContent spool = new SpooledContent(1024 * 1024)) {
                    try (OutputStream out = new BufferedOutputStream(spool.outputStream(), 64 * 1024)) {
                        out.write("{\"addOrUpdate\":[".getBytes());
                        for (int i = 0; i < documents; i++) {
                            if (i > 0) {
                                out.write(',');
                            }
                            PushDocument document = generator.document(i);
                            if (document.getContent() instanceof DocumentContent.Text text) {
                                DocumentJson.batchEntry(document, new PreparedContent.Data(text.data())).writeTo(out);
                            } else {
                                try (EncodedContent encoded = preparer.encode(document.getContent())) {
                                    DocumentJson.batchEntry(document, new PreparedContent.Inline(encoded)).writeTo(out);
                                }
                            }
                        }
                        out.write("],\"delete\":[]}".getBytes());
                    }
                    FileContainer target = new FileContainer(URI.create("http://127.0.0.1:" + stub.port() + "/upload/floor"),
                            "floor", Map.of());
                    client.upload(target, RequestBody.of(spool), null).join();
                }
                return 0L;
            });
        } finally {
            workers.shutdownNow();
        }
    }

    /** The route: a seda consumer hands documents to coveo-push, which batches them with its defaults. */
    static Figures route(PushApiStub stub, Documents generator, int documents, String options) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        CountDownLatch done = new CountDownLatch(documents);
        AtomicLong failed = new AtomicLong();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(e -> {
                    if (failed.incrementAndGet() <= 3) {
                        System.err.println("failed: " + e.getProperty("CamelExceptionCaught"));
                    }
                    done.countDown();
                });
                from(SEDA)
                        .to("coveo-push:src?organizationId=org&apiKey=bench-key&pushApiUrl=" + stub.pushApiUrl() + options)
                        .process(e -> done.countDown());
            }
        });
        camel.start();
        // a seda consumer thread that comes up while the context is still starting sleeps for its pollTimeout before
        // it polls: let it, so that the clock does not measure that sleep (up to a second with the default timeout)
        Thread.sleep(300);
        // resolved once, as a consumer's endpoint is: a URI string would be parsed again for every document
        org.apache.camel.Endpoint seda = camel.getEndpoint(SEDA);
        try (ProducerTemplate template = camel.createProducerTemplate()) {
            return measure("route", stub, documents, () -> {
                for (int i = 0; i < documents; i++) {
                    template.sendBody(seda, generator.document(i));
                }
                if (!done.await(30, TimeUnit.MINUTES)) {
                    throw new IllegalStateException(done.getCount() + " documents never completed");
                }
                return failed.get();
            });
        } finally {
            camel.close();
        }
    }

    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    private static Figures measure(String name, PushApiStub stub, int documents, Work work) throws Exception {
        System.gc();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        java.lang.management.ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> threadCpu = new java.util.HashMap<>();
        for (long id : tm.getAllThreadIds()) {
            threadCpu.put(id, tm.getThreadCpuTime(id));
        }
        long requestsBefore = stub.requests.get();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        long failed = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        sampling.set(false);
        sampler.join();
        if (Boolean.getBoolean("bench.threads")) {
            for (long id : tm.getAllThreadIds()) {
                java.lang.management.ThreadInfo info = tm.getThreadInfo(id);
                long t = tm.getThreadCpuTime(id) - threadCpu.getOrDefault(id, 0L);
                if (info != null && t > 20_000_000L) System.out.printf("  %-60s %6.2f s%n", info.getThreadName(), t / 1e9);
            }
        }
        return new Figures(name, documents, seconds, cpu, stub.requests.get() - requestsBefore, peak.get(), failed);
    }
}
