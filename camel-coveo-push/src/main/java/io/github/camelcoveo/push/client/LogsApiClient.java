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
package io.github.camelcoveo.push.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.error.CoveoPushApiException;

/**
 * Reads an organization's indexing pipeline logs through the Logs API ("Get indexing pipeline logs",
 * docs.coveo.com/en/59), with the Push API client's key, retries and error mapping.
 */
public final class LogsApiClient {

    /** Pages read for one query at most: 100,000 entries, as many as a log keeps. */
    static final int MAX_PAGES = 1000;
    private static final int PER_PAGE = 100;

    /**
     * One log entry: {@code id} is the item's documentId (a batch file's fileId for its {@code BATCH_FILE} entry);
     * {@code fileId} the batch that carried the item, or null; {@code message} the error or reason Coveo gave.
     */
    public record Entry(String id, String sourceId, String task, String operation, String result, Long orderingId,
                        String fileId, String message, JsonNode meta) {
    }

    private final PushApiClient client;
    private final PushApiUrls urls;

    /** @param urls the Logs API base ({@link PushApiUrls#logsUrl}) and the organization */
    public LogsApiClient(PushApiClient client, PushApiUrls urls) {
        this.client = client;
        this.urls = urls;
    }

    /** Every entry of the source between {@code from} and {@code to} (at most 7 days apart), oldest first. */
    public CompletableFuture<List<Entry>> entries(String sourceId, Instant from, Instant to) {
        RequestBody body = RequestBody.of(("{\"sourcesIds\":[" + Json.MAPPER.valueToTree(sourceId) + "]}")
                .getBytes(StandardCharsets.UTF_8));
        return page(body, from, to, 0, new ArrayList<>());
    }

    private CompletableFuture<List<Entry>> page(RequestBody body, Instant from, Instant to, int page,
                                                List<Entry> entries) {
        URI uri = urls.resolve(List.of(), Map.of("from", from.toString(), "to", to.toString(),
                "page", Integer.toString(page), "perPage", Integer.toString(PER_PAGE)));
        return client.queryLogs(uri, body).thenCompose(response -> {
            JsonNode answer = parse(response);
            answer.path("documentLogEntries").forEach(entry -> entries.add(entry(entry)));
            return answer.path("hasNextPage").asBoolean(false) && page + 1 < MAX_PAGES
                    ? page(body, from, to, page + 1, entries) : CompletableFuture.completedFuture(entries);
        });
    }

    private static JsonNode parse(PushApiResponse response) {
        try {
            return Json.MAPPER.readTree(response.body() == null ? "{}" : response.body());
        } catch (IOException e) {
            throw new CompletionException(new CoveoPushApiException(response.statusCode(), "INVALID_RESPONSE",
                    "unreadable Logs API answer: " + e.getClass().getSimpleName(), "getIndexingLogs", null, 1, null));
        }
    }

    private static Entry entry(JsonNode entry) {
        JsonNode meta = entry.path("meta");
        JsonNode ordering = meta.path("orderingId");
        String message = meta.hasNonNull("error") ? meta.get("error").asText() : meta.path("reason").asText(null);
        return new Entry(entry.path("id").asText(null), entry.path("sourceId").asText(null),
                entry.path("task").asText(null), entry.path("operation").asText(null),
                entry.path("result").asText(null), ordering.canConvertToLong() ? ordering.asLong() : null,
                meta.path("fileId").asText(null), message, meta);
    }
}
