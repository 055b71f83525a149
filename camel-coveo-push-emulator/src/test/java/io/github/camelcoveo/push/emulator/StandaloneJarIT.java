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
package io.github.camelcoveo.push.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The packaged jar, as users get it: self-contained, relocated, and quiet at start-up. */
class StandaloneJarIT {

    private static final Path JAR = Path.of(System.getProperty("emulator.jar"));

    @Test
    void theJarHoldsNoClassOutsideTheEmulatorsPackage() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> foreign = jar.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class"))
                    .filter(name -> !name.startsWith("io/github/camelcoveo/push/emulator/"))
                    .toList();

            assertThat(foreign).as("classes a user's classpath could hold in another version").isEmpty();
            assertThat(jar.getEntry("io/github/camelcoveo/push/emulator/shaded/org/eclipse/jetty/server/Server.class"))
                    .isNotNull();
        }
    }

    @Test
    void theJarRunsAloneDecodesAGzipUploadAndStartsWithoutAWarning() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--port", "0", "--org", "org", "--api-key", "key", "--source", "src").start();
        List<String> out = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = new Thread(() -> readLines(process, out));
        Thread errReader = new Thread(() -> copy(process, err));
        outReader.start();
        errReader.start();
        JsonNode item;
        try {
            String pushApiUrl = await().atMost(Duration.ofSeconds(30)).until(() -> out.stream()
                    .filter(line -> line.startsWith("Push API URL:")).findFirst()
                    .map(line -> line.substring("Push API URL:".length()).trim()), url -> url.isPresent()).orElseThrow();
            PushClient client = new PushClient(pushApiUrl, "org", "key");
            String fileId = client.upload(gzip("shaded and well".getBytes(StandardCharsets.UTF_8)));
            String batch = "{\"addOrUpdate\":[{\"documentId\":\"file://g\",\"compressedBinaryDataFileId\":\"" + fileId
                           + "\",\"compressionType\":\"GZIP\"}]}";
            assertThat(client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "").statusCode())
                    .isEqualTo(202);
            item = PushClient.json(PushClient.get(pushApiUrl.replace("/push/v1", "")
                    + "/emulator/api/item?org=org&source=src&documentId=" + PushClient.encode("file://g")));
        } finally {
            process.destroy();
            process.waitFor();
            outReader.join();
            errReader.join();
        }

        assertThat(item.get("text").asText()).isEqualTo("shaded and well");
        assertThat(out).noneMatch(line -> line.contains("WARN"));
        assertThat(err.toString(StandardCharsets.UTF_8)).as("standard error of the emulator").isEmpty();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(bytes);
        }
        return zipped.toByteArray();
    }

    private static void readLines(Process process, List<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        } catch (IOException ended) {
            // the process stopped
        }
    }

    private static void copy(Process process, ByteArrayOutputStream target) {
        try {
            process.getErrorStream().transferTo(target);
        } catch (IOException ended) {
            // the process stopped
        }
    }
}
