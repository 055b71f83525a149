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

import io.github.camelcoveo.push.budget.CoveoApi;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The Push API calls the component makes. Every method returns at once; the call runs on the worker pool and is
 * retried on transient failures. The API key goes only to the Push API base URL, never to a file container.
 */
public final class PushApiClient implements AutoCloseable {

    private final PushApiUrls urls;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    private final RetryingExecutor executor;
    private final ObjectMapper json = Json.MAPPER;
    private final PushApiHealth health = new PushApiHealth();
    private final HttpCalls calls;

    public PushApiClient(PushApiUrls urls, String apiKey, HttpClientSettings settings, RetryingExecutor executor) {
        this.urls = urls;
        this.ownsHttp = settings.provided() == null;
        this.http = ownsHttp ? HttpClients.create(settings) : settings.provided();
        this.executor = executor;
        this.calls = new HttpCalls(http, apiKey, executor.metrics());
    }

    /** What the calls made so far say about the Push API's health. */
    public PushApiHealth health() {
        return health;
    }

    /** PUT one document: {@code body} is its JSON. */
    public CompletableFuture<PushApiResponse> pushDocument(String sourceId, String documentId, Long orderingId,
                                                           String compressionType, RequestBody body) {
        URI uri = urls.resolve(List.of("sources", sourceId, "documents"),
                query("documentId", documentId, "orderingId", text(orderingId), "compressionType", compressionType));
        return call("addOrUpdate", documentId, () -> calls.withJson(new HttpPut(uri), body));
    }

    public CompletableFuture<PushApiResponse> deleteDocument(String sourceId, String documentId, boolean deleteChildren,
                                                             Long orderingId) {
        URI uri = urls.resolve(List.of("sources", sourceId, "documents"), query("documentId", documentId,
                "deleteChildren", deleteChildren ? "true" : null, "orderingId", text(orderingId)));
        return call("delete", documentId, () -> calls.withJson(new HttpDelete(uri), null));
    }

    public CompletableFuture<PushApiResponse> deleteOlderThan(String sourceId, long orderingId, Integer queueDelay) {
        URI uri = urls.resolve(List.of("sources", sourceId, "documents", "olderthan"),
                query("orderingId", Long.toString(orderingId), "queueDelay", text(queueDelay)));
        return call("deleteOlderThan", null, () -> calls.withJson(new HttpDelete(uri), null));
    }

    public CompletableFuture<PushApiResponse> updateSourceStatus(String sourceId, String statusType) {
        URI uri = urls.resolve(List.of("sources", sourceId, "status"), Map.of("statusType", statusType));
        return call("updateSourceStatus", null, () -> calls.withJson(new HttpPost(uri), null));
    }

    public CompletableFuture<FileContainer> createFileContainer(String documentId) {
        URI uri = urls.resolve(List.of("files"), Map.of());
        return call("createFileContainer", documentId, () -> calls.withJson(new HttpPost(uri), null))
                .thenApply(response -> parseContainer(response, documentId));
    }

    /** PUT raw bytes to a file container, with only the headers Coveo required: no API key. */
    public CompletableFuture<PushApiResponse> upload(FileContainer container, RequestBody body, String documentId) {
        return call("uploadToFileContainer", documentId, () -> {
            HttpPut put = ownsHttp ? SignedUpload.put(container.uploadUri()) : new HttpPut(container.uploadUri());
            container.requiredHeaders().forEach(put::setHeader);
            put.setEntity(new RequestBodyEntity(body, null));
            return put;
        });
    }

    /** Uploads {@code body} to a new file container of its own and gives its fileId. */
    public CompletableFuture<String> uploadToOwnContainer(RequestBody body, String documentId) {
        return uploadToNewContainer(body, documentId, container -> CompletableFuture.completedFuture(container.fileId()));
    }

