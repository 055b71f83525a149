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

import io.github.camelcoveo.push.document.OrderingIds;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.operations.IdentityOperations;
import io.github.camelcoveo.push.operations.PushOperations;
import io.github.camelcoveo.push.security.IdentityReader;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Turns each exchange into calls of the endpoint's {@link PushOperations} or {@link IdentityOperations}, and their
 * result into headers. Input is read and checked on the caller's thread ({@link ExchangeInput}), before any request;
 * the exchange completes when Coveo has accepted its part (for a batched document: the batch holding it), or fails
 * with the cause, on a thread of the endpoint's, never on the HTTP worker that settled it; with {@code synchronous},
 * on the caller's thread, which made the call.
 * <p>
 * Back-pressure: when {@code maxPendingDocuments} documents wait for Coveo, the thread that hands the exchange over
 * (a consumer's thread) waits for room, up to {@code maxBlockTime}; the exchange then fails with a
 * {@link BatchRejectedException}, nothing of it sent.
 * <p>
 * A Collection body (from a splitter, an aggregator, a camel-sql query) is many documents, completed when all of them
 * were accepted; if one element is invalid, none is sent.
 */
public class CoveoPushProducer extends DefaultAsyncProducer {

    private Runnable unregisterHealthCheck = () -> { };

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
        ExchangeCompletion completion = new ExchangeCompletion(exchange, callback, getEndpoint().stats());
        ExchangeInput in = new ExchangeInput(exchange, getEndpoint());
        CoveoPushOperation operation;
        try {
            operation = in.operation();
        } catch (InvalidDocumentException e) { // counted under the default operation
            return completion.admitted(getEndpoint().getConfiguration().getOperation(), in.body()).failed(e);
        }
        completion.admitted(operation, in.body());
        CompletableFuture<SendResult> call;
        try {
            call = call(in, operation, completion);
        } catch (Exception e) {
            return completion.failed(e);
        }
        return completion.when(call, getEndpoint().getConfiguration().isSynchronous(), getEndpoint().services());
    }

    private CompletableFuture<SendResult> call(ExchangeInput in, CoveoPushOperation operation,
                                              ExchangeCompletion completion) throws Exception {
        PushOperations source = getEndpoint().services().operations;
        OrderingIds ids = completion.orderingIds();
        boolean many = in.body() instanceof Collection<?>;
        return switch (operation) {
            case addOrUpdate -> many ? source.addOrUpdate(in.documents(), ids) : source.addOrUpdate(in.document(), ids);
            case delete -> many ? source.delete(in.documentIds(), in.deleteChildren(), ids)
                    : source.delete(in.documentId(), in.deleteChildren(), in.orderingId(), ids);
            case deleteOlderThan -> source.deleteOlderThan(in.olderThan(operation, "items"), in.queueDelay());
            case updateSourceStatus -> source.updateSourceStatus(in.sourceStatus().name());
            case addOrUpdateIdentity -> identities(in, operation).addOrUpdate(completion.counted(
                    IdentityReader.identities(in.body(), in.identityName(), in.identityType())), in.orderingId(), ids);
            case addOrUpdateAlias -> identities(in, operation).addOrUpdateAliases(completion.counted(
                    IdentityReader.aliases(in.body(), in.identityName(), in.identityType())), in.orderingId(), ids);
            case deleteIdentity -> identities(in, operation).delete(completion.counted(
                    IdentityReader.deletions(in.body(), in.identityName(), in.identityType())), in.orderingId(), ids);
            case deleteIdentitiesOlderThan -> identities(in, operation).deleteOlderThan(
                    in.olderThan(operation, "identities"), in.queueDelay());
            case partialUpdate -> source.partialUpdate(completion.counted(in.partialUpdates()));
            case merge -> source.merge(many ? in.documents() : List.of(in.document()), ids);
            case load -> source.load(completion.counted(in.loadDocuments()));
        };
    }

    private IdentityOperations identities(ExchangeInput in, CoveoPushOperation operation)
            throws InvalidDocumentException {
        in.requireSecurityProvider(operation);
        return getEndpoint().services().identities;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        unregisterHealthCheck = CoveoPushProducerHealthCheck.register(getEndpoint());
    }

    @Override
    protected void doStop() throws Exception {
        unregisterHealthCheck.run();
        unregisterHealthCheck = () -> { };
        getEndpoint().flush(); // do not let a stopping route wait for the linger time
        super.doStop();
    }
}
