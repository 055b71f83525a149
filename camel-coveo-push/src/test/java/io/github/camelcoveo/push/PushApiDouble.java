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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The Push API as WireMock plays it. Before each test it accepts everything as Coveo does (202), for any
 * organization, and serves file containers whose upload URLs are on this server; a test's own stubs (default
 * priority) win over these. It also reads back what the component sent: batch files, compressed bodies.
 */
public class PushApiDouble extends WireMockExtension {

    public static final String ORG = "org-1";
    public static final String API_KEY = "xx-test-key-7f3a9c";
    public static final String BASE = "/push/v1/organizations/" + ORG;
    /** Where the batched endpoint pushes its batch files. */
    public static final String BATCH = BASE + "/sources/src/documents/batch";
    /** Where a catalog endpoint of source {@code src} sends its update files. */
    public static final String STREAM_UPDATE = BASE + "/sources/src/stream/update";
    /** Where a catalog endpoint of source {@code src} sends its shallow merge files. */
    public static final String STREAM_MERGE = BASE + "/sources/src/stream/merge";
    /** The id of every load stream the double opens, and the paths of its calls on source {@code src}. */
    public static final String STREAM_ID = "stream-1";
    public static final String STREAM_OPEN = BASE + "/sources/src/stream/open";
    public static final String STREAM_CHUNK = BASE + "/sources/src/stream/" + STREAM_ID + "/chunk";
    public static final String STREAM_CLOSE = BASE + "/sources/src/stream/" + STREAM_ID + "/close";
    private static final ObjectMapper JSON = new ObjectMapper();

    public PushApiDouble() {
        this(wireMockConfig().dynamicPort());
    }

    public PushApiDouble(WireMockConfiguration options) {
        super(extensionOptions().options(options));
    }

    @Override
    protected void onBeforeEach(WireMockRuntimeInfo wireMockRuntimeInfo) {
        acceptAll("{{randomValue length=20 type='ALPHANUMERIC'}}");
    }

