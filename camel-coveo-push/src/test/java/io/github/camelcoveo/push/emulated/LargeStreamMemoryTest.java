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

import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 300 MB stream body through a route left at Camel's defaults, in a JVM of 128 MB: Camel caches the stream when the
 * exchange enters the route, and with spooling off it cached it whole on the heap and the JVM ran out of memory
 * before the component saw the body. The component turns spooling on when the application left it at its defaults,
 * so the stream is cached in a temporary file and the component refuses the content at the file-container limit,
 * naming {@code content}, before any request.
 */
@Timeout(300)
class LargeStreamMemoryTest {

    private static final long SIZE = 300L * 1024 * 1024;
    private static PushApiEmulator coveo;

    @BeforeAll
    static void startEmulator() {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization("org-l", "large-key")
                .source("org-l", "src").build().start();
    }

    @AfterAll
    static void stopEmulator() {
        coveo.stop();
    }

    @Test
    void aStreamLargerThanTheHeapIsRefusedAtTheFileContainerLimitWithCamelsDefaults() throws Exception {
        Path log = Files.createTempFile("large-stream", ".log");
        Process route = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LargeStreamRoute.class.getName(), coveo.pushApiUrl(), Long.toString(SIZE))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = route.waitFor(4, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!ended) {
            route.destroyForcibly();
        }
        assertThat(ended).as(output).isTrue();
        assertThat(output).doesNotContain("OutOfMemoryError").contains("stream caching true, spooling true")
                .contains("InvalidDocumentException: Invalid Coveo document field 'content': exceeds 256000000 bytes");
        assertThat(route.exitValue()).as(output).isZero();
        assertThat(coveo.requests().total()).isZero();
        Files.delete(log);
    }
}
