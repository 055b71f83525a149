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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A YAML DSL route, options as property placeholders, that pushes each file of a folder and then moves it. */
class YamlRouteTest extends CoveoPushTestSupport {

    private static final String API_KEY = "yaml-route-key-5521";
    private static final String DOCUMENTS = "/push/v1/organizations/org-yaml/sources/src-yaml/documents";
    private static final DateTimeFormatter COVEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path in;

    private void loadYamlRoute() throws Exception {
        Properties properties = new Properties();
        properties.put("files.in", in.toAbsolutePath().toString());
        properties.put("coveo.source", "src-yaml");
        properties.put("coveo.organizationId", "org-yaml");
        properties.put("coveo.apiKey", API_KEY);
        properties.put("coveo.pushApiUrl", coveo.pushApiUrl());
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(context, "classpath:yaml/files-to-coveo.yaml"));
    }

    @Test
    void eachFileBecomesOnePutAndIsMovedToDoneOnlyAfterCoveoAccepted() throws Exception {
        // Coveo answers slowly: the file must stay in place until the 202 arrives
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(202).withFixedDelay(1500)));
        Path text = Files.writeString(in.resolve("hello world.txt"), "Hello, Coveo! é");
        byte[] htmlBytes = "<html><body><p>page</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Path html = Files.write(in.resolve("Page#1.HTML"), htmlBytes);
        Instant modified = Instant.parse("2023-11-14T22:13:20Z");
        Files.setLastModifiedTime(text, java.nio.file.attribute.FileTime.from(modified));
        Files.setLastModifiedTime(html, java.nio.file.attribute.FileTime.from(modified));

        loadYamlRoute();

        await().atMost(Duration.ofSeconds(10)).until(() -> !coveo.findAll(anyRequestedFor(anyUrl())).isEmpty());
        // a request is in flight and its 202 has not come back yet: nothing has been moved
        assertThat(in.resolve(".done")).satisfiesAnyOf(done -> assertThat(done).doesNotExist(),
                done -> assertThat(done).isEmptyDirectory());
        assertThat(text).exists();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(in.resolve(".done/hello world.txt")).exists();
            assertThat(in.resolve(".done/Page#1.HTML")).exists();
        });
        assertThat(text).doesNotExist();
        assertThat(html).doesNotExist();

        List<LoggedRequest> requests = coveo.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(2).allMatch(r -> r.getMethod().getName().equals("PUT"));
        assertPushed(requests, text, "Hello, Coveo! é".getBytes(StandardCharsets.UTF_8), ".txt", modified);
        assertPushed(requests, html, htmlBytes, ".html", modified);
        assertThat(requests).allMatch(r -> ("Bearer " + API_KEY).equals(r.getHeader("Authorization")));
    }

    private static void assertPushed(List<LoggedRequest> requests, Path file, byte[] bytes, String extension,
                                     Instant modified) throws Exception {
        String documentId = file.toAbsolutePath().toUri().toString();
        assertThat(documentId).startsWith("file:///").doesNotContain(" ").doesNotContain("#");
        LoggedRequest request = requests.stream()
                .filter(r -> documentId.equals(r.queryParameter("documentId").firstValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no PUT for " + documentId));
        // URL-encoded in the query string
        assertThat(request.getUrl()).contains("documentId=" + URLEncoder.encode(documentId, StandardCharsets.UTF_8));
        assertThat(request.queryParameter("compressionType").firstValue()).isEqualTo("ZLIB");

        JsonNode json = new ObjectMapper().readTree(request.getBodyAsString());
        assertThat(json.path("fileExtension").asText()).isEqualTo(extension);
        assertThat(json.path("title").asText()).isEqualTo(file.getFileName().toString());
        assertThat(json.path("size").asLong()).isEqualTo(bytes.length);
        assertThat(json.path("modifiedDate").asText()).isEqualTo(COVEO_DATE.format(modified));
        assertThat(json.has("documentId")).isFalse();
        assertThat(json.has("data")).isFalse();
        assertThat(PushApiDouble.decodeBinary(json.path("compressedBinaryData").asText(), "ZLIB")).isEqualTo(bytes);
    }

    @Test
    void aFileThatCoveoRefusesIsMovedToErrorNotDone() throws Exception {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"INVALID_JSON\",\"message\":\"duplicate key\"}")));
        Path file = Files.writeString(in.resolve("refused.txt"), "no");

        loadYamlRoute();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(in.resolve(".error/refused.txt")).exists());
        assertThat(file).doesNotExist();
        assertThat(in.resolve(".done/refused.txt")).doesNotExist();
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }
}
