package io.github.camelcoveo.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.camelcoveo.push.batch.BatchEntry;
import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.client.PushApiResponse;
import io.github.camelcoveo.push.client.RequestBody;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.security.Identity;
import io.github.camelcoveo.push.security.IdentityAlias;
import io.github.camelcoveo.push.security.IdentityJson;
import io.github.camelcoveo.push.security.IdentityReader;
import io.github.camelcoveo.push.security.SecurityIdentity;
import io.github.camelcoveo.push.document.SendResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.util.ObjectHelper;

/**
 * The operations on the security identity provider {@code securityProviderId}. The body is read and every identity
 * checked on the caller's thread, before any request; then, with batching on, each identity joins a security identity
 * batch (the exchange completes when every batch holding its identities was accepted), else each is one request.
 */
final class IdentityOperations {

    private static final Set<CoveoPushOperation> OPERATIONS = Set.of(CoveoPushOperation.addOrUpdateIdentity,
            CoveoPushOperation.addOrUpdateAlias, CoveoPushOperation.deleteIdentity,
            CoveoPushOperation.deleteIdentitiesOlderThan);

    private final CoveoPushEndpoint endpoint;

    IdentityOperations(CoveoPushEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    static boolean handles(CoveoPushOperation operation) {
        return OPERATIONS.contains(operation);
    }

    CompletableFuture<SendResult> process(Exchange exchange, CoveoPushOperation operation,
                                          ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        String providerId = endpoint.getConfiguration().getSecurityProviderId();
        if (ObjectHelper.isEmpty(providerId)) {
            throw new InvalidDocumentException("securityProviderId", "is required by " + operation
                                                                     + ": the id of the security identity provider to act on");
        }
        Message in = exchange.getMessage();
        Long orderingId = CoveoPushProducer.orderingId(in);
        return switch (operation) {
            case addOrUpdateIdentity -> addOrUpdateIdentity(in, providerId, orderingId, orderingIds);
            case addOrUpdateAlias -> addOrUpdateAlias(in, providerId, orderingId, orderingIds);
            case deleteIdentity -> deleteIdentity(in, providerId, orderingId, orderingIds);
            case deleteIdentitiesOlderThan -> deleteIdentitiesOlderThan(in, providerId, orderingId);
            default -> throw new IllegalStateException("not an identity operation: " + operation);
        };
    }

    /** A request to make: its key (TYPE:name), its body. */
    private record Prepared(String key, String name, RequestBody json) {
    }

    private CompletableFuture<SendResult> addOrUpdateIdentity(Message in, String providerId, Long orderingId,
                                                       ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        List<Prepared> prepared = new ArrayList<>();
        for (SecurityIdentity identity : IdentityReader.identities(in.getBody(), name(in), type(in))) {
            prepared.add(new Prepared(IdentityJson.key(identity.getIdentity()), identity.getIdentity().name(),
                    IdentityJson.of(identity)));
        }
        return send(prepared, "members", orderingId, orderingIds,
                (p, ordering) -> endpoint.client().putIdentity(providerId, p.json(), ordering, p.name()));
    }

    private CompletableFuture<SendResult> addOrUpdateAlias(Message in, String providerId, Long orderingId,
                                                       ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        List<Prepared> prepared = new ArrayList<>();
        for (IdentityAlias alias : IdentityReader.aliases(in.getBody(), name(in), type(in))) {
            prepared.add(new Prepared(IdentityJson.key(alias.getIdentity()), alias.getIdentity().name(),
                    IdentityJson.of(alias)));
        }
        return send(prepared, "mappings", orderingId, orderingIds,
                (p, ordering) -> endpoint.client().putAlias(providerId, p.json(), ordering, p.name()));
    }

    private CompletableFuture<SendResult> deleteIdentity(Message in, String providerId, Long orderingId,
                                                       ExchangeOrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        List<Prepared> prepared = new ArrayList<>();
        for (Identity identity : IdentityReader.deletions(in.getBody(), name(in), type(in))) {
            prepared.add(new Prepared(IdentityJson.key(identity), identity.name(), IdentityJson.deletion(identity)));
        }
        return send(prepared, "deleted", orderingId, orderingIds,
                (p, ordering) -> endpoint.client().deleteIdentity(providerId, p.json(), ordering, p.name()));
    }

    private CompletableFuture<SendResult> deleteIdentitiesOlderThan(Message in, String providerId, Long orderingId)
            throws InvalidDocumentException {
        if (orderingId == null) {
            throw new InvalidDocumentException(CoveoPushConstants.ORDERING_ID, "is required by"
                                                                               + " deleteIdentitiesOlderThan: identities with an older orderingId are deleted");
        }
        Integer header = CoveoPushProducer.header(in, CoveoPushConstants.QUEUE_DELAY, Integer.class);
        Integer queueDelay = header != null ? header : endpoint.getConfiguration().getQueueDelay();
        if (queueDelay != null && queueDelay < 0) {
            throw new InvalidDocumentException(CoveoPushConstants.QUEUE_DELAY, "must not be negative: " + queueDelay);
        }
        BatchIngester ingester = endpoint.identityIngester();
        // acts on what was sent before it: let the identities admitted so far go first
        CompletableFuture<Void> before = ingester == null ? CompletableFuture.completedFuture(null) : ingester.drain();
        return before.thenCompose(settled -> endpoint.client().deleteIdentitiesOlderThan(providerId, orderingId,
                queueDelay)).thenApply(response -> SendResult.of(response.statusCode()));
    }

    @FunctionalInterface
    private interface SingleCall {
        CompletableFuture<PushApiResponse> call(Prepared prepared, long orderingId);
    }

    /**
     * Each identity goes with the route's orderingId, or the one it got at its exchange's first attempt, or else a new
     * one (from its batch, when batched): remembered for a redelivery.
     */
    private CompletableFuture<SendResult> send(List<Prepared> prepared, String section, Long orderingId,
                                               ExchangeOrderingIds orderingIds, SingleCall single)
            throws BatchRejectedException, InterruptedException {
        BatchIngester ingester = endpoint.identityIngester();
        List<CompletableFuture<Integer>> results = new ArrayList<>(prepared.size());
        for (Prepared p : prepared) {
            if (ingester != null) {
                BatchIngester.Admission admission = ingester.add(new BatchEntry.Identity(p.key(), p.json(), section),
                        orderingId != null ? orderingId : orderingIds.previous(p.key()));
                orderingIds.given(p.key(), admission.orderingId());
                results.add(admission.result().thenApply(SendResult::statusCode));
            } else {
                long ordering = orderingId != null ? orderingId
                        : orderingIds.assign(p.key(), endpoint.orderingClock());
                results.add(single.call(p, ordering).thenApply(PushApiResponse::statusCode));
            }
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(all -> SendResult.of(results.get(results.size() - 1).join()));
    }

    private static String name(Message in) {
        return in.getHeader(CoveoPushConstants.IDENTITY, String.class);
    }

    private static Object type(Message in) {
        return in.getHeader(CoveoPushConstants.IDENTITY_TYPE);
    }
}
