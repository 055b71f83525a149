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
package io.github.camelcoveo.examples.kamelet;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coveo-push-sink Kamelet, read from the component jar (kamelets/ on the classpath, where camel-kamelet looks by
 * default), on Camel 4.17.0: a YAML route sends a folder through it; the source holds each file, and only them.
 */
class CoveoPushSinkKameletTest {

    private static final String ORG = "kamelet-org";
    private static final String KEY = "kamelet-key-8812";
    private static final String SOURCE = "kamelet-source";

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    @TempDir
    Path folder;

    @Test
    void aRouteThroughTheKameletFeedsTheSource() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:kamelet/files-to-coveo-kamelet.camel.yaml");
        Map.of("files.inbox", inbox.toString(), "coveo.organizationId", ORG, "coveo.source", SOURCE,
                "coveo.apiKey", KEY, "coveo.pushApiUrl", coveo.pushApiUrl()).forEach(main::addOverrideProperty);
        main.start();
        try {
            assertThat(main.getCamelContext().getVersion()).startsWith("4.17.");
            byte[] first = "First document, through the Kamelet.\n".getBytes(StandardCharsets.UTF_8);
            byte[] second = "<html><body><h1>Second</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            drop(inbox, "first.txt", first);
            drop(inbox, "second.html", second);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(inbox.resolve(".done/first.txt")).exists();
                assertThat(inbox.resolve(".done/second.html")).exists();
            });
            coveo.assertThat(SOURCE).hasItemCount(2)
                    .hasItem(fileId(inbox, "first.txt")).withTitle("first.txt").withFileExtension(".txt")
                    .withContent(first)
                    .and().hasItem(fileId(inbox, "second.html")).withTitle("second.html").withFileExtension(".html")
                    .withContent(second);
        } finally {
            main.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKameletDescribesItselfAsTheCatalogExpects() throws Exception {
        Map<String, Object> kamelet;
        try (InputStream in = getClass().getResourceAsStream("/kamelets/coveo-push-sink.kamelet.yaml")) {
            assertThat(in).as("kamelets/coveo-push-sink.kamelet.yaml in the component jar").isNotNull();
            kamelet = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = (Map<String, Object>) kamelet.get("metadata");
        assertThat(metadata).containsEntry("name", "coveo-push-sink");
        assertThat((Map<String, Object>) metadata.get("labels")).containsEntry("camel.apache.org/kamelet.type", "sink");
        Map<String, Object> spec = (Map<String, Object>) kamelet.get("spec");
        Map<String, Object> definition = (Map<String, Object>) spec.get("definition");
        assertThat(definition).containsEntry("title", "Coveo Push Sink").containsKey("description");
        assertThat((List<String>) definition.get("required"))
                .containsExactlyInAnyOrder("organizationId", "sourceId", "apiKey");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
        assertThat(properties.get("apiKey")).containsEntry("format", "password").containsEntry("type", "string");
        properties.forEach((name, property) -> assertThat(property).as(name).containsKeys("title", "description", "type"));
        assertThat((List<String>) spec.get("dependencies"))
                .contains("camel:kamelet", "mvn:io.github.camelcoveo:camel-coveo-push:" + projectVersion());
    }

    private static String projectVersion() throws Exception {
        try (InputStream in = CoveoPushSinkKameletTest.class
                .getResourceAsStream("/io/github/camelcoveo/push/version.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.values().iterator().next().toString();
        }
    }

    private static void drop(Path inbox, String name, byte[] content) throws Exception {
        Path staging = Files.write(inbox.resolveSibling(name), content);
        Files.move(staging, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String fileId(Path inbox, String name) {
        return inbox.resolve(name).toAbsolutePath().normalize().toUri().toString();
    }
}
