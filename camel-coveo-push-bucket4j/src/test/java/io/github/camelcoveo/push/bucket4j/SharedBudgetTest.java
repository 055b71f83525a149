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
package io.github.camelcoveo.push.bucket4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.ReceivedRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three CamelContexts in three JVMs share one Bucket4j budget, kept in a real PostgreSQL (embedded binaries) or a
 * real Redis ({@code redis-server}), and push to one emulator that enforces an organization-wide quota.
 */
class SharedBudgetTest {

    private static final String ORG = "org";
    private static final String KEY = "xx-shared-budget-key";
    private static EmbeddedPostgres postgres;
    private static RedisServer redis;

    private final List<Process> instances = new ArrayList<>();
    private final List<Path> outputs = new ArrayList<>();
    private PushApiEmulator coveo;
    @TempDir
    Path startFolder;

    @BeforeAll
    static void startStores() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        if (RedisServer.binary() != null) {
            redis = RedisServer.start();
        }
    }

    @AfterAll
    static void stopStores() throws Exception {
        if (redis != null) {
            redis.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (Process process : instances) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
        for (Path output : outputs) {
            System.out.println(Files.readString(output));
            Files.deleteIfExists(output);
        }
        if (coveo != null) {
            coveo.close();
        }
    }

    private Map<String, String> store(String kind, String prefix) {
        Map<String, String> properties = new HashMap<>();
        if (kind.equals("postgresql")) {
            properties.put("jdbcUrl", postgres.getJdbcUrl("postgres", "postgres"));
        } else {
            Assumptions.assumeTrue(redis != null,
                    "redis-server is not on the PATH: install it (apt-get install redis-server) to run the Redis tests");
            properties.put("redisUri", redis.uri);
        }
        properties.put("prefix", prefix);
        return properties;
    }

    private void startInstance(String name, Map<String, String> properties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dinstance=" + name);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BudgetInstance.class.getName());
        Path output = Files.createTempFile("budget-" + name, ".log");
        outputs.add(output);
        instances.add(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start());
    }

    private Map<String, String> common(String kind, String prefix, int documents, int requests, Duration window) {
        Map<String, String> properties = store(kind, prefix);
        properties.put("org", ORG);
        properties.put("apiKey", KEY);
        properties.put("pushApiUrl", coveo.pushApiUrl());
        properties.put("documents", Integer.toString(documents));
        properties.put("requests", Integer.toString(requests));
        properties.put("windowMillis", Long.toString(window.toMillis()));
        return properties;
    }

    private void awaitInstancesSucceeded() {
        await().atMost(3, TimeUnit.MINUTES).until(() -> instances.stream().noneMatch(Process::isAlive));
        assertThat(instances).allSatisfy(process -> assertThat(process.exitValue()).isZero());
    }

    /** The most requests received in any interval of {@code window}. */
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

    private static String instanceOf(ReceivedRequest request) {
        // documentId=https%3A%2F%2Fintranet%2F<instance>%2F<n>
        String url = request.url();
        int at = url.indexOf("intranet%2F");
        return at < 0 ? "?" : url.substring(at + "intranet%2F".length()).split("%2F")[0];
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "redis"})
    void threeInstancesTogetherStayUnderTheOrganizationsQuota(String kind) throws Exception {
        int quota = 20;
        Duration window = Duration.ofSeconds(2);
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY).source(ORG, "src")
                .requestQuota(quota, window).build().start();
        // R a little below Coveo's quota, as the module's README advises on a loaded machine: the budget counts a
        // request when it admits it, Coveo when it arrives, and a CI machine running three JVMs on two cores delays
        // some requests enough that a full R admitted at the edge of a window arrived as R + 1 within one
        Map<String, String> properties = common(kind, "quota-" + System.nanoTime(), 30, quota - 2, window);
        for (String name : List.of("a", "b", "c")) {
            startInstance(name, properties);
        }

        awaitInstancesSucceeded();

        List<ReceivedRequest> received = coveo.requests().all();
        assertThat(received).filteredOn(r -> r.status() == 429).isEmpty();
        assertThat(received).filteredOn(r -> r.status() == 202).hasSize(90);
        assertThat(received.stream().map(SharedBudgetTest::instanceOf).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("a", "b", "c");
        // the budget counts requests when it admits them, Coveo when they arrive: a request admitted late in one
        // window may arrive ahead of an earlier one held up on its way (a loaded machine, a slow connection)
        Duration jitter = Duration.ofMillis(250);
        assertThat(busiestWindow(received.stream().map(ReceivedRequest::at).toList(), window.minus(jitter)))
                .isLessThanOrEqualTo(quota);
        assertThat(coveo.items(ORG, "src")).hasSize(90);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "redis"})
    void aRetryAfterSeenByOneInstancePausesEveryInstance(String kind) throws Exception {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY).source(ORG, "src")
                .build().start();
        // a budget that alone would let the instances go as fast as they can
        Map<String, String> properties = common(kind, "pause-" + System.nanoTime(), 600, 10_000, Duration.ofSeconds(1));
        properties.put("parallel", "2");
        // the three start sending together: one that started seconds earlier could be done before the 429
        Path start = startFolder.resolve("go");
        properties.put("startFile", start.toString());
        for (String name : List.of("a", "b", "c")) {
            startInstance(name, properties);
        }
        await().atMost(2, TimeUnit.MINUTES).until(() -> Stream.of("a", "b", "c")
                .allMatch(name -> Files.exists(BudgetInstance.readyFile(start, name))));
        Files.createFile(start);
        await().atMost(2, TimeUnit.MINUTES).until(() -> coveo.requests().all().stream()
                .map(SharedBudgetTest::instanceOf).collect(Collectors.toSet()).containsAll(Set.of("a", "b", "c")));
        coveo.faults().failNext(1).withStatus(429).retryAfterSeconds(3);

        awaitInstancesSucceeded();

        List<ReceivedRequest> received = coveo.requests().all();
        ReceivedRequest refused = received.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        Instant until = refused.at().plusSeconds(3);
        // requests admitted before the pause was shared may still arrive just after the 429; none later until then
        Instant settled = refused.at().plusMillis(500);
        assertThat(received).filteredOn(r -> r.at().isAfter(settled) && r.at().isBefore(until.minusMillis(100)))
                .isEmpty();
        assertThat(received.stream().filter(r -> r.at().isAfter(until.minusMillis(100)))
                .map(SharedBudgetTest::instanceOf).collect(Collectors.toSet())).hasSize(3);
        assertThat(coveo.items(ORG, "src")).hasSize(1800);
    }
}
