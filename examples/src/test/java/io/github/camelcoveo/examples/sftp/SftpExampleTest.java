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
 * file system a temporary folder): documentIds built from the remote paths, .done after acceptance, .error on a
 * refusal, a file uploaded again pushed again, nothing else in the source.
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
        Map<String, String> overrides = Map.of(
                "camel.component.coveo-push.organization-id", ORG,
                "camel.component.coveo-push.api-key", KEY,
                "camel.component.coveo-push.push-api-url", coveo.pushApiUrl(),
                "coveo.source", SOURCE,
                "sftp.host", "localhost",
                "sftp.port", String.valueOf(sftp.getPort()),
                "sftp.username", "indexer",
                "sftp.password", "s3cret+&pass",
                "sftp.strictHostKeyChecking", "no",
                "sftp.delay", "200");
        try (RunningMain app = RunningMain.start(SftpApplication.PROPERTIES, overrides)) {
            // Coveo refuses the first push: that file goes to .error
            coveo.emulator().faults().failNext(1).withStatus(400)
                    .onlyFor(RequestKind.ADD_OR_UPDATE_DOCUMENT, RequestKind.CREATE_FILE_CONTAINER);
            upload(outbox, "refused.txt", "no".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(outbox.resolve(".error/refused.txt")));
            coveo.assertThat(SOURCE).isEmpty();

            for (String name : new String[] {"welcome.txt", "release-notes.html", "datasheet.pdf"}) {
                upload(outbox, name, Files.readAllBytes(SAMPLES.resolve(name)));
            }
            byte[] guide = "Install, configure, push.\n".getBytes(StandardCharsets.UTF_8);
            upload(outbox.resolve("guides"), "setup guide.txt", guide);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                coveo.assertThat(SOURCE).hasItemCount(4);
                assertThat(outbox.resolve(".done")).isDirectoryContaining(p -> p.endsWith("datasheet.pdf"));
                assertThat(outbox.resolve("guides/.done/setup guide.txt")).exists();
            });
            assertThat(outbox.resolve(".done")).isDirectoryContaining(p -> p.endsWith("welcome.txt"))
                    .isDirectoryContaining(p -> p.endsWith("release-notes.html"));
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
                assertThat(outbox.resolve(".done/welcome.txt")).hasBinaryContent(welcome2);
                assertThat(outbox.resolve("welcome.txt")).doesNotExist();
            });
            coveo.assertThat(SOURCE).hasItemCount(4).doesNotHaveItem("sftp://localhost/outbox/refused.txt");
            assertThat(outbox.resolve(".error/refused.txt")).exists();
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
