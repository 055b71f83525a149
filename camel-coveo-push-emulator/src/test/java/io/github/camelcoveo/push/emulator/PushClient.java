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
package io.github.camelcoveo.push.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A bare Push API client on java.net.http, for the tests. */
final class PushClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String pushApiUrl;
    private final String organizationId;
    private final String apiKey;

    PushClient(String pushApiUrl, String organizationId, String apiKey) {
        this.pushApiUrl = pushApiUrl;
        this.organizationId = organizationId;
        this.apiKey = apiKey;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String sourceUrl(String sourceId) {
        return pushApiUrl + "/organizations/" + organizationId + "/sources/" + sourceId;
    }

    HttpResponse<String> pushDocument(String sourceId, String documentId, String json) {
        return pushDocument(sourceId, documentId, json, "");
    }

    /** @param extraQuery e.g. {@code &orderingId=5} */
    HttpResponse<String> pushDocument(String sourceId, String documentId, String json, String extraQuery) {
        return send(authorized(sourceUrl(sourceId) + "/documents?documentId=" + encode(documentId) + extraQuery)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> pushDocument(String sourceId, String documentId, Map<String, ?> document, String extraQuery) {
        return pushDocument(sourceId, documentId, toJson(document), extraQuery);
    }

    HttpResponse<String> delete(String sourceId, String documentId, String extraQuery) {
        return send(authorized(sourceUrl(sourceId) + "/documents?documentId=" + encode(documentId) + extraQuery).DELETE());
    }

    HttpResponse<String> deleteOlderThan(String sourceId, long orderingId) {
        return send(authorized(sourceUrl(sourceId) + "/documents/olderthan?orderingId=" + orderingId + "&queueDelay=0").DELETE());
    }

    HttpResponse<String> setStatus(String sourceId, String statusType) {
        return send(authorized(sourceUrl(sourceId) + "/status?statusType=" + statusType)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> createFileContainer() {
        return send(authorized(pushApiUrl + "/organizations/" + organizationId + "/files")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Creates a container and uploads to it exactly as Coveo wants; returns the fileId. */
    String upload(byte[] content) {
        JsonNode container = json(createFileContainer());
        HttpResponse<String> response = uploadTo(container, content);
        if (response.statusCode() != 200) {
            throw new AssertionError("upload failed: " + response.statusCode() + " " + response.body());
        }
        return container.get("fileId").asText();
    }

    /** Uploads to a container that {@link #createFileContainer()} described, with its required headers. */
    static HttpResponse<String> uploadTo(JsonNode container, byte[] content) {
        HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create(container.get("uploadUri").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        container.get("requiredHeaders").fields().forEachRemaining(h -> upload.header(h.getKey(), h.getValue().asText()));
        return send(upload);
    }

    HttpResponse<String> pushBatch(String sourceId, String fileId, String extraQuery) {
        return send(authorized(sourceUrl(sourceId) + "/documents/batch?fileId=" + encode(fileId) + extraQuery)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code PUT /stream/update?fileId=} or {@code /stream/merge?fileId=} of a Catalog source. */
    HttpResponse<String> stream(String sourceId, String operation, String fileId, String extraQuery) {
        return send(authorized(sourceUrl(sourceId) + "/stream/" + operation + "?fileId=" + encode(fileId) + extraQuery)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** A {@code POST} under a source's {@code /stream/}: {@code open}, {@code {id}/chunk}, {@code {id}/close}... */
    HttpResponse<String> streamPost(String sourceId, String path) {
        return send(authorized(sourceUrl(sourceId) + "/stream/" + path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + apiKey);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
