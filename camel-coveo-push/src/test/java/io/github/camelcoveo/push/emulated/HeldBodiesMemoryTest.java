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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mixed content whose bodies the route holds in memory, several times the heap of the JVM that runs the route:
 * 30% binaries of 50 to 200 KB, 70% text of 1 KB, through a file route at {@code -Xmx256m}. Back-pressure counts the
 * bytes the pending exchanges hold, so the route finishes; counting documents only, it ran out of memory with a few
 * thousand pending while Coveo took its time to answer. With {@code -DheldBodies.bytes=2147483648}, the same with
 * 2 GB (see {@code benchmarks/README.md}).
 */
@Timeout(7200) // 2 GB take a while; the 400 MB of the test run about a minute
class HeldBodiesMemoryTest {

    private static final long TOTAL_BYTES = Long.getLong("heldBodies.bytes", 400L * 1024 * 1024);
    /** How long the emulator takes to answer a batch push: long enough that what waits for it piles up. */
    private static final long COVEO_DELAY_MILLIS = Long.getLong("heldBodies.delayMillis", 4000);
    /** At least 10 minutes, and a minute a 100 MB beyond 400 MB. */
    private static final long MINUTES = Math.max(10, TOTAL_BYTES / (100L * 1024 * 1024) + 6);
    private static PushApiEmulator coveo;

    @TempDir
    static Path inbox;

    @BeforeAll
    static void startEmulator() {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization("org-m", "memory-key")
                .source("org-m", "src").retainContentUpTo(0).build().start(); // digests only: 2 GB fit too
    }

    @AfterAll
    static void stopEmulator() {
        coveo.stop();
    }

    @Test
    void moreContentThanTheHeapPassesThroughARouteThatHoldsItsBodies() throws Exception {
        Map<String, String> written = writeMixedContent(inbox.resolve("staging"), TOTAL_BYTES);
        // a Coveo slow to answer, so that what waits for it piles up
        coveo.faults().rate(1.0).delay(java.time.Duration.ofMillis(COVEO_DELAY_MILLIS)).onlyFor(RequestKind.PUSH_BATCH);
        // moved in whole, so that the consumer never reads a half-written file
        Files.move(inbox.resolve("staging"), inbox.resolve("in"));
        Path log = Files.createTempFile("held-bodies", ".log");
        Process route = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                HeldBodiesRoute.class.getName(), inbox.resolve("in").toString(), coveo.pushApiUrl(),
                Integer.toString(written.size()), Long.toString(MINUTES))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = route.waitFor(MINUTES + 1, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!ended) {
            route.destroyForcibly();
        }
        assertThat(ended).as(output).isTrue();
        assertThat(route.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError");

        List<IndexedItem> items = coveo.items("org-m", "src");
        assertThat(items).hasSize(written.size());
        for (IndexedItem item : items) {
            String name = Path.of(java.net.URI.create(item.documentId())).getFileName().toString();
            assertThat(item.contentSha256()).as(name).isEqualTo(written.get(name));
        }
    }

    /** Writes the files; returns the SHA-256 of each, by name. */
    private static Map<String, String> writeMixedContent(Path folder, long totalBytes) throws Exception {
        Files.createDirectories(folder);
        Random random = new Random(42);
        Map<String, String> written = new HashMap<>();
        long bytes = 0;
        for (int i = 0; bytes < totalBytes; i++) {
            byte[] content;
            String name;
            if (random.nextInt(10) < 3) {
                content = new byte[50_000 + random.nextInt(150_001)];
                random.nextBytes(content); // incompressible, as photos and archives are
                name = String.format("doc%06d.bin", i);
            } else {
                char[] text = new char[1024];
                for (int c = 0; c < text.length; c++) {
                    text[c] = (char) ('a' + random.nextInt(26));
                }
                content = new String(text).getBytes(StandardCharsets.UTF_8);
                name = String.format("doc%06d.txt", i);
            }
            Files.write(folder.resolve(name), content);
            written.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
            bytes += content.length;
        }
        return written;
    }
}
