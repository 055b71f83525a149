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
package io.github.camelcoveo.examples.sftp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import io.github.camelcoveo.examples.RunningMain;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SFTP example against a real SFTP server (Apache MINA SSHD, started here on a free port, password login, its
 * file system a temporary folder): documentIds built from the remote paths, _done after acceptance, _error on a
 * refusal, a file uploaded again pushed again, a file removed from _done removed from the source by the full sync,
 * nothing else in the source.
 */
class SftpExampleTest {

    private static final String ORG = "sftp-org";
    private static final String KEY = "sftp-key-1093";
    private static final String SOURCE = "sftp-source";
    private static final Path SAMPLES = Path.of("samples");

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    @TempDir
    Path home;
    @TempDir
    Path keys;

    private SshServer sftp;

    @BeforeEach
    void startSftpServer() throws IOException {
        sftp = SshServer.setUpDefaultServer();
        sftp.setHost("localhost");
        sftp.setPort(0);
        sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(keys.resolve("host.ser")));
        sftp.setPasswordAuthenticator((user, password, session) -> "indexer".equals(user) && "s3cret+&pass".equals(password));
        sftp.setSubsystemFactories(java.util.List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(home));
        sftp.start();
    }

    @AfterEach
    void stopSftpServer() throws IOException {
        sftp.stop(true);
    }

    @Test
    void aRemoteFolderFeedsTheSource() throws Exception {
        Path outbox = Files.createDirectories(home.resolve("outbox"));
        Files.createDirectories(outbox.resolve("guides"));
        Map<String, String> overrides = Map.ofEntries(
                Map.entry("sftp.fullSync.initialDelay", "500"), Map.entry("sftp.fullSync.delay", "1000"),
                Map.entry("sftp.fullSync.queueDelay", "0"), Map.entry("sftp.fullSync.grace", "3000"),
                Map.entry("camel.component.coveo-push.organization-id", ORG),
                Map.entry("camel.component.coveo-push.api-key", KEY),
                Map.entry("camel.component.coveo-push.push-api-url", coveo.pushApiUrl()),
                Map.entry("coveo.source", SOURCE),
                Map.entry("sftp.host", "localhost"),
                Map.entry("sftp.port", String.valueOf(sftp.getPort())),
                Map.entry("sftp.username", "indexer"),
                Map.entry("sftp.password", "s3cret+&pass"),
                Map.entry("sftp.strictHostKeyChecking", "no"),
                Map.entry("sftp.delay", "200"));
        try (RunningMain app = RunningMain.start(SftpApplication.PROPERTIES, overrides)) {
            // Coveo refuses the first push: that file goes to _error
            coveo.emulator().faults().failNext(1).withStatus(400)
                    .onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.CREATE_FILE_CONTAINER);
            upload(outbox, "refused.txt", "no".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(outbox.resolve("_error/refused.txt")));
            coveo.assertThat(SOURCE).isEmpty();

            for (String name : new String[] {"welcome.txt", "release-notes.html", "datasheet.pdf"}) {
                upload(outbox, name, Files.readAllBytes(SAMPLES.resolve(name)));
            }
            byte[] guide = "Install, configure, push.\n".getBytes(StandardCharsets.UTF_8);
            upload(outbox.resolve("guides"), "setup guide.txt", guide);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                coveo.assertThat(SOURCE).hasItemCount(4);
                // the consumer renames a file once its exchange completes, a moment after Coveo accepted it
                assertThat(outbox.resolve("_done")).isDirectoryContaining(p -> p.endsWith("welcome.txt"))
                        .isDirectoryContaining(p -> p.endsWith("release-notes.html"))
                        .isDirectoryContaining(p -> p.endsWith("datasheet.pdf"));
                assertThat(outbox.resolve("guides/_done/setup guide.txt")).exists();
            });
            assertItem("sftp://localhost/outbox/welcome.txt", Files.readAllBytes(SAMPLES.resolve("welcome.txt")),
                    "welcome.txt", ".txt");
            assertItem("sftp://localhost/outbox/release-notes.html",
                    Files.readAllBytes(SAMPLES.resolve("release-notes.html")), "release-notes.html", ".html");
            assertItem("sftp://localhost/outbox/datasheet.pdf", Files.readAllBytes(SAMPLES.resolve("datasheet.pdf")),
                    "datasheet.pdf", ".pdf");
            assertItem("sftp://localhost/outbox/guides/setup%20guide.txt", guide, "setup guide.txt", ".txt");

            // uploaded again with new content: the same item, updated
            byte[] welcome2 = "Welcome back.\n".getBytes(StandardCharsets.UTF_8);
            upload(outbox, "welcome.txt", welcome2);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(coveo.emulator().item(ORG, SOURCE, "sftp://localhost/outbox/welcome.txt").orElseThrow()
                        .content()).isEqualTo(welcome2);
                assertThat(outbox.resolve("_done/welcome.txt")).hasBinaryContent(welcome2);
                assertThat(outbox.resolve("welcome.txt")).doesNotExist();
            });
            coveo.assertThat(SOURCE).hasItemCount(4).doesNotHaveItem("sftp://localhost/outbox/refused.txt");
            assertThat(outbox.resolve("_error/refused.txt")).exists();

            // a file removed from _done leaves the source at a following full sync; the others stay
            Files.delete(outbox.resolve("_done/release-notes.html"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(coveo.items(SOURCE))
                    .extracting(IndexedItem::documentId).containsExactlyInAnyOrder(
                            "sftp://localhost/outbox/welcome.txt", "sftp://localhost/outbox/datasheet.pdf",
                            "sftp://localhost/outbox/guides/setup%20guide.txt"));
            assertItem("sftp://localhost/outbox/welcome.txt", welcome2, "welcome.txt", ".txt");
        }
    }

    private static void assertItem(String documentId, byte[] content, String title, String extension) {
        IndexedItem item = coveo.emulator().item(ORG, SOURCE, documentId)
                .orElseThrow(() -> new AssertionError("no " + documentId + " among " + coveo.items(SOURCE)));
        assertThat(item.content()).as(documentId).isEqualTo(content);
        assertThat(item.title()).isEqualTo(title);
        assertThat(item.fileExtension()).isEqualTo(extension);
        assertThat(item.metadata("size")).get().asString().isEqualTo(String.valueOf(content.length));
    }

    /** Writes beside the server's folder and moves the file in whole, as an upload that renames at the end would. */
    private void upload(Path folder, String name, byte[] content) throws IOException {
        Path staging = Files.createDirectories(home.resolve("staging")).resolve(name);
        Files.write(staging, content);
        Files.move(staging, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
