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

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.bucket4j.Bucket4jRequestBudget;
import io.github.camelcoveo.push.budget.CoveoApi;
import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.ReceivedRequest;
import io.lettuce.core.RedisClient;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Three instances (CamelContexts) of one route against an emulator whose quota is R requests per window, two busy and
 * one idle: with one Bucket4j budget shared in Redis, with per-instance budgets of R/3, and with none. Prints, for each,
 * the busiest window (requests the emulator received in any interval of the window) and the accepted throughput as a
 * share of what R allows, the median of the rounds. Needs {@code redis-server} on the PATH.
 */
public final class SharedBudget {

    private static final String ORG = "org";
    private static final String KEY = "xx-bench-key";

    private SharedBudget() {
    }

    public static void main(String[] args) throws Exception {
        int quota = 30;
        long windowMillis = 2000;
        int windows = 4;
        int rounds = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--quota" -> quota = Integer.parseInt(args[i + 1]);
                case "--window" -> windowMillis = Long.parseLong(args[i + 1]);
                case "--windows" -> windows = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Duration window = Duration.ofMillis(windowMillis);
        Process redis = startRedis();
        try {
            String redisUri = "redis://127.0.0.1:" + redisPort;
            await(redisUri);
            System.out.printf("quota %d requests per %d ms, %d windows a round, %d rounds, 2 busy instances + 1 idle%n",
                    quota, windowMillis, windows, rounds);
            for (String mode : List.of("shared", "per-instance", "none")) {
                List<double[]> results = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    results.add(round(mode, quota, window, windows, redisUri, round));
                }
                System.out.printf("%-13s busiest window %5.2f x R   throughput %5.2f x R/window   429s %4.0f   (median of %d)%n",
                        mode, median(results, 0), median(results, 1), median(results, 2), rounds);
            }
        } finally {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int redisPort;

    private static Process startRedis() throws Exception {
        Path binary = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "redis-server"))) {
                binary = Path.of(dir, "redis-server");
            }
        }
        if (binary == null) {
            throw new IllegalStateException("redis-server is not on the PATH (apt-get install redis-server)");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            redisPort = socket.getLocalPort();
        }
        return new ProcessBuilder(binary.toString(), "--port", Integer.toString(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true).start();
    }

    private static void await(String uri) throws InterruptedException {
        RedisClient client = RedisClient.create(uri);
        try {
            for (int i = 0; i < 300; i++) {
                try (var connection = client.connect()) {
                    connection.sync().ping();
                    return;
                } catch (RuntimeException e) {
                    TimeUnit.MILLISECONDS.sleep(100); // a process starting: nothing to wait on but time
                }
            }
            throw new IllegalStateException("redis-server did not answer");
        } finally {
            client.shutdown();
        }
    }

    /** One round: {busiest window / R, accepted per window / R, 429s}. */
    private static double[] round(String mode, int quota, Duration window, int windows, String redisUri, int round)
            throws Exception {
        try (PushApiEmulator coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY)
                .source(ORG, "src").retainRequests(100_000).requestQuota(quota, window).build().start()) {
            List<DefaultCamelContext> contexts = new ArrayList<>();
            List<AutoCloseable> budgets = new ArrayList<>();
            String prefix = "bench-" + round + "-" + System.nanoTime(); // the three instances' one budget
            String options = "&batch=false&maxRetries=10&retryMaxDelay=" + window.toMillis() * 2;
            for (int i = 0; i < 3; i++) {
                DefaultCamelContext context = new DefaultCamelContext();
                String extra = switch (mode) {
                    case "shared" -> {
                        Bucket4jRequestBudget budget = Bucket4jRequestBudget.redis(redisUri)
                                .keyPrefix(prefix)
                                .requestsPerWindow(CoveoApi.PUSH, quota, window).build();
                        budgets.add(budget);
                        context.getRegistry().bind("budget", budget);
                        yield "&requestBudget=#budget";
                    }
                    case "per-instance" -> "&requestsPerWindow=" + quota / 3 + "&requestWindow=" + window.toMillis();
                    default -> "";
                };
                context.start();
                contexts.add(context);
                context.getRegistry().bind("uri", "coveo-push:src?organizationId=" + ORG + "&apiKey=RAW(" + KEY
                        + ")&pushApiUrl=" + coveo.pushApiUrl() + options + extra);
            }
            AtomicBoolean running = new AtomicBoolean(true);
            List<CompletableFuture<Void>> busy = new ArrayList<>();
            Instant start = Instant.now();
            for (int i = 0; i < 2; i++) { // the third instance stays idle
                DefaultCamelContext context = contexts.get(i);
                String uri = (String) context.getRegistry().lookupByName("uri");
                ProducerTemplate template = context.createProducerTemplate();
                for (int lane = 0; lane < 4; lane++) {
                    String name = "i" + i + "l" + lane;
                    busy.add(CompletableFuture.runAsync(() -> {
                        for (int n = 0; running.get(); n++) {
                            String id = "https://intranet/" + name + "/" + n;
                            template.send(uri, e -> {
                                e.getMessage().setBody("document " + id);
                                e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
                            });
                        }
                    }));
                }
            }
            Duration length = window.multipliedBy(windows);
            TimeUnit.MILLISECONDS.sleep(length.toMillis()); // the round's length: a measured duration, not a wait
            running.set(false);
            Instant end = start.plus(length);
            for (DefaultCamelContext context : contexts) {
                context.stop();
            }
            for (AutoCloseable budget : budgets) {
                budget.close();
            }
            List<ReceivedRequest> received = coveo.requests().all().stream()
                    .filter(r -> !r.at().isBefore(start) && r.at().isBefore(end)).toList();
            long accepted = received.stream().filter(r -> r.status() == 202).count();
            long refused = received.stream().filter(r -> r.status() == 429).count();
            double busiest = busiestWindow(received.stream().map(ReceivedRequest::at).toList(), window);
            return new double[] {busiest / quota, (double) accepted / windows / quota, refused};
        }
    }

    static int busiestWindow(List<Instant> times, Duration window) {
        List<Instant> sorted = times.stream().sorted().toList();
        int most = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (!sorted.get(start).plus(window).isAfter(sorted.get(end))) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    private static double median(List<double[]> results, int index) {
        double[] values = results.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
