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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Operations whose items are known once read from the body: an identity CSV holds many, a partial update whose
     * value is an array is one, a load's documents come one at a time.
     */
    private static final Set<CoveoPushOperation> READ_FIRST = EnumSet.of(CoveoPushOperation.addOrUpdateIdentity,
            CoveoPushOperation.addOrUpdateAlias, CoveoPushOperation.deleteIdentity, CoveoPushOperation.partialUpdate,
            CoveoPushOperation.load);
    /** Operations on a whole source: one item, whatever the body. */
    private static final Set<CoveoPushOperation> SOURCE_WIDE = EnumSet.of(CoveoPushOperation.deleteOlderThan,
            CoveoPushOperation.updateSourceStatus, CoveoPushOperation.deleteIdentitiesOlderThan);

    private final Exchange exchange;
    private final AsyncCallback callback;
    private final PushMetrics metrics;
    /** Read before anything else: a redelivery finds the orderingIds of its first delivery. */
    private final OrderingIds orderingIds;
    private String operation;
    /** What the exchange counts as, and how many of them were counted as admitted so far. */
    private int items;
    private int reported;

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
     * Counts the exchange's items: a Collection body's elements, else one; for the operations that read their items
     * from the body ({@link #READ_FIRST}), what they read, once they have.
     *
     * @param operation the exchange's operation, as the producer read it (the default one when it was invalid)
     */
    ExchangeCompletion admitted(CoveoPushOperation operation, Object body) {
        this.operation = operation.name();
        this.items = body instanceof Collection<?> many && !SOURCE_WIDE.contains(operation) ? many.size() : 1;
        if (!READ_FIRST.contains(operation)) {
            report();
        }
        return this;
    }

    /** The items an operation read from the body, counted as the exchange's. */
    <T> List<T> counted(List<T> read) {
        items = read.size();
        report();
        return read;
    }

    /** A load's documents, each counted as admitted when the load reads it. */
    StreamLoader.Documents counted(StreamLoader.Documents documents) {
        int[] read = { 0 };
        return () -> {
            PushDocument next = documents.next();
            if (next != null) {
                items = ++read[0];
                report();
            }
            return next;
        };
    }

    private void report() {
        if (items > reported) {
            metrics.admitted(operation, items - reported);
            reported = items;
        }
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
        report(); // an operation that failed before it read its items counts as admission did
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