    /**
     * Creates a file container, uploads {@code body} to it, then calls {@code then} with it (to push the batch it
     * holds): a failure after the container was created, of the upload or of {@code then}, names its fileId.
     */
    public <T> CompletableFuture<T> uploadToNewContainer(RequestBody body, String documentId,
                                                         Function<FileContainer, CompletableFuture<T>> then) {
        return createFileContainer(documentId).thenCompose(container -> upload(container, body, documentId)
                .thenCompose(uploaded -> then.apply(container))
                .handle((result, error) -> {
                    if (error == null) {
                        return result;
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    throw new CompletionException(cause instanceof CoveoPushApiException api
                            ? api.inFileContainer(container.fileId()) : cause);
                }));
    }

    public CompletableFuture<PushApiResponse> pushBatch(String sourceId, String fileId, Long orderingId) {
        return putFile("pushBatch", List.of("sources", sourceId, "documents", "batch"), fileId, orderingId);
    }

    /** PUT what the file container {@code fileId} holds to {@code path}, with the orderingId if there is one. */
    private CompletableFuture<PushApiResponse> putFile(String kind, List<String> path, String fileId,
                                                       Long orderingId) {
        URI uri = urls.resolve(path, query("fileId", fileId, "orderingId", text(orderingId)));
        return call(kind, null, () -> calls.withJson(new HttpPut(uri), null));
    }

    // --- catalog sources: the Stream API, under /sources/{sourceId}/stream [docs.coveo.com/en/p48b0322] ---------

    /** PUT an update file ({@code addOrUpdate}, {@code delete}, {@code partialUpdate}) uploaded to a file container. */
    public CompletableFuture<PushApiResponse> streamUpdate(String sourceId, String fileId) {
        return putFile("streamUpdate", List.of("sources", sourceId, "stream", "update"), fileId, null);
    }

    /** PUT a shallow merge file ({@code addOrUpdate}: create each item, or add the fields it misses). */
    public CompletableFuture<PushApiResponse> streamMerge(String sourceId, String fileId) {
        return putFile("streamMerge", List.of("sources", sourceId, "stream", "merge"), fileId, null);
    }

    /** POST the deletion of every catalog item older than {@code epochMillis}. */
    public CompletableFuture<PushApiResponse> streamDeleteOlderThan(String sourceId, long epochMillis,
                                                                    Integer queueDelay) {
        URI uri = urls.resolve(List.of("sources", sourceId, "stream", "deleteolderthan", Long.toString(epochMillis)),
                query("queueDelay", text(queueDelay)));
        return call("streamDeleteOlderThan", null, () -> calls.withJson(new HttpPost(uri), null));
    }

    /** POST stream/open: a full load begins; the answer holds the stream's id and its first chunk's container. */
    public CompletableFuture<OpenedStream> openStream(String sourceId) {
        URI uri = urls.resolve(List.of("sources", sourceId, "stream", "open"), Map.of());
        return call("openStream", null, () -> calls.withJson(new HttpPost(uri), null)).thenApply(response -> {
            FileContainer container = parseContainer(response, null);
            String streamId;
            try {
                streamId = json.readTree(response.body()).path("streamId").asText(null);
            } catch (IOException e) {
                streamId = null;
            }
            if (streamId == null) {
                throw new CompletionException(new CoveoPushApiException(response.statusCode(), null,
                        "Coveo opened a stream without giving its streamId", "openStream", null, 1, null));
            }
            return new OpenedStream(streamId, container);
        });
    }

    /** POST stream/{streamId}/chunk: the file container of the stream's next chunk. */
    public CompletableFuture<FileContainer> streamChunk(String sourceId, String streamId) {
        URI uri = urls.resolve(List.of("sources", sourceId, "stream", streamId, "chunk"), Map.of());
        return call("streamChunk", null, () -> calls.withJson(new HttpPost(uri), null))
                .thenApply(response -> parseContainer(response, null));
    }

    /** POST stream/{streamId}/close: the load is complete; Coveo then removes the items it did not hold. */
    public CompletableFuture<PushApiResponse> closeStream(String sourceId, String streamId) {
        URI uri = urls.resolve(List.of("sources", sourceId, "stream", streamId, "close"), Map.of());
        return call("closeStream", null, () -> calls.withJson(new HttpPost(uri), null));
    }

    // --- security identities, under /providers/{providerId} [docs.coveo.com/en/167, /en/142, /en/55] -----------

    /** PUT one security identity with its members and well-knowns: {@code body} is its IdentityBody JSON. */
    public CompletableFuture<PushApiResponse> putIdentity(String providerId, RequestBody body, Long orderingId,
                                                          String identity) {
        return onIdentity("addOrUpdateIdentity", HttpPut::new, "permissions", providerId, body, orderingId, identity);
    }

    /** PUT one alias: {@code body} is its MappedIdentityBody JSON. */
    public CompletableFuture<PushApiResponse> putAlias(String providerId, RequestBody body, Long orderingId,
                                                       String identity) {
        return onIdentity("addOrUpdateAlias", HttpPut::new, "mappings", providerId, body, orderingId, identity);
    }

    /** DELETE one security identity: {@code body} is its BaseIdentityBody JSON, {@code {"identity": {...}}}. */
    public CompletableFuture<PushApiResponse> deleteIdentity(String providerId, RequestBody body, Long orderingId,
                                                             String identity) {
        return onIdentity("deleteIdentity", HttpDelete::new, "permissions", providerId, body, orderingId, identity);
    }

    private CompletableFuture<PushApiResponse> onIdentity(String kind, Function<URI, HttpUriRequestBase> method,
                                                          String path, String providerId, RequestBody body,
                                                          Long orderingId, String identity) {
        URI uri = urls.resolve(List.of("providers", providerId, path), query("orderingId", text(orderingId)));
        return call(kind, identity, () -> calls.withJson(method.apply(uri), body));
    }

    /** DELETE every security identity of the provider whose orderingId is older than the given one. */
    public CompletableFuture<PushApiResponse> deleteIdentitiesOlderThan(String providerId, long orderingId,
                                                                        Integer queueDelay) {
        URI uri = urls.resolve(List.of("providers", providerId, "permissions", "olderthan"),
                query("orderingId", Long.toString(orderingId), "queueDelay", text(queueDelay)));
        return call("deleteIdentitiesOlderThan", null, () -> calls.withJson(new HttpDelete(uri), null));
    }

    /** PUT a batch of security identities uploaded to a file container. */
    public CompletableFuture<PushApiResponse> pushIdentityBatch(String providerId, String fileId, Long orderingId) {
        return putFile("pushIdentityBatch", List.of("providers", providerId, "permissions", "batch"), fileId,
                orderingId);
    }

    /**
     * POSTs a query of the indexing logs [docs.coveo.com/en/59] to {@code uri}, a Logs API URL on a Coveo host (or a
     * checked override). Its answers leave {@link #health()} alone: a key that may push but not read logs is healthy.
     */
    public CompletableFuture<PushApiResponse> queryLogs(URI uri, RequestBody body) {
        // a page of 100 log entries is far over what other answers hold
        return executor.submit(CoveoApi.LOGS, "getIndexingLogs", () -> calls.attempt("getIndexingLogs", null,
                calls.withJson(new HttpPost(uri), body), 1024 * 1024));
    }

    /** A query of names and values, in this order: a null value is left out of the URL. */
    private static Map<String, String> query(String... namesAndValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @FunctionalInterface
    private interface RequestFactory {
        HttpUriRequestBase create();
    }

    private CompletableFuture<PushApiResponse> call(String operation, String documentId, RequestFactory factory) {
        return executor.submit(operation, () -> execute(operation, documentId, factory.create()));
    }

    private PushApiResponse execute(String operation, String documentId, HttpUriRequestBase request)
            throws TransientFailure, CoveoPushApiException {
        try {
            PushApiResponse response = calls.attempt(operation, documentId, request);
            health.succeeded();
            return response;
        } catch (TransientFailure failure) {
            health.failed(failure.whenExhausted());
            throw failure;
        } catch (CoveoPushApiException error) {
            health.failed(error);
            throw error;
        }
    }

    private FileContainer parseContainer(PushApiResponse response, String documentId) {
        try {
            JsonNode node = json.readTree(response.body());
            Map<String, String> headers = new LinkedHashMap<>();
            JsonNode required = node.path("requiredHeaders");
            required.fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
            String uploadUri = node.path("uploadUri").asText(null);
            String fileId = node.path("fileId").asText(null);
            if (uploadUri == null || fileId == null) {
                throw new IllegalStateException("no uploadUri or fileId");
            }
            return new FileContainer(URI.create(uploadUri), fileId, headers);
        } catch (IOException | RuntimeException e) {
            throw new CompletionException(new CoveoPushApiException(response.statusCode(),
                    "INVALID_RESPONSE", "unreadable file container: " + HttpCalls.textOf(e), "createFileContainer",
                    documentId, 1, null));
        }
    }

    /** Removes the API key from text that came from elsewhere (a server's message, an exception). */
    String redact(String text) {
        return calls.redact(text);
    }

    /** The calls of this client's HTTP client and API key, for the other Coveo APIs the component calls. */
    HttpCalls calls() {
        return calls;
    }

    /**
     * Runs one call to another Coveo API on the worker pool, retried on transient failures and admitted by the budget
     * as one of {@code api}'s requests; not counted in the Push API's health.
     */
    CompletableFuture<PushApiResponse> submit(CoveoApi api, String operation, Supplier<HttpUriRequestBase> request,
                                              int maxBody) {
        return executor.submit(api, operation, () -> calls.attempt(operation, null, request.get(), maxBody));
    }

    @Override
    public void close() throws IOException {
        if (ownsHttp) {
            http.close();
        }
    }
}
