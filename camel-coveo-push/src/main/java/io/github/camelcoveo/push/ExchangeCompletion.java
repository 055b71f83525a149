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

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.camelcoveo.push.batch.StreamLoader;
import io.github.camelcoveo.push.client.RetryPolicy;
import io.github.camelcoveo.push.document.OrderingIds;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.metrics.PushMetrics;
import io.github.camelcoveo.push.metrics.PushMetrics.Cause;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange of the producer's, from its arrival to Camel's callback: counts its items when it arrives and as
 * accepted or failed, by cause, when it completes; sets the result headers or the exception; and calls back on the
 * right thread.
 */
final class ExchangeCompletion {

    /** The producer's logger, which users configure (and the log test reads) for these lines. */
    private static final Logger LOG = LoggerFactory.getLogger(CoveoPushProducer.class);

    private final Exchange exchange;
    private final AsyncCallback callback;
    private final PushMetrics metrics;
    /** Read before anything else: a redelivery finds the orderingIds of its first delivery. */
    private final OrderingIds orderingIds;
    private String operation;
    private boolean streamed;
    private int items;

    ExchangeCompletion(Exchange exchange, AsyncCallback callback, PushMetrics metrics) {
        this.exchange = exchange;
        this.callback = callback;
        this.metrics = metrics;
        this.orderingIds = ExchangeOrderingIds.recall(exchange);
    }

    OrderingIds orderingIds() {
        return orderingIds;
    }

    /**
     * @param operation the exchange's operation, as the producer read it (the default one when it was invalid); the
     *                  documents of a load streamed from an Iterator or an Iterable are counted as it reads them
     */
    ExchangeCompletion admitted(CoveoPushOperation operation, Object body) {
        this.operation = operation.name();
        this.streamed = operation == CoveoPushOperation.load && !(body instanceof Collection<?>);
        if (!streamed) {
            this.items = body instanceof Collection<?> many ? many.size() : 1;
            metrics.admitted(this.operation, items);
        }
        return this;
    }

    /** A load's documents, each of a streamed load counted as admitted when the load reads it. */
    StreamLoader.Documents counted(StreamLoader.Documents documents) {
        return !streamed ? documents : () -> {
            PushDocument next = documents.next();
            if (next != null) {
                items++;
                metrics.admitted(operation, 1);
            }
            return next;
        };
    }

    /** Fails the exchange at once, on the caller's thread: nothing of it was sent. */
    boolean failed(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        exchange.setException(e);
        tally();
        callback.done(true);
        return true;
    }

    /**
     * Completes the exchange when {@code call} settles: at once if it has (with {@code synchronous}, after waiting for
     * it on this thread), else on a thread of the endpoint's, never on the HTTP worker that settled it, nor behind
     * another exchange of its batch: a route that blocks (or a synchronous redelivery that sleeps) holds only itself.
     */
    boolean when(CompletableFuture<SendResult> call, boolean synchronous, CoveoPushServices services) {
        if (synchronous) {
            awaitOnThisThread(call);
        }
        if (call.isDone()) {
            complete(call);
            callback.done(true);
            return true;
        }
        call.whenComplete((result, error) -> {
            Runnable finish = () -> {
                complete(call);
                callback.done(false);
            };
            if (error == null) {
                services.continueExchange(finish);
            } else {
                services.failures.fail(exchange, finish);
            }
        });
        return false;
    }

    /** Interrupted, the exchange goes on asynchronously, as it would without {@code synchronous}. */
    private static void awaitOnThisThread(CompletableFuture<SendResult> call) {
        try {
            call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // complete() reports it
        }
    }

    private void complete(CompletableFuture<SendResult> call) {
        try {
            SendResult result = call.join();
            if (result != null) { // null: an empty Collection body, nothing sent
                exchange.getMessage().setHeader(CoveoPushConstants.RESPONSE_STATUS, result.statusCode());
                exchange.getMessage().setHeader(CoveoPushConstants.CONTENT_TRANSPORT, result.transport().headerValue());
            }
        } catch (RuntimeException e) {
            ExchangeOrderingIds.keepOn(exchange, orderingIds);
            exchange.setException(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
        }
        tally();
    }

    private void tally() {
        Exception error = exchange.getException();
        if (error == null) {
            LOG.debug("{} of {} items of exchange {} accepted", operation, items, exchange.getExchangeId());
            metrics.accepted(operation, items);
            return;
        }
        LOG.debug("{} of {} items of exchange {} failed: {}", operation, items, exchange.getExchangeId(),
                error.getMessage());
        CoveoPushApiException api = error instanceof CoveoPushApiException e ? e : null;
        Cause cause = error instanceof InvalidDocumentException ? Cause.INVALID
                : error instanceof BatchRejectedException ? Cause.REJECTED
                : api == null ? Cause.OTHER
                : api.getAttempts() > 1 && (api.getStatusCode() == 0 || RetryPolicy.isTransient(api.getStatusCode()))
                        ? Cause.RETRIES_EXHAUSTED
                : api.getStatusCode() == 0 ? Cause.OTHER : Cause.REFUSED;
        String code = api == null ? null
                : api.getErrorCode() != null ? api.getErrorCode() : Integer.toString(api.getStatusCode());
        metrics.failed(operation, items, cause, code, error);
    }
}