    /**
     * Accepts every call; every file container gets this id (a template), and an upload URL under /s3/ on this
     * server, named 127.0.0.1 rather than localhost: another host, as S3's is.
     */
    public PushApiDouble acceptAll(String fileId) {
        stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(202)));
        stubFor(post(urlPathMatching("/push/v1/organizations/[^/]+/files")).atPriority(6)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{{#assign 'id'}}" + fileId + "{{/assign}}"
                                  + "{\"uploadUri\":\"http://127.0.0.1:" + getPort()
                                  + "/s3/bucket/{{id}}?X-Amz-Signature=abc\","
                                  + "\"fileId\":\"{{id}}\",\"requiredHeaders\":{\"x-amz-server-side-encryption\":"
                                  + "\"AES256\",\"Content-Type\":\"application/octet-stream\"}}")
                        .withTransformers("response-template")));
        stubFor(put(urlPathMatching("/s3/.*")).atPriority(6).willReturn(aResponse().withStatus(200)));
        // the Stream API's load: open gives the stream's id with its first chunk's container, chunk gives the next
        stubFor(post(urlPathMatching("/push/v1/organizations/[^/]+/sources/[^/]+/stream/open")).atPriority(6)
                .willReturn(container(fileId, "\"streamId\":\"" + STREAM_ID + "\",")));
        stubFor(post(urlPathMatching("/push/v1/organizations/[^/]+/sources/[^/]+/stream/[^/]+/chunk")).atPriority(6)
                .willReturn(container(fileId, "")));
        return this;
    }

    private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder container(String fileId, String more) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{{#assign 'id'}}" + fileId + "{{/assign}}{" + more
                          + "\"uploadUri\":\"http://127.0.0.1:" + getPort() + "/s3/bucket/{{id}}?X-Amz-Signature=abc\","
                          + "\"fileId\":\"{{id}}\",\"requiredHeaders\":{\"x-amz-server-side-encryption\":"
                          + "\"AES256\",\"Content-Type\":\"application/octet-stream\"}}")
                .withTransformers("response-template");
    }

    /** The batch push answers with this status (and body), after this delay. */
    public PushApiDouble batchAnswers(int status, int delayMillis) {
        stubFor(put(urlPathEqualTo(BATCH)).willReturn(aResponse().withStatus(status)
                .withFixedDelay(delayMillis).withBody("{\"errorCode\":\"TEST\",\"message\":\"refused by the test\"}")));
        return this;
    }

    /** The call to {@code path} (a PUT, such as {@link #STREAM_UPDATE}) answers with this status, after this delay. */
    public PushApiDouble putAnswers(String path, int status, int delayMillis) {
        stubFor(put(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withFixedDelay(delayMillis).withBody("{\"errorCode\":\"TEST\",\"message\":\"refused by the test\"}")));
        return this;
    }

    /** A batched catalog endpoint of source {@code src} that gives up quickly, followed by {@code options}. */
    public String catalogEndpoint(String options) {
        return batchedEndpoint("&sourceType=catalog" + options);
    }

    public String pushApiUrl() {
        return "http://localhost:" + getPort() + "/push/v1";
    }

    /** An endpoint of {@link #ORG} for one document per request, with {@code extra} options ({@code a=b&c=d}). */
    public String endpoint(String source, String extra) {
        return "coveo-push:" + source + "?organizationId=" + ORG + "&apiKey=RAW(" + API_KEY + ")&pushApiUrl="
               + pushApiUrl() + "&batch=false&retryInitialDelay=10"
               + (extra.contains("retryMaxDelay=") ? "" : "&retryMaxDelay=2000")
               + (extra.isEmpty() ? "" : "&" + extra);
    }

    /** A batched endpoint of source {@code src} that gives up quickly, followed by {@code options} ({@code &a=b}). */
    public String batchedEndpoint(String options) {
        return "coveo-push:src?organizationId=" + ORG + "&apiKey=RAW(" + API_KEY + ")&pushApiUrl=" + pushApiUrl()
               + "&retryInitialDelay=10&retryMaxDelay=50&maxRetries=1" + options;
    }

    /** The batch files pushed, in the order of their push requests, read from the uploads they name. */
    public List<JsonNode> batches() {
        return filesSentTo(BATCH);
    }

    /** The files named by the PUTs to {@code path} ({@link #STREAM_UPDATE}, {@link #STREAM_MERGE}), in their order. */
    public List<JsonNode> filesSentTo(String path) {
        Map<String, LoggedRequest> uploads = uploads().stream()
                .collect(Collectors.toMap(upload -> upload.getUrl().split("[/?]")[3], Function.identity()));
        List<JsonNode> batches = new ArrayList<>();
        for (LoggedRequest push : findAll(putRequestedFor(urlPathEqualTo(path)))) {
            try {
                batches.add(JSON.readTree(uploads.get(push.queryParameter("fileId").firstValue()).getBody()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return batches;
    }

    public List<LoggedRequest> batchPushes() {
        return findAll(putRequestedFor(urlPathEqualTo(BATCH)));
    }

    public List<LoggedRequest> uploads() {
        return findAll(putRequestedFor(urlPathMatching("/s3/.*")));
    }

    public int requests() {
        return findAll(anyRequestedFor(anyUrl())).size();
    }

    /** The documentIds of the addOrUpdate entries of every batch pushed. */
    public static List<String> addedIds(List<JsonNode> batches) {
        List<String> ids = new ArrayList<>();
        batches.forEach(batch -> batch.path("addOrUpdate").forEach(doc -> ids.add(doc.path("documentId").asText())));
        return ids;
    }

    public static byte[] inflate(byte[] compressed, String compressionType) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(compressed);
        try (InputStream in = switch (compressionType) {
            case "ZLIB" -> new InflaterInputStream(bytes);
            case "DEFLATE" -> new InflaterInputStream(bytes, new Inflater(true));
            case "GZIP" -> new GZIPInputStream(bytes);
            case "UNCOMPRESSED" -> bytes;
            default -> throw new IllegalArgumentException(compressionType);
        }) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] decodeBinary(String base64, String compressionType) {
        return inflate(Base64.getDecoder().decode(base64), compressionType);
    }
}
