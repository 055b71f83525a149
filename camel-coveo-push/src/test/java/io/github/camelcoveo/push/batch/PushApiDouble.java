package io.github.camelcoveo.push.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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

/** The Push API as WireMock plays it for batches: file containers, uploads, batch pushes; and what it received. */
final class PushApiDouble {

    static final String BASE = "/push/v1/organizations/org";
    static final String BATCH = BASE + "/sources/src/documents/batch";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockExtension wireMock;

    PushApiDouble(WireMockExtension wireMock) {
        this.wireMock = wireMock;
    }

    /** Every call accepted at once. */
    PushApiDouble reset() {
        wireMock.resetAll();
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202)));
        wireMock.stubFor(post(urlPathEqualTo(BASE + "/files")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{{#assign 'id'}}{{randomValue length=20 type='ALPHANUMERIC'}}{{/assign}}"
                          + "{\"uploadUri\":\"http://localhost:" + wireMock.getPort() + "/upload/{{id}}\","
                          + "\"fileId\":\"{{id}}\",\"requiredHeaders\":{\"x-amz-server-side-encryption\":\"AES256\","
                          + "\"Content-Type\":\"application/octet-stream\"}}")
                .withTransformers("response-template")));
        wireMock.stubFor(put(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200)));
        return this;
    }

    /** The batch push answers with this status (and body), after this delay. */
    PushApiDouble batchAnswers(int status, int delayMillis) {
        wireMock.stubFor(put(urlPathEqualTo(BATCH)).willReturn(aResponse().withStatus(status)
                .withFixedDelay(delayMillis).withBody("{\"errorCode\":\"TEST\",\"message\":\"refused by the test\"}")));
        return this;
    }

    String endpoint(String options) {
        return "coveo-push:src?organizationId=org&apiKey=RAW(batch-secret-key)&pushApiUrl=http://localhost:"
               + wireMock.getPort() + "/push/v1&retryInitialDelay=10&retryMaxDelay=50&maxRetries=1" + options;
    }

    /** The batch files pushed, in the order of their push requests, read from the uploads they name. */
    List<JsonNode> batches() {
        Map<String, LoggedRequest> uploads = new HashMap<>();
        for (LoggedRequest upload : wireMock.findAll(putRequestedFor(urlPathMatching("/upload/.*")))) {
            uploads.put(upload.getUrl().substring("/upload/".length()), upload);
        }
        List<JsonNode> batches = new ArrayList<>();
        for (LoggedRequest push : wireMock.findAll(putRequestedFor(urlPathEqualTo(BATCH)))) {
            LoggedRequest upload = uploads.get(push.queryParameter("fileId").firstValue());
            try {
                batches.add(JSON.readTree(upload.getBody()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return batches;
    }

    List<LoggedRequest> batchPushes() {
        return wireMock.findAll(putRequestedFor(urlPathEqualTo(BATCH)));
    }

    List<LoggedRequest> uploads() {
        return wireMock.findAll(putRequestedFor(urlPathMatching("/upload/.*")));
    }

    int requests() {
        return wireMock.findAll(anyRequestedFor(anyUrl())).size();
    }

    /** The documentIds of the addOrUpdate entries of every batch pushed. */
    static List<String> addedIds(List<JsonNode> batches) {
        List<String> ids = new ArrayList<>();
        batches.forEach(batch -> batch.path("addOrUpdate").forEach(doc -> ids.add(doc.path("documentId").asText())));
        return ids;
    }
}
