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

import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.metrics.PushMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLException;

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
 * One attempt of a JSON call to a Coveo API (the Push API, the Platform API), as {@link RetryingExecutor} runs it: the
 * answer, a {@link TransientFailure} to retry, or the refusal as a {@link CoveoPushApiException}, never holding the
 * API key.
 */
final class HttpCalls {

    private static final Logger LOG = LoggerFactory.getLogger(PushApiClient.class);
    private static final int MAX_SUCCESS_BODY = 16 * 1024;

    private final CloseableHttpClient http;
    private final String apiKey;
    private final PushMetrics metrics;

    HttpCalls(CloseableHttpClient http, String apiKey, PushMetrics metrics) {
        this.http = http;
        this.apiKey = apiKey;
        this.metrics = metrics;
    }

    /** The request with the API key and the JSON headers: only for a Coveo API host, never a file container. */
    HttpUriRequestBase withJson(HttpUriRequestBase request, RequestBody body) {
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
        request.setHeader(HttpHeaders.CONTENT_TYPE, ContentType.APPLICATION_JSON.getMimeType());
        request.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        if (body != null) {
            request.setEntity(new RequestBodyEntity(body, null));
        }
        return request;
    }

    PushApiResponse attempt(String operation, String documentId, HttpUriRequestBase request)
            throws TransientFailure, CoveoPushApiException {
        return attempt(operation, documentId, request, MAX_SUCCESS_BODY);
    }

    /** @param maxBody how much of a successful answer's body is read */
    PushApiResponse attempt(String operation, String documentId, HttpUriRequestBase request, int maxBody)
            throws TransientFailure, CoveoPushApiException {
        // written only for the debug log: a request's URI is parsed again to describe it
        String target = LOG.isDebugEnabled() ? request.getMethod() + " " + describe(request) : null;
        try {
            return http.execute(request, response -> {
                int status = response.getCode();
                LOG.debug("{} -> {}", target, status);
                metrics.request(operation, status, bodyLength(request));
                if (status >= 200 && status < 300) {
                    return new PushApiResponse(status, readBody(response, maxBody));
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
            metrics.request(operation, 0, bodyLength(request));
            throw new TransientFailure(null, new CoveoPushApiException(0, null, redact(textOf(e)), operation,
                    documentId, 1, null));
        }
    }

    private static long bodyLength(HttpUriRequestBase request) {
        return request.getEntity() == null ? 0 : Math.max(0, request.getEntity().getContentLength());
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

    /** The body of a success (a file container's JSON, a page of fields), or nothing. */
    private static String readBody(ClassicHttpResponse response, int maxBody) throws IOException {
        if (response.getEntity() == null) {
            return null;
        }
        try (InputStream in = response.getEntity().getContent()) {
            byte[] bytes = in.readNBytes(maxBody);
            EntityUtils.consumeQuietly(response.getEntity());
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** An exception's class and, when it has one, its message: some (a reset connection) have none. */
    static String textOf(Exception e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }

    /** Removes the API key from text that came from elsewhere (a server's message, an exception). */
    String redact(String text) {
        return text == null || apiKey == null || apiKey.isEmpty() ? text : text.replace(apiKey, "***");
    }
}
