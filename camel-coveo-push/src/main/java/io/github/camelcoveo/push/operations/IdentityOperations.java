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
package io.github.camelcoveo.push.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.github.camelcoveo.push.batch.BatchEntry;
import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiResponse;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.OrderingIds;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.security.Identity;
import io.github.camelcoveo.push.security.IdentityAlias;
import io.github.camelcoveo.push.security.IdentityJson;
import io.github.camelcoveo.push.security.SecurityIdentity;

/**
 * The operations on one security identity provider, on identities already checked. With a batch ingester, each
 * identity joins a security identity batch (the result completes when every batch holding its identities was
 * accepted), else each is one request. Each identity goes with the route's orderingId, or the one it got at its
 * previous attempt, or else a new one (from its batch, when batched).
 */
public final class IdentityOperations {

    private final String providerId;
    private final PushApiClient client;
    private final BatchIngester ingester;
    private final OrderingClock clock;

    /** @param ingester the security identity batch ingester, or null for one request per identity */
    public IdentityOperations(String providerId, PushApiClient client, BatchIngester ingester, OrderingClock clock) {
        this.providerId = providerId;
        this.client = client;
        this.ingester = ingester;
        this.clock = clock;
    }

    /** A request to make: its key (TYPE:name), the identity's name, its body. */
    private record Prepared(String key, String name, RequestBody json) {
    }

    @FunctionalInterface
    private interface SingleCall {
        CompletableFuture<PushApiResponse> call(Prepared prepared, long orderingId);
    }

    public CompletableFuture<SendResult> addOrUpdate(List<SecurityIdentity> identities, Long orderingId,
                                                     OrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        return send(prepare(identities, SecurityIdentity::getIdentity, IdentityJson::of), "members", orderingId,
                orderingIds, (p, ordering) -> client.putIdentity(providerId, p.json(), ordering, p.name()));
    }

    public CompletableFuture<SendResult> addOrUpdateAliases(List<IdentityAlias> aliases, Long orderingId,
                                                            OrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        return send(prepare(aliases, IdentityAlias::getIdentity, IdentityJson::of), "mappings", orderingId,
                orderingIds, (p, ordering) -> client.putAlias(providerId, p.json(), ordering, p.name()));
    }

    public CompletableFuture<SendResult> delete(List<Identity> identities, Long orderingId, OrderingIds orderingIds)
            throws InvalidDocumentException, BatchRejectedException, InterruptedException {
        return send(prepare(identities, identity -> identity, IdentityJson::deletion), "deleted", orderingId,
                orderingIds, (p, ordering) -> client.deleteIdentity(providerId, p.json(), ordering, p.name()));
    }

    @FunctionalInterface
    private interface Json<T> {
        RequestBody of(T item) throws InvalidDocumentException;
    }

    private static <T> List<Prepared> prepare(List<T> items, Function<T, Identity> identityOf, Json<T> json)
            throws InvalidDocumentException {
        List<Prepared> prepared = new ArrayList<>(items.size());
        for (T item : items) {
            Identity identity = identityOf.apply(item);
            prepared.add(new Prepared(IdentityJson.key(identity), identity.name(), json.of(item)));
        }
        return prepared;
    }

    /** Acts on what was sent before it: the identities admitted so far go first. */
    public CompletableFuture<SendResult> deleteOlderThan(long orderingId, Integer queueDelay) {
        return PushOperations.afterPending(ingester)
                .thenCompose(settled -> client.deleteIdentitiesOlderThan(providerId, orderingId, queueDelay))
                .thenApply(response -> SendResult.of(response.statusCode()));
    }

    private CompletableFuture<SendResult> send(List<Prepared> prepared, String section, Long orderingId,
                                               OrderingIds orderingIds, SingleCall single)
            throws BatchRejectedException, InterruptedException {
        List<CompletableFuture<SendResult>> results = new ArrayList<>(prepared.size());
        for (Prepared p : prepared) {
            if (ingester != null) {
                BatchIngester.Admission admission = ingester.add(new BatchEntry.Identity(p.key(), p.json(), section),
                        orderingId != null ? orderingId : orderingIds.previous(p.key()));
                orderingIds.given(p.key(), admission.orderingId());
                results.add(admission.result().thenApply(result -> SendResult.of(result.statusCode())));
            } else {
                long ordering = orderingId != null ? orderingId : orderingIds.assign(p.key(), clock);
                results.add(single.call(p, ordering).thenApply(response -> SendResult.of(response.statusCode())));
            }
        }
        return PushOperations.all(results);
    }
}
