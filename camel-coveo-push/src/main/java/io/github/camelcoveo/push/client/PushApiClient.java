package io.github.camelcoveo.push.client;

import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Push API calls the component makes. Every method returns at once; the call runs on the worker pool and is
 * retried on transient failures. The API key goes only to the Push API base URL, never to a file container.
 */
public final class PushApiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PushApiClient.class);
    /** Enough for a Logs API page of 100 entries; other answers are much smaller. */
    private static final int MAX_SUCCESS_BODY = 1024 * 1024;

    private final PushApiUrls urls;
    private final String apiKey;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    private final RetryingExecutor executor;
    private final ObjectMapper json = Json.MAPPER;
    private final PushApiHealth health = new PushApiHealth();

    public PushApiClient(PushApiUrls urls, String apiKey, HttpClientSettings settings, RetryingExecutor executor) {
        this.urls = urls;
        this.apiKey = apiKey;
        this.ownsHttp = settings.provided() == null;
        this.http = ownsHttp ? HttpClients.create(settings) : settings.provided();
        this.executor = executor;
    }

    public PushApiUrls urls() {
        return urls;
    }

    /** What the calls made so far say about the Push API's health. */
    public PushApiHealth health() {
        return health;
    }

    /** PUT one document: {@code body} is its JSON. */
    public CompletableFuture<PushApiResponse> pushDocument(String sourceId, String documentId, Long orderingId,
                                                           String compressionType, RequestBody body) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("documentId", documentId);
        query.put("orderingId", orderingId == null ? null : orderingId.toString());
        query.put("compressionType", compressionType);
        URI uri = urls.resolve(List.of("sources", sourceId, "documents"), query);
        return call("addOrUpdate", documentId, () -> withJson(new HttpPut(uri), body));
    }

    public CompletableFuture<PushApiResponse> deleteDocument(String sourceId, String documentId, boolean deleteChildren,
                                                             Long orderingId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("documentId", documentId);
        query.put("deleteChildren", deleteChildren ? "true" : null);
        query.put("orderingId", orderingId == null ? null : orderingId.toString());
        URI uri = urls.resolve(List.of("sources", sourceId, "documents"), query);
        return call("delete", documentId, () -> withJson(new HttpDelete(uri), null));
    }

    public CompletableFuture<PushApiResponse> deleteOlderThan(String sourceId, long orderingId, Integer queueDelay) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("orderingId", Long.toString(orderingId));
        query.put("queueDelay", queueDelay == null ? null : queueDelay.toString());
        URI uri = urls.resolve(List.of("sources", sourceId, "documents", "olderthan"), query);
        return call("deleteOlderThan", null, () -> withJson(new HttpDelete(uri), null));
    }

    public CompletableFuture<PushApiResponse> updateSourceStatus(String sourceId, String statusType) {
        URI uri = urls.resolve(List.of("sources", sourceId, "status"), Map.of("statusType", statusType));
        return call("updateSourceStatus", null, () -> withJson(new HttpPost(uri), null));
    }

    public CompletableFuture<FileContainer> createFileContainer(String documentId) {
        URI uri = urls.resolve(List.of("files"), Map.of());
        return call("createFileContainer", documentId, () -> withJson(new HttpPost(uri), null))
                .thenApply(response -> parseContainer(response, documentId));
    }

    /** PUT raw bytes to a file container, with only the headers Coveo required: no API key. */
    public CompletableFuture<PushApiResponse> upload(FileContainer container, RequestBody body, String documentId) {
        return call("uploadToFileContainer", documentId, () -> {
            HttpPut put = new HttpPut(container.uploadUri());
            container.requiredHeaders().forEach(put::setHeader);
            put.setEntity(new RequestBodyEntity(body, null));
            return put;
        });
    }

    /**
     * Creates a file container and uploads {@code body} to it: the container, once it holds the body. A failure after
     * the container was created names its fileId.
     */
    public CompletableFuture<FileContainer> uploadToNewContainer(RequestBody body, String documentId) {
        return createFileContainer(documentId).thenCompose(container -> upload(container, body, documentId)
                .handle((uploaded, error) -> {
                    if (error == null) {
                        return container;
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    throw new CompletionException(cause instanceof CoveoPushApiException api
                            ? api.inFileContainer(container.fileId()) : cause);
                }));
    }

    public CompletableFuture<PushApiResponse> pushBatch(String sourceId, String fileId, Long orderingId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fileId", fileId);
        query.put("orderingId", orderingId == null ? null : orderingId.toString());
        URI uri = urls.resolve(List.of("sources", sourceId, "documents", "batch"), query);
        return call("pushBatch", null, () -> withJson(new HttpPut(uri), null));
    }

    // --- security identities, under /providers/{providerId} [docs.coveo.com/en/167, /en/142, /en/55] -----------

    /** PUT one security identity with its members and well-knowns: {@code body} is its IdentityBody JSON. */
    public CompletableFuture<PushApiResponse> putIdentity(String providerId, RequestBody body, Long orderingId,
                                                          String identity) {
        URI uri = urls.resolve(List.of("providers", providerId, "permissions"), ordering(orderingId));
        return call("addOrUpdateIdentity", identity, () -> withJson(new HttpPut(uri), body));
    }

    /** PUT one alias: {@code body} is its MappedIdentityBody JSON. */
    public CompletableFuture<PushApiResponse> putAlias(String providerId, RequestBody body, Long orderingId,
                                                       String identity) {
        URI uri = urls.resolve(List.of("providers", providerId, "mappings"), ordering(orderingId));
        return call("addOrUpdateAlias", identity, () -> withJson(new HttpPut(uri), body));
    }

    /** DELETE one security identity: {@code body} is its BaseIdentityBody JSON, {@code {"identity": {...}}}. */
    public CompletableFuture<PushApiResponse> deleteIdentity(String providerId, RequestBody body, Long orderingId,
                                                             String identity) {
        URI uri = urls.resolve(List.of("providers", providerId, "permissions"), ordering(orderingId));
        return call("deleteIdentity", identity, () -> withJson(new HttpDelete(uri), body));
    }

    /** DELETE every security identity of the provider whose orderingId is older than the given one. */
    public CompletableFuture<PushApiResponse> deleteIdentitiesOlderThan(String providerId, long orderingId,
                                                                        Integer queueDelay) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("orderingId", Long.toString(orderingId));
        query.put("queueDelay", queueDelay == null ? null : queueDelay.toString());
        URI uri = urls.resolve(List.of("providers", providerId, "permissions", "olderthan"), query);
        return call("deleteIdentitiesOlderThan", null, () -> withJson(new HttpDelete(uri), null));
    }

    /** PUT a batch of security identities uploaded to a file container. */
    public CompletableFuture<PushApiResponse> pushIdentityBatch(String providerId, String fileId, Long orderingId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fileId", fileId);
        query.put("orderingId", orderingId == null ? null : orderingId.toString());
        URI uri = urls.resolve(List.of("providers", providerId, "permissions", "batch"), query);
        return call("pushIdentityBatch", null, () -> withJson(new HttpPut(uri), null));
    }

    /**
     * POSTs a query of the indexing logs [docs.coveo.com/en/59] to {@code uri}, a Logs API URL on a Coveo host (or a
     * checked override). Its answers leave {@link #health()} alone: a key that may push but not read logs is healthy.
     */
    public CompletableFuture<PushApiResponse> queryLogs(URI uri, RequestBody body) {
        return executor.submit("getIndexingLogs", () -> attempt("getIndexingLogs", null,
                withJson(new HttpPost(uri), body)));
    }

    private static Map<String, String> ordering(Long orderingId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("orderingId", orderingId == null ? null : orderingId.toString());
        return query;
    }

    private HttpUriRequestBase withJson(HttpUriRequestBase request, RequestBody body) {
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
        request.setHeader(HttpHeaders.CONTENT_TYPE, ContentType.APPLICATION_JSON.getMimeType());
        request.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        if (body != null) {
            request.setEntity(new RequestBodyEntity(body, null));
        }
        return request;
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
            PushApiResponse response = attempt(operation, documentId, request);
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

    private PushApiResponse attempt(String operation, String documentId, HttpUriRequestBase request)
            throws TransientFailure, CoveoPushApiException {
        String target = request.getMethod() + " " + describe(request);
        try {
            return http.execute(request, response -> {
                int status = response.getCode();
                LOG.debug("{} -> {}", target, status);
                if (status >= 200 && status < 300) {
                    return new PushApiResponse(status, readBody(response));
                }
                throw new HttpFailure(failure(operation, documentId, status, response));
            });
        } catch (HttpFailure failure) {
            CoveoPushApiException error = failure.error;
            if (RetryPolicy.isTransient(error.getStatusCode())) {
                throw new TransientFailure(failure.retryAfter, error);
            }
            throw error;
        } catch (UnknownHostException | SSLException e) {
            throw new CoveoPushApiException(0, null, redact(textOf(e)), operation, documentId, 1, null);
        } catch (IOException e) {
            LOG.debug("{} failed: {}", target, e.toString());
            throw new TransientFailure(null, new CoveoPushApiException(0, null, redact(textOf(e)), operation,
                    documentId, 1, null));
        }
    }

    private static String describe(HttpUriRequestBase request) {
        try {
            URI uri = request.getUri();
            return uri.getScheme() + "://" + uri.getAuthority() + uri.getRawPath();
        } catch (Exception e) {
            return request.getRequestUri();
        }
    }

    /** Carries a non-2xx answer out of the response handler, which may only throw IOException. */
    private static final class HttpFailure extends IOException {
        private final transient CoveoPushApiException error;
        private final Duration retryAfter;

        HttpFailure(FailureDetails details) {
            super(details.error.getMessage(), null);
            this.error = details.error;
            this.retryAfter = details.retryAfter;
        }
    }

    private record FailureDetails(CoveoPushApiException error, Duration retryAfter) {
    }

    private FailureDetails failure(String operation, String documentId, int status, ClassicHttpResponse response)
            throws IOException {
        ErrorBody body = response.getEntity() == null ? new ErrorBody(null, null) : readError(response);
        Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        Duration wait = retryAfter == null ? null : RetryPolicy.parseRetryAfter(retryAfter.getValue(), Instant.now());
        return new FailureDetails(new CoveoPushApiException(status, redact(body.errorCode()), body.message(),
                operation, documentId, 1, null), wait);
    }

    private ErrorBody readError(ClassicHttpResponse response) throws IOException {
        try (InputStream in = response.getEntity().getContent()) {
            ErrorBody body = ErrorBody.read(in, this::redact);
            EntityUtils.consumeQuietly(response.getEntity());
            return body;
        }
    }

    /** The body of a success: a file container's JSON, or nothing. */
    private static String readBody(ClassicHttpResponse response) throws IOException {
        if (response.getEntity() == null) {
            return null;
        }
        try (InputStream in = response.getEntity().getContent()) {
            byte[] bytes = in.readNBytes(MAX_SUCCESS_BODY);
            EntityUtils.consumeQuietly(response.getEntity());
            return new String(bytes, StandardCharsets.UTF_8);
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
                    "INVALID_RESPONSE", "unreadable file container: " + textOf(e), "createFileContainer",
                    documentId, 1, null));
        }
    }

    /** An exception's class and, when it has one, its message: some (a reset connection) have none. */
    private static String textOf(Exception e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }

    /** Removes the API key from text that came from elsewhere (a server's message, an exception). */
    String redact(String text) {
        return text == null || apiKey == null || apiKey.isEmpty() ? text : text.replace(apiKey, "***");
    }

    @Override
    public void close() throws IOException {
        if (ownsHttp) {
            http.close();
        }
    }
}
