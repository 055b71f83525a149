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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.document.PushDocument;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** Each operation, option, header and body type, against a WireMock double of the Push API. */
class CoveoPushProducerTest extends CoveoPushTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void oneFileContainerId() {
        coveo.acceptAll("file-1");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:push").to(coveo.endpoint("src-1", ""));
                from("direct:deflate").to(coveo.endpoint("src-1", "compressionType=DEFLATE"));
                from("direct:gzip").to(coveo.endpoint("src-1", "compressionType=GZIP"));
                from("direct:uncompressed").to(coveo.endpoint("src-1", "compressionType=UNCOMPRESSED"));
                from("direct:delete").to(coveo.endpoint("src-1", "operation=delete&deleteChildren=true"));
                from("direct:status").to(coveo.endpoint("src-1",
                        "operation=updateSourceStatus&sourceStatus=REBUILD"));
                from("direct:extension").to(coveo.endpoint("src-1",
                        "fileExtension=.html&includeFileMetadata=false"));
                from("direct:olderThan").to(coveo.endpoint("src-1",
                        "operation=deleteOlderThan&queueDelay=0"));
                from("direct:twoWorkers").to(coveo.endpoint("slow2", "workerPoolSize=2"));
            }
        };
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = coveo.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private JsonNode body(LoggedRequest request) throws Exception {
        return json.readTree(request.getBodyAsString());
    }

    @Test
    void stringBodyIsPushedAsDataWithHeadersAndMetadata() throws Exception {
        Exchange result = template.request("direct:push", e -> {
            e.getMessage().setBody("Hello Coveo");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/page%20one?x=1&y=2");
            e.getMessage().setHeader(CoveoPushConstants.FILE_EXTENSION, ".txt");
            e.getMessage().setHeader(CoveoPushConstants.PARENT_ID, "https://intranet");
            e.getMessage().setHeader(CoveoPushConstants.METADATA, Map.of("author", "Ada", "tags", List.of("a", "b"),
                    "date", Instant.parse("2024-03-01T10:15:30Z"), "count", 3));
            e.getMessage().setHeader(CoveoPushConstants.PERMISSIONS, List.of(Map.of("allowAnonymous", true)));
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
        assertThat(result.getMessage().getHeader(CoveoPushConstants.CONTENT_TRANSPORT)).isEqualTo("data");
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PUT");
        assertThat(request.getUrl()).startsWith(BASE + "/sources/src-1/documents?documentId=https%3A%2F%2Fintranet%2Fpage");
        assertThat(request.queryParameter("documentId").firstValue()).isEqualTo("https://intranet/page%20one?x=1&y=2");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("User-Agent")).matches("camel-coveo-push/\\d+\\.\\d+\\.\\d+.*");
        JsonNode body = body(request);
        assertThat(body.get("data").asText()).isEqualTo("Hello Coveo");
        assertThat(body.get("fileExtension").asText()).isEqualTo(".txt");
        assertThat(body.get("parentId").asText()).isEqualTo("https://intranet");
        assertThat(body.get("author").asText()).isEqualTo("Ada");
        assertThat(body.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(body.get("date").asText()).isEqualTo("2024-03-01 10:15:30");
        assertThat(body.get("count").asInt()).isEqualTo(3);
        assertThat(body.get("permissions").get(0).get("allowAnonymous").asBoolean()).isTrue();
        assertThat(body.has("documentId")).as("the id travels in the query of a single push").isFalse();
    }

    @Test
    void bytesAreCompressedWithZlibByDefault() throws Exception {
        byte[] bytes = "some binary \u0000\u0001 content".repeat(100).getBytes(StandardCharsets.UTF_8);
        template.sendBodyAndHeader("direct:push", bytes, CoveoPushConstants.DOCUMENT_ID, "file://share/a.bin");

        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("compressionType").firstValue()).isEqualTo("ZLIB");
        String base64 = body(request).get("compressedBinaryData").asText();
        assertThat(Base64.getDecoder().decode(base64).length).isLessThan(bytes.length);
        assertThat(PushApiDouble.decodeBinary(base64, "ZLIB")).isEqualTo(bytes);
    }

    @ParameterizedTest
    @EnumSource(value = CompressionType.class, names = { "DEFLATE", "GZIP", "UNCOMPRESSED" })
    void compressionTypeOptionPicksTheCompression(CompressionType type) throws Exception {
        byte[] bytes = "abc".repeat(1000).getBytes(StandardCharsets.UTF_8);
        template.sendBodyAndHeader("direct:" + type.name().toLowerCase(), bytes, CoveoPushConstants.DOCUMENT_ID,
                "file://share/b.bin");

        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("compressionType").firstValue()).isEqualTo(type.name());
        assertThat(PushApiDouble.decodeBinary(body(request).get("compressedBinaryData").asText(), type.name()))
                .isEqualTo(bytes);
    }

    @Test
    void alreadyCompressedBytesPassThroughWhenTheHeaderNamesTheirCompression() throws Exception {
        byte[] lzmaBytes = { 0x5d, 0x00, 0x00, (byte) 0x80, 0x00, 1, 2, 3, 4 };
        template.send("direct:push", e -> {
            e.getMessage().setBody(lzmaBytes);
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "file://share/c.pdf");
            e.getMessage().setHeader(CoveoPushConstants.COMPRESSION_TYPE, "LZMA");
        });

        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("compressionType").firstValue()).isEqualTo("LZMA");
        assertThat(Base64.getDecoder().decode(body(request).get("compressedBinaryData").asText())).isEqualTo(lzmaBytes);
    }

    @Test
    void mapBodySuppliesReservedKeysAndMetadata() throws Exception {
        template.sendBody("direct:push", Map.of("documentId", "sql://db/items/42", "title", "Row 42",
                "data", "row text", "orderingId", 1700000000000L, "price", 9.5, "modifiedDate",
                LocalDate.of(2024, 1, 2)));

        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("documentId").firstValue()).isEqualTo("sql://db/items/42");
        assertThat(request.queryParameter("orderingId").firstValue()).isEqualTo("1700000000000");
        JsonNode body = body(request);
        assertThat(body.get("title").asText()).isEqualTo("Row 42");
        assertThat(body.get("data").asText()).isEqualTo("row text");
        assertThat(body.get("price").asDouble()).isEqualTo(9.5);
        assertThat(body.get("modifiedDate").asText()).isEqualTo("2024-01-02 00:00:00");
        assertThat(body.has("orderingId")).isFalse();
    }

    public record Article(String documentId, String title, List<String> tags, String data) {
    }

    @Test
    void pojoBodyGoesThroughJackson() throws Exception {
        template.sendBody("direct:push", new Article("https://blog/1", "First", List.of("x", "y"), "text"));

        JsonNode body = body(onlyRequest());
        assertThat(body.get("title").asText()).isEqualTo("First");
        assertThat(body.get("tags").size()).isEqualTo(2);
        assertThat(body.get("data").asText()).isEqualTo("text");
    }

    @Test
    void typedDocumentBuiltInJava() throws Exception {
        template.sendBody("direct:push", PushDocument.builder("https://kb/a").title("A").author("Bo")
                .metadata("views", 12).fileExtension(".html").data("<p>A</p>").orderingId(5L).build());

        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("orderingId").firstValue()).isEqualTo("5");
        JsonNode body = body(request);
        assertThat(body.get("title").asText()).isEqualTo("A");
        assertThat(body.get("author").asText()).isEqualTo("Bo");
        assertThat(body.get("views").asInt()).isEqualTo(12);
        assertThat(body.get("data").asText()).isEqualTo("<p>A</p>");
        assertThat(body.get("fileExtension").asText()).isEqualTo(".html");
    }

    @Test
    void headerDocumentIdWinsOverTheBody() throws Exception {
        template.sendBodyAndHeader("direct:push", Map.of("documentId", "https://body/id", "data", "x"),
                CoveoPushConstants.DOCUMENT_ID, "https://header/id");

        assertThat(onlyRequest().queryParameter("documentId").firstValue()).isEqualTo("https://header/id");
    }

    @Test
    void defaultFileExtensionOptionAppliesWhenNothingNamesOne() throws Exception {
        template.sendBodyAndHeader("direct:extension", "<b>x</b>", CoveoPushConstants.DOCUMENT_ID, "https://a/b");

        assertThat(body(onlyRequest()).get("fileExtension").asText()).isEqualTo(".html");
    }

    @Test
    void deleteSendsTheIdDeleteChildrenAndOrderingId() {
        template.send("direct:delete", e -> {
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "file://share/folder");
            e.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, 77L);
        });

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("DELETE");
        assertThat(request.getUrl()).startsWith(BASE + "/sources/src-1/documents?");
        assertThat(request.queryParameter("documentId").firstValue()).isEqualTo("file://share/folder");
        assertThat(request.queryParameter("deleteChildren").firstValue()).isEqualTo("true");
        assertThat(request.queryParameter("orderingId").firstValue()).isEqualTo("77");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    }

    @Test
    void operationHeaderOverridesTheOption() {
        template.send("direct:push", e -> {
            e.getMessage().setHeader(CoveoPushConstants.OPERATION, "deleteOlderThan");
            e.getMessage().setHeader(CoveoPushConstants.ORDERING_ID, 1234L);
            e.getMessage().setHeader(CoveoPushConstants.QUEUE_DELAY, 3);
        });

        coveo.verify(1, deleteRequestedFor(urlPathEqualTo(BASE + "/sources/src-1/documents/olderthan")));
        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("orderingId").firstValue()).isEqualTo("1234");
        assertThat(request.queryParameter("queueDelay").firstValue()).isEqualTo("3");
    }

    @Test
    void sourceStatusFromOptionAndFromHeader() {
        template.sendBody("direct:status", null);
        template.sendBodyAndHeader("direct:status", null, CoveoPushConstants.SOURCE_STATUS, SourceStatus.IDLE);

        List<LoggedRequest> requests = coveo.findAll(postRequestedFor(urlPathEqualTo(BASE + "/sources/src-1/status")));
        assertThat(requests).extracting(r -> r.queryParameter("statusType").firstValue())
                .containsExactly("REBUILD", "IDLE");
    }

    @Test
    void contentOverTheSingleRequestLimitGoesThroughItsOwnFileContainerWithoutTheApiKey() throws Exception {
        byte[] incompressible = new byte[4_500_000];
        new Random(42).nextBytes(incompressible);
        Exchange result = template.request("direct:push", e -> {
            e.getMessage().setBody(incompressible);
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "file://share/big.bin");
            e.getMessage().setHeader(CoveoPushConstants.FILE_EXTENSION, ".bin");
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CoveoPushConstants.CONTENT_TRANSPORT)).isEqualTo("fileContainer");
        coveo.verify(1, postRequestedFor(urlPathEqualTo(BASE + "/files")));
        LoggedRequest upload = coveo.findAll(putRequestedFor(urlPathMatching("/s3/.*"))).get(0);
        assertThat(upload.containsHeader("Authorization")).isFalse();
        assertThat(upload.getHeader("x-amz-server-side-encryption")).isEqualTo("AES256");
        assertThat(upload.getHeader("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(upload.getHeader("Content-Length")).isEqualTo(String.valueOf(upload.getBody().length));
        assertThat(upload.getBodyAsString()).doesNotContain(API_KEY);
        assertThat(PushApiDouble.inflate(upload.getBody(), "ZLIB")).isEqualTo(incompressible);

        LoggedRequest document = coveo.findAll(putRequestedFor(urlPathEqualTo(BASE + "/sources/src-1/documents"))).get(0);
        assertThat(document.queryParameter("compressionType").firstValue()).isEqualTo("ZLIB");
        JsonNode body = body(document);
        assertThat(body.get("compressedBinaryDataFileId").asText()).isEqualTo("file-1");
        assertThat(body.has("compressedBinaryData")).isFalse();
        assertThat(body.get("fileExtension").asText()).isEqualTo(".bin");
    }

    @Test
    void textOverFiveMegabytesTravelsCompressed() throws Exception {
        String text = "lorem ipsum ".repeat(500_000);
        template.sendBodyAndHeader("direct:push", text, CoveoPushConstants.DOCUMENT_ID, "https://big/text");

        LoggedRequest request = onlyRequest();
        JsonNode body = body(request);
        assertThat(body.has("data")).isFalse();
        assertThat(PushApiDouble.decodeBinary(body.get("compressedBinaryData").asText(), "ZLIB"))
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theProducerReturnsBeforeCoveoAnswersAndCompletesOnAThreadOfTheEndpoint() throws Exception {
        coveo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo(BASE + "/sources/slow/documents"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(202)
                        .withFixedDelay(300)));
        CoveoPushEndpoint endpoint = context.getEndpoint(coveo.endpoint("slow", ""), CoveoPushEndpoint.class);
        CoveoPushProducer producer = (CoveoPushProducer) endpoint.createProducer();
        producer.start();
        try {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody("x");
            exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://slow/1");
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<String> doneOn = new AtomicReference<>();
            boolean sync = producer.process(exchange, doneSync -> {
                doneOn.set(Thread.currentThread().getName());
                done.countDown();
            });

            assertThat(sync).isFalse();
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(doneOn.get()).contains("CoveoPushDone[slow]"); // neither the caller's nor an HTTP worker
            assertThat(exchange.getException()).isNull();
        } finally {
            producer.stop();
        }
    }

    @Test
    void componentLevelOptionsConfigureEveryEndpoint() throws Exception {
        CoveoPushComponent component = context.getComponent("coveo-push", CoveoPushComponent.class);
        component.getConfiguration().setOrganizationId(PushApiDouble.ORG);
        component.getConfiguration().setApiKey(API_KEY);
        component.getConfiguration().setPushApiUrl(coveo.pushApiUrl());
        component.getConfiguration().setBatch(false);
        CoveoPushEndpoint endpoint = context.getEndpoint("coveo-push:from-component", CoveoPushEndpoint.class);
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(API_KEY);

        template.sendBodyAndHeader(endpoint, "x", CoveoPushConstants.DOCUMENT_ID, "https://c/1");
        assertThat(onlyRequest().getUrl()).startsWith(BASE + "/sources/from-component/documents");
    }

    @Test
    void fileHeadersBecomeMetadataUnlessTurnedOff() throws Exception {
        Map<String, Object> fileHeaders = Map.of(Exchange.FILE_NAME_ONLY, "report.txt", Exchange.FILE_LENGTH, 42L,
                Exchange.FILE_LAST_MODIFIED, 1_700_000_000_000L, CoveoPushConstants.DOCUMENT_ID, "file:///r/report.txt");
        template.sendBodyAndHeaders("direct:push", "text", fileHeaders);
        template.sendBodyAndHeaders("direct:extension", "text", fileHeaders);

        List<LoggedRequest> requests = coveo.findAll(putRequestedFor(urlPathEqualTo(BASE + "/sources/src-1/documents")));
        JsonNode with = body(requests.get(0));
        assertThat(with.get("title").asText()).isEqualTo("report.txt");
        assertThat(with.get("size").asLong()).isEqualTo(42);
        assertThat(with.get("modifiedDate").asText()).isEqualTo("2023-11-14 22:13:20");
        assertThat(with.get("fileExtension").asText()).isEqualTo(".txt");
        JsonNode without = body(requests.get(1));
        assertThat(without.has("title")).isFalse();
        assertThat(without.has("size")).isFalse();
        assertThat(without.has("modifiedDate")).isFalse();
    }

    @Test
    void deleteChildrenHeaderOverridesTheOption() {
        template.sendBodyAndHeaders("direct:delete", null, Map.of(CoveoPushConstants.DOCUMENT_ID, "file://share/x",
                CoveoPushConstants.DELETE_CHILDREN, false));

        assertThat(onlyRequest().queryParameter("deleteChildren").isPresent()).isFalse();
    }

    @Test
    void aStringBodyNamesTheDocumentToDelete() {
        template.sendBody("direct:delete", "https://intranet/gone");

        assertThat(onlyRequest().queryParameter("documentId").firstValue()).isEqualTo("https://intranet/gone");
    }

    @Test
    void queueDelayOptionAppliesWhenNoHeaderGivesOne() {
        template.sendBodyAndHeader("direct:olderThan", null, CoveoPushConstants.ORDERING_ID, 99L);

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).startsWith(BASE + "/sources/src-1/documents/olderthan?");
        assertThat(request.queryParameter("queueDelay").firstValue()).isEqualTo("0");
    }

    @Test
    void regionAndEnvironmentPickTheEndpointsHost() {
        CoveoPushEndpoint endpoint = context.getEndpoint("coveo-push:s?organizationId=o&apiKey=k&region=eu"
                                                         + "&environment=hipaa", CoveoPushEndpoint.class);
        assertThat(endpoint.getServiceUrl()).isEqualTo("https://apihipaa-eu.cloud.coveo.com/push/v1");
        CoveoPushEndpoint defaults = context.getEndpoint("coveo-push:s?organizationId=o&apiKey=k", CoveoPushEndpoint.class);
        assertThat(defaults.getServiceUrl()).isEqualTo("https://api.cloud.coveo.com/push/v1");
    }

    @Test
    void workerPoolSizeBoundsTheCallsInFlight() {
        coveo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo(BASE + "/sources/slow2/documents"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(202)
                        .withFixedDelay(400)));
        List<java.util.concurrent.CompletableFuture<Exchange>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "https://slow/" + i;
            sent.add(template.asyncSend("direct:twoWorkers", e -> {
                e.getMessage().setBody("x");
                e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
            }));
        }
        sent.forEach(java.util.concurrent.CompletableFuture::join);

        List<Long> arrivals = coveo.findAll(putRequestedFor(urlPathEqualTo(BASE + "/sources/slow2/documents"))).stream()
                .map(r -> r.getLoggedDate().getTime()).sorted().toList();
        assertThat(arrivals).hasSize(4);
        // two workers: the third call can only start once one of the first two got its (400 ms late) answer
        assertThat(arrivals.get(2) - arrivals.get(0)).isGreaterThanOrEqualTo(350);
    }

    @Test
    void withoutBatchingAListBodyIsOneRequestPerElementAndAnInvalidElementStopsAll() throws Exception {
        Exchange result = template.request("direct:push", e -> e.getMessage().setBody(List.of(
                Map.of("documentId", "sql://db/rows/1", "data", "one"),
                Map.of("documentId", "sql://db/rows/2", "data", "two"))));

        assertThat(result.getException()).isNull();
        List<LoggedRequest> puts = coveo.findAll(putRequestedFor(urlPathEqualTo(BASE + "/sources/src-1/documents")));
        assertThat(puts).extracting(r -> r.queryParameter("documentId").firstValue())
                .containsExactlyInAnyOrder("sql://db/rows/1", "sql://db/rows/2");

        coveo.resetRequests();
        Exchange invalid = template.request("direct:push", e -> e.getMessage().setBody(List.of(
                Map.of("documentId", "sql://db/rows/3", "data", "three"), Map.of("data", "no id"))));
        assertThat(invalid.getException()).isInstanceOf(io.github.camelcoveo.push.error.InvalidDocumentException.class)
                .hasMessageContaining("element 1 of the 2");
        coveo.verify(0, anyRequestedFor(anyUrl()));
    }

    static byte[] zlib(byte[] raw) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater())) {
            deflater.write(raw);
        }
        return out.toByteArray();
    }
}
