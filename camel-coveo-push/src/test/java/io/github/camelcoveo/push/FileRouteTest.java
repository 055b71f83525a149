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
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A Java DSL route that pushes a folder: one PUT a file, files moved only after Coveo accepted them. */
class FileRouteTest extends CoveoPushTestSupport {

    private static final String DOCUMENTS = BASE + "/sources/files/documents";

    @TempDir
    static Path inbox;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?move=.done&moveFailed=.error&initialDelay=0&delay=50")
                        .to(coveo.endpoint("files", "maxRetries=0"));
            }
        };
    }

    @Test
    void eachFileIsOneCorrectPutAndMovesOnlyOnceAccepted() throws Exception {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).withQueryParam("documentId", equalTo(uri("refused.txt")))
                .atPriority(1).willReturn(aResponse().withStatus(400)
                        .withBody("{\"errorCode\":\"INVALID_DOCUMENT\",\"message\":\"no\"}")));
        Map<String, String> files = Map.of("a.txt", "alpha", "page.html", "<html><body>b</body></html>",
                "with space.md", "# c", "refused.txt", "x");
        for (Map.Entry<String, String> file : files.entrySet()) {
            drop(file.getKey(), file.getValue());
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(names(inbox.resolve(".done"))).containsExactlyInAnyOrder("a.txt", "page.html", "with space.md");
            assertThat(names(inbox.resolve(".error"))).containsExactly("refused.txt");
        });

        List<LoggedRequest> puts = coveo.findAll(putRequestedFor(urlPathEqualTo(DOCUMENTS)));
        assertThat(puts).hasSize(4);
        for (String name : List.of("a.txt", "page.html", "with space.md")) {
            LoggedRequest put = puts.stream()
                    .filter(r -> r.queryParameter("documentId").firstValue().equals(uri(name))).findFirst().orElseThrow();
            JsonNode body = json.readTree(put.getBodyAsString());
            assertThat(PushApiDouble.decodeBinary(body.get("compressedBinaryData").asText(), "ZLIB"))
                    .isEqualTo(files.get(name).getBytes(StandardCharsets.UTF_8));
            assertThat(put.queryParameter("compressionType").firstValue()).isEqualTo("ZLIB");
            assertThat(body.get("fileExtension").asText()).isEqualTo(name.substring(name.lastIndexOf('.')));
            assertThat(body.get("title").asText()).isEqualTo(name);
            assertThat(body.get("size").asLong()).isEqualTo(files.get(name).length());
            assertThat(body.get("modifiedDate").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        }
    }

    /** Writes beside the inbox and moves the file in whole: the consumer never sees a half-written file. */
    private static void drop(String name, String content) throws Exception {
        Path staging = Files.createDirectories(inbox.resolveSibling(inbox.getFileName() + "-staging")).resolve(name);
        Files.writeString(staging, content);
        Files.move(staging, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String uri(String name) {
        return inbox.resolve(name).toAbsolutePath().normalize().toUri().toString();
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toList());
        }
    }
}
