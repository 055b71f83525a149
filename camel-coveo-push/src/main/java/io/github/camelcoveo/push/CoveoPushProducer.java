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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelcoveo.push.document.OrderingIds;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.client.RetryPolicy;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.metrics.PushMetrics;
import io.github.camelcoveo.push.metrics.PushMetrics.Cause;
import io.github.camelcoveo.push.operations.IdentityOperations;
import io.github.camelcoveo.push.operations.PushOperations;
import io.github.camelcoveo.push.security.IdentityReader;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each exchange into calls of the endpoint's {@link PushOperations} or {@link IdentityOperations}, and their
 * result into headers. Input is read and checked on the caller's thread ({@link ExchangeInput}), before any request;
 * the exchange completes when Coveo has accepted its part (for a batched document: the batch holding it), or fails
 * with the cause, on a thread of the endpoint's, never on the HTTP worker that settled it.
 * <p>
 * Back-pressure: when {@code maxPendingDocuments} documents wait for Coveo, the thread that hands the exchange over
 * (a consumer's thread) waits for room, up to {@code maxBlockTime}; the exchange then fails with a
 * {@link BatchRejectedException}, nothing of it sent.
 * <p>
 * A Collection body (from a splitter, an aggregator, a camel-sql query) is many documents, completed when all of them
 * were accepted; if one element is invalid, none is sent.
 */
public class CoveoPushProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(CoveoPushProducer.class);

    private WritableHealthCheckRepository healthCheckRepository;
    private CoveoPushProducerHealthCheck healthCheck;

    public CoveoPushProducer(CoveoPushEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CoveoPushEndpoint getEndpoint() {
        return (CoveoPushEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        FailureHandOff.arrived(exchange);
        OrderingIds orderingIds = ExchangeOrderingIds.recall(exchange);
        Tally tally = new Tally(getEndpoint(), exchange);
        CompletableFuture<SendResult> call;
        try {
            call = call(new ExchangeInput(exchange, getEndpoint()), orderingIds);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            exchange.setException(e);
            tally.done(exchange);
            callback.done(true);
            return true;
        }
        if (call.isDone()) {
            complete(exchange, call, orderingIds);
            tally.done(exchange);
            callback.done(true);
            return true;
        }
        // each exchange goes on in a thread of its own, never in the HTTP worker that settled it, nor behind another
        // exchange of its batch: a route that blocks (or a synchronous redelivery that sleeps) holds only itself
        call.whenComplete((result, error) -> {
            Runnable finish = () -> {
                complete(exchange, call, orderingIds);
                tally.done(exchange);
                callback.done(false);
            };
            if (error == null) {
                getEndpoint().continueExchange(finish);
            } else {
                getEndpoint().failures().fail(exchange, finish);
            }
        });
        return false;
    }

    private CompletableFuture<SendResult> call(ExchangeInput in, OrderingIds ids) throws Exception {
        PushOperations source = getEndpoint().operations();
        boolean many = in.body() instanceof Collection<?>;
        CoveoPushOperation operation = in.operation();
        return switch (operation) {
            case addOrUpdate -> many ? source.addOrUpdate(in.documents(), ids) : source.addOrUpdate(in.document(), ids);
            case delete -> many ? source.delete(in.documentIds(), in.deleteChildren(), ids)
                    : source.delete(in.documentId(), in.deleteChildren(), in.orderingId(), ids);
            case deleteOlderThan -> source.deleteOlderThan(in.olderThan(operation, "items"), in.queueDelay());
            case updateSourceStatus -> source.updateSourceStatus(in.sourceStatus().name());
            case addOrUpdateIdentity -> identities(in, operation).addOrUpdate(
                    IdentityReader.identities(in.body(), in.identityName(), in.identityType()), in.orderingId(), ids);
            case addOrUpdateAlias -> identities(in, operation).addOrUpdateAliases(
                    IdentityReader.aliases(in.body(), in.identityName(), in.identityType()), in.orderingId(), ids);
            case deleteIdentity -> identities(in, operation).delete(
                    IdentityReader.deletions(in.body(), in.identityName(), in.identityType()), in.orderingId(), ids);
            case deleteIdentitiesOlderThan -> identities(in, operation).deleteOlderThan(in.olderThan(operation, "identities"),
                    in.queueDelay());
            case partialUpdate -> source.partialUpdate(in.partialUpdates());
            case merge -> source.merge(many ? in.documents() : List.of(in.document()), ids);
            case load -> source.load(in.loadDocuments());
        };
    }

    private IdentityOperations identities(ExchangeInput in, CoveoPushOperation operation)
            throws InvalidDocumentException {
        in.requireSecurityProvider(operation);
        return getEndpoint().identities();
    }

    private static void complete(Exchange exchange, CompletableFuture<SendResult> call, OrderingIds orderingIds) {
        try {
            SendResult result = call.join();
            if (result != null) { // null: an empty Collection body, nothing sent
                exchange.getMessage().setHeader(CoveoPushConstants.RESPONSE_STATUS, result.statusCode());
                exchange.getMessage().setHeader(CoveoPushConstants.CONTENT_TRANSPORT, result.transport().headerValue());
            }
        } catch (CompletionException e) {
            ExchangeOrderingIds.keepOn(exchange, orderingIds);
            exchange.setException(e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            ExchangeOrderingIds.keepOn(exchange, orderingIds);
            exchange.setException(e);
        }
    }

    /** Counts an exchange's items when it arrives, and as accepted or failed, by cause, when it completes. */
    private static final class Tally {
        private final PushMetrics metrics;
        private final String operation;
        private final int items;

        Tally(CoveoPushEndpoint endpoint, Exchange exchange) {
            ExchangeInput in = new ExchangeInput(exchange, endpoint);
            String name;
            try {
                name = in.operation().name();
            } catch (InvalidDocumentException e) {
                name = endpoint.getConfiguration().getOperation().name(); // it fails as invalid, named after the default
            }
            this.metrics = endpoint.stats();
            this.operation = name;
            this.items = in.body() instanceof Collection<?> many ? many.size() : 1;
            metrics.admitted(operation, items);
        }

        void done(Exchange exchange) {
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

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new CoveoPushProducerHealthCheck(getEndpoint(), getEndpoint().getId());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        getEndpoint().flush(); // do not let a stopping route wait for the linger time
        super.doStop();
    }
}
