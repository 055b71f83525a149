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
package io.github.camelcoveo.examples.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.github.camelcoveo.examples.RunningMain;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The folder example end to end, whatever the route's DSL: a refused file goes to .error; the samples (text, HTML,
 * PDF, a JSON file of three records) reach the source and move to .done, each only after Coveo accepted it; a changed
 * file is pushed again; a file deleted from .done and a record dropped from a changed JSON file leave the source at
 * the next full sync. At the end the source holds exactly the expected items, field by field.
 */
public final class FolderScenario {

    public static final String ORG = "files-org";
    public static final String KEY = "files-key-7731";
    public static final String SOURCE = "files-source";
    private static final Path SAMPLES = Path.of("samples");
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private final PushApiEmulatorExtension coveo;
    private final Path inbox;
    private final Path done;

    public FolderScenario(PushApiEmulatorExtension coveo, Path folder) {
        this.coveo = coveo;
        this.inbox = folder.resolve("inbox");
        this.done = inbox.resolve(".done");
    }

    /** The test's settings on top of the example's properties file. */
    public Map<String, String> overrides(Map<String, String> extra) {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "camel.component.coveo-push.organization-id", ORG,
                "camel.component.coveo-push.api-key", KEY,
                "camel.component.coveo-push.push-api-url", coveo.pushApiUrl(),
                "coveo.source", SOURCE,
                "files.inbox", inbox.toString(),
                "files.fullSync.initialDelay", "500",
                "files.fullSync.delay", "1000",
                "files.fullSync.queueDelay", "0",
                // longer than a batch lingers (1 s by default) and takes to be accepted: a file pushed just before
                // a full sync may not have reached .done when the sync lists it
                "files.fullSync.grace", "3000"));
        overrides.putAll(extra);
        return overrides;
    }

    public void run(String propertiesLocation, Map<String, String> extra) throws Exception {
        Files.createDirectories(inbox);
        DoneWatcher watcher = new DoneWatcher();
        try (RunningMain app = RunningMain.start(propertiesLocation, overrides(extra))) {
            watcher.start();

            // 1. Coveo refuses the first push: the file goes to .error, nothing is indexed
            coveo.emulator().faults().failNext(1).withStatus(400)
                    .onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.CREATE_FILE_CONTAINER);
            drop("refused.txt", "Coveo says no".getBytes(StandardCharsets.UTF_8));
            await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve(".error/refused.txt")));
            assertThat(inbox.resolve("refused.txt")).doesNotExist();
            assertThat(done.resolve("refused.txt")).doesNotExist();
            coveo.assertThat(SOURCE).isEmpty();

            // 2. the samples: three files and a JSON file of three records
            for (String name : List.of("welcome.txt", "release-notes.html", "datasheet.pdf", "articles.json")) {
                drop(name, Files.readAllBytes(SAMPLES.resolve(name)));
            }
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(done).isDirectoryContaining(p -> p.endsWith("articles.json"));
                assertThat(listDone()).containsExactlyInAnyOrder("welcome.txt", "release-notes.html", "datasheet.pdf",
                        "articles.json");
                coveo.assertThat(SOURCE).hasItemCount(6);
            });
            assertThat(inbox.resolve(".error")).isDirectoryContaining(p -> p.endsWith("refused.txt"));
            assertFile("welcome.txt", Files.readAllBytes(SAMPLES.resolve("welcome.txt")), ".txt");
            assertFile("release-notes.html", Files.readAllBytes(SAMPLES.resolve("release-notes.html")), ".html");
            assertFile("datasheet.pdf", Files.readAllBytes(SAMPLES.resolve("datasheet.pdf")), ".pdf");
            coveo.assertThat(SOURCE).hasItem(article(1002)).withTitle("Exporting reports")
                    .withMetadata("category", "reports").withFileExtension(".txt")
                    .withText("Reports export to CSV or PDF from the Share menu; large exports arrive by e-mail.");

            // 3. a changed file, dropped again: pushed again under the same documentId
            byte[] welcome2 = "Welcome, second edition.\n".getBytes(StandardCharsets.UTF_8);
            drop("welcome.txt", welcome2);
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(inbox.resolve("welcome.txt")).doesNotExist();
                assertThat(done.resolve("welcome.txt")).hasBinaryContent(welcome2);
                assertThat(coveo.emulator().item(ORG, SOURCE, fileId("welcome.txt")).orElseThrow().content())
                        .isEqualTo(welcome2);
            });

            // 4. deletions: a file removed from .done; a JSON file dropped again without record 1002
            Files.delete(done.resolve("release-notes.html"));
            String articles = Files.readString(SAMPLES.resolve("articles.json"));
            drop("articles.json", withoutRecord(articles, 1002).getBytes(StandardCharsets.UTF_8));
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(coveo.items(SOURCE)).extracting(IndexedItem::documentId).containsExactlyInAnyOrder(
                        fileId("welcome.txt"), fileId("datasheet.pdf"), article(1001), article(1003));
                // the full sync keeps pushing: still the latest content of every file
                assertFile("welcome.txt", welcome2, ".txt");
            });

            // 5. the end state, field by field
            assertFile("datasheet.pdf", Files.readAllBytes(SAMPLES.resolve("datasheet.pdf")), ".pdf");
            coveo.assertThat(SOURCE).hasItemCount(4)
                    .hasItem(article(1001)).withTitle("Resetting a password").withMetadata("author", "Support team")
                    .withMetadata("tags", List.of("password", "login")).withFileExtension(".txt")
                    .withText("To reset a password, open Settings, choose Security and follow the link sent by e-mail.")
                    .and().hasItem(article(1003)).withTitle("Single sign-on").withMetadata("category", "accounts")
                    .withFileExtension(".html")
                    .withText("<p>Single sign-on uses SAML 2.0. Ask your administrator for the identity provider"
                              + " metadata.</p>");
            assertThat(inbox.resolve(".error")).isDirectoryContaining(p -> p.endsWith("refused.txt"));
        } finally {
            watcher.stop();
        }
        assertThat(watcher.violations).as("files moved to .done before Coveo held their items").isEmpty();
        assertThat(watcher.seen).contains("welcome.txt", "release-notes.html", "datasheet.pdf", "articles.json");
    }

    private void assertFile(String name, byte[] content, String extension) {
        IndexedItem item = coveo.emulator().item(ORG, SOURCE, fileId(name))
                .orElseThrow(() -> new AssertionError("no item for " + name + " among " + coveo.items(SOURCE)));
        assertThat(item.content()).as(name).isEqualTo(content);
        assertThat(item.title()).isEqualTo(name);
        assertThat(item.fileExtension()).isEqualTo(extension);
        assertThat(item.metadata("size")).get().asString().isEqualTo(String.valueOf(content.length));
        assertThat(item.metadata("modifiedDate")).get().asString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    /** Writes the file next to the inbox, then moves it in: the route never sees half a file. */
    private void drop(String name, byte[] content) throws IOException {
        Path staging = Files.createDirectories(inbox.resolveSibling("staging")).resolve(name);
        Files.write(staging, content);
        Files.move(staging, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<String> listDone() throws IOException {
        try (Stream<Path> files = Files.list(done)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    public String fileId(String name) {
        return inbox.resolve(name).toAbsolutePath().normalize().toUri().toString();
    }

    private static String article(int number) {
        return "https://kb.example.com/articles/" + number;
    }

    private static String withoutRecord(String json, int number) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var records = (com.fasterxml.jackson.databind.node.ArrayNode) mapper.readTree(json);
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).path("documentId").asText().equals(article(number))) {
                records.remove(i);
            }
        }
        return mapper.writeValueAsString(records);
    }

    /** Checks, each time a file first shows up in .done, that the source already holds its items. */
    private final class DoneWatcher {
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final List<String> violations = new CopyOnWriteArrayList<>();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::watch, "done-watcher");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }

        private void watch() {
            while (running) {
                try {
                    if (Files.isDirectory(done)) {
                        for (String name : listDone()) {
                            if (seen.add(name)) {
                                check(name);
                            }
                        }
                    }
                    Thread.sleep(5);
                } catch (IOException e) {
                    // a file moved while listing: look again
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void check(String name) {
            List<String> ids = name.equals("articles.json") ? List.of(article(1001), article(1002), article(1003))
                    : List.of(fileId(name));
            for (String id : ids) {
                if (coveo.emulator().item(ORG, SOURCE, id).isEmpty()) {
                    violations.add(name + " reached .done while " + id + " was not in the source");
                }
            }
        }
    }
}
