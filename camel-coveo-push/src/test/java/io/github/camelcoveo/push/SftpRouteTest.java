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
package io.github.camelcoveo.push;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Files on an SFTP server (embedded Apache MINA SSHD) are pushed with ids built from the host and the remote path. */
class SftpRouteTest extends CoveoPushTestSupport {


    @TempDir
    static Path serverRoot;

    private static SshServer sshd;
    private static byte[] binary;

    @BeforeAll
    static void startSftpServer() throws Exception {
        Path upload = Files.createDirectories(serverRoot.resolve("files/upload"));
        Files.writeString(upload.resolve("report 1.txt"), "quarterly report", StandardCharsets.UTF_8);
        binary = new byte[20_000];
        new Random(11).nextBytes(binary);
        Files.write(upload.resolve("data.bin"), binary);

        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("localhost");
        sshd.setPort(0);
        sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(serverRoot.resolve("hostkey.ser")));
        sshd.setPasswordAuthenticator((user, password, session) -> "camel".equals(user) && "s3cret".equals(password));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        // the user sees serverRoot/files as "/", so the remote folder is /upload
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(serverRoot.resolve("files")));
        sshd.start();
    }

    @AfterAll
    static void stopSftpServer() throws Exception {
        if (sshd != null) {
            sshd.stop(true);
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sftp://localhost:" + sshd.getPort() + "/upload?username=camel&password=RAW(s3cret)"
                     + "&strictHostKeyChecking=no&useUserKnownHostsFile=false&knownHostsFile=" + serverRoot.resolve("kh")
                     + "&noop=true&initialDelay=0&delay=200&sortBy=file:name")
                        .routeId("sftp-to-coveo")
                        .to("coveo-push:src?organizationId=org&apiKey=RAW(sftp-test-key)&pushApiUrl="
                            + coveo.pushApiUrl() + "&batch=false");
            }
        };
    }

    @Test
    void eachRemoteFileIsPushedWithAnIdFromTheHostAndItsRemotePath() throws Exception {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(coveo.findAll(anyRequestedFor(anyUrl()))).hasSize(2));
        List<LoggedRequest> requests = coveo.findAll(anyRequestedFor(anyUrl()));

        LoggedRequest text = find(requests, "sftp://localhost/upload/report%201.txt");
        assertThat(text.getUrl()).contains("documentId=sftp%3A%2F%2Flocalhost%2Fupload%2Freport%25201.txt");
        JsonNode textJson = new ObjectMapper().readTree(text.getBodyAsString());
        assertThat(PushApiDouble.decodeBinary(textJson.path("compressedBinaryData").asText(), "ZLIB"))
                .isEqualTo("quarterly report".getBytes(StandardCharsets.UTF_8));
        assertThat(textJson.path("fileExtension").asText()).isEqualTo(".txt");
        assertThat(textJson.path("title").asText()).isEqualTo("report 1.txt");
        assertThat(textJson.path("size").asLong()).isEqualTo(16);

        LoggedRequest data = find(requests, "sftp://localhost/upload/data.bin");
        JsonNode dataJson = new ObjectMapper().readTree(data.getBodyAsString());
        assertThat(PushApiDouble.decodeBinary(dataJson.path("compressedBinaryData").asText(), "ZLIB"))
                .isEqualTo(binary);
        assertThat(dataJson.path("fileExtension").asText()).isEqualTo(".bin");

        for (LoggedRequest request : requests) {
            java.net.URI id = java.net.URI.create(request.queryParameter("documentId").firstValue());
            assertThat(id.isAbsolute()).isTrue();
            assertThat(id.getScheme()).isEqualTo("sftp");
            assertThat(id.getHost()).isEqualTo("localhost");
            assertThat(id.getPath()).startsWith("/upload/");
        }
    }

    private static LoggedRequest find(List<LoggedRequest> requests, String documentId) {
        return requests.stream().filter(r -> documentId.equals(r.queryParameter("documentId").firstValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no PUT for " + documentId + " among "
                                                                  + requests.stream().map(LoggedRequest::getUrl).toList()));
    }
}
