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

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.batch.EntryPreparer;
import io.github.camelcoveo.push.batch.StreamLoader;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.confirm.IndexingConfirmation;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.OrderingIds;
import io.github.camelcoveo.push.document.PartialUpdate;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.fields.FieldService;
import io.github.camelcoveo.push.send.DocumentSender;

/**
 * The operations on one Push source, on input already checked. With a batch ingester, documents and deletes join
 * batches and the operations that act on what was sent before them (deleteOlderThan, updateSourceStatus) wait for
 * those batches; without, each is one request. Many documents of one operation complete as one result once all were
 * accepted. Each document and delete goes with its own orderingId, or the one its previous attempt got, or else a new
 * one, remembered in {@link OrderingIds} for a retry.
 */
public final class PushOperations {

    /** A document and the bytes of content its input holds in memory until Coveo accepted it. */
    public record HeldDocument(PushDocument document, long heldBytes) {
    }

    private final String sourceId;
    private final PushApiClient client;
    private final DocumentSender sender;
    private final BatchIngester ingester;
    private final OrderingClock clock;
    private final FieldService fields;
    private final IndexingConfirmation confirmation;
    /** The shallow merge batches of a catalog source; null on a Push source. */
    private final BatchIngester merges;
    /** A catalog source's full loads; null on a Push source. */
    private final StreamLoader loader;

    private PushOperations(String sourceId, PushApiClient client, DocumentSender sender, BatchIngester ingester,
                           OrderingClock clock, FieldService fields, IndexingConfirmation confirmation,
                           BatchIngester merges, StreamLoader loader) {
        this.merges = merges;
        this.loader = loader;
        this.sourceId = sourceId;
        this.client = client;
        this.sender = sender;
        this.ingester = ingester;
        this.clock = clock;
        this.fields = fields;
        this.confirmation = confirmation;
    }

    /**
     * The operations on a Push source.
     *
     * @param ingester     the batch ingester, or null for one request per operation
     * @param fields       checks (and creates) the documents' fields before any is admitted, or null
     * @param confirmation told of each document Coveo accepted on its own (batches tell it themselves), or null
     */
    public static PushOperations push(String sourceId, PushApiClient client, DocumentSender sender,
                                      BatchIngester ingester, OrderingClock clock, FieldService fields,
                                      IndexingConfirmation confirmation) {
        return new PushOperations(sourceId, client, sender, ingester, clock, fields, confirmation, null, null);
    }

    /**
     * The operations on a catalog source, through its Stream API: {@code updates} gathers addOrUpdate, delete and
     * partialUpdate entries into update files ({@code PUT stream/update}), {@code merges} the shallow merges
     * ({@code PUT stream/merge}); every document operation is batched.
     */
    public static PushOperations catalog(String sourceId, PushApiClient client, BatchIngester updates,
                                         BatchIngester merges, StreamLoader loader, OrderingClock clock,
                                         FieldService fields) {
        if (updates == null || merges == null || loader == null) {
            throw new IllegalArgumentException("a catalog source takes its items only in files: batch ingesters needed");
        }
        return new PushOperations(sourceId, client, null, updates, clock, fields, null, merges, loader);
    }

    /** Whether this is a catalog source, served by the Stream API. */
    public boolean isCatalog() {
        return merges != null;
    }

    public CompletableFuture<SendResult> addOrUpdate(HeldDocument held, OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        return addOrUpdate(List.of(held), orderingIds);
    }

    public CompletableFuture<SendResult> addOrUpdate(List<HeldDocument> documents, OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        return admitAll(documents, ingester, orderingIds);
    }

    /**
     * Shallow merges into a catalog source (create each item, or add the fields it misses), gathered into merge files
     * of their own.
     */
    public CompletableFuture<SendResult> merge(List<HeldDocument> documents, OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException, InvalidDocumentException {
        requireCatalog("merge");
        return admitAll(documents, merges, orderingIds);
    }

    /** Partial updates of catalog items, in the {@code partialUpdate} array of the update files, in this order. */
    public CompletableFuture<SendResult> partialUpdate(List<PartialUpdate> updates)
            throws BatchRejectedException, InterruptedException, InvalidDocumentException {
        requireCatalog("partialUpdate");
        List<CompletableFuture<SendResult>> results = new ArrayList<>(updates.size());
        for (PartialUpdate update : updates) {
            results.add(ingester.add(EntryPreparer.partialUpdate(update), null).result());
        }
        return results.size() == 1 ? results.get(0) : all(results);
    }

    /**
     * A full load of a catalog source (open a stream, its chunks, close), run on the calling thread once the batches
     * admitted before were answered: what the load does not hold is removed once it is closed. Documents are read
     * one at a time as they are written; with createMissingFields or normalizeFieldNames, each goes through the fields
     * service on its own.
     */
    public CompletableFuture<SendResult> load(StreamLoader.Documents documents)
            throws InvalidDocumentException, InterruptedException {
        requireCatalog("load");
        try {
            CompletableFuture.allOf(afterPending(ingester), afterPending(merges)).get();
        } catch (java.util.concurrent.ExecutionException ignored) {
            // the earlier batches' own exchanges carry their failures
        }
        StreamLoader.Documents prepared = fields == null ? documents : () -> {
            PushDocument next = documents.next();
            if (next == null) {
                return null;
            }
            try {
                return fields.prepare(List.of(next)).get(0);
            } catch (CoveoPushApiException e) {
                throw new InvalidDocumentException(next.getDocumentId(), "could not be given its fields: "
                                                                          + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InvalidDocumentException(next.getDocumentId(), "was interrupted", e);
            }
        };
        try {
            return CompletableFuture.completedFuture(loader.load(prepared));
        } catch (CoveoPushApiException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void requireCatalog(String operation) throws InvalidDocumentException {
        if (!isCatalog()) {
            throw new InvalidDocumentException("sourceType", operation + " needs a catalog source (sourceType=catalog):"
                                                             + " a Push source has no Stream API");
        }
    }

    /** Admits the documents once {@link #fields} let them all go; fails, nothing admitted, when it refuses one. */
    private CompletableFuture<SendResult> admitAll(List<HeldDocument> documents, BatchIngester target,
                                                   OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        List<HeldDocument> ready;
        try {
            ready = withFields(documents);
        } catch (InvalidDocumentException | CoveoPushApiException refused) {
            return CompletableFuture.failedFuture(refused);
        }
        if (ready.size() == 1) {
            return admit(ready.get(0), target, orderingIds);
        }
        List<CompletableFuture<SendResult>> results = new ArrayList<>(ready.size());
        for (HeldDocument document : ready) {
            results.add(admit(document, target, orderingIds));
        }
        return all(results);
    }

    /** The documents as {@link #fields} lets them go, all checked before any is admitted. */
    private List<HeldDocument> withFields(List<HeldDocument> documents)
            throws InvalidDocumentException, CoveoPushApiException, InterruptedException {
        if (fields == null) {
            return documents;
        }
        List<PushDocument> prepared = fields.prepare(documents.stream().map(HeldDocument::document).toList());
        List<HeldDocument> ready = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            ready.add(new HeldDocument(prepared.get(i), documents.get(i).heldBytes()));
        }
        return ready;
    }

    private CompletableFuture<SendResult> admit(HeldDocument held, BatchIngester ingester, OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        PushDocument document = held.document();
        String id = document.getDocumentId();
        if (ingester == null) {
            PushDocument sent = document.getOrderingId() != null ? document
                    : document.withOrderingId(orderingIds.assign(id, clock));
            CompletableFuture<SendResult> result = sender.addOrUpdate(sourceId, sent);
            return confirmation == null ? result : result.thenApply(accepted -> {
                confirmation.documentAccepted(id, sent.getOrderingId());
                return accepted;
            });
        }
        if (document.getOrderingId() != null) {
            return ingester.addOrUpdate(document, held.heldBytes()).result();
        }
        Long again = orderingIds.previous(id);
        BatchIngester.Admission admission = ingester.addOrUpdate(
                again != null ? document.withOrderingId(again) : document, held.heldBytes());
        orderingIds.given(id, admission.orderingId());
        return admission.result();
    }

    /** @param orderingId the route's orderingId, or null */
    public CompletableFuture<SendResult> delete(String documentId, boolean deleteChildren, Long orderingId,
                                                OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        if (ingester == null) {
            long ordering = orderingId != null ? orderingId : orderingIds.assign(documentId, clock);
            return client.deleteDocument(sourceId, documentId, deleteChildren, ordering)
                    .thenApply(response -> SendResult.of(response.statusCode()));
        }
        if (orderingId != null) {
            return ingester.delete(documentId, deleteChildren, orderingId).result();
        }
        BatchIngester.Admission admission = ingester.delete(documentId, deleteChildren,
                orderingIds.previous(documentId));
        orderingIds.given(documentId, admission.orderingId());
        return admission.result();
    }

    public CompletableFuture<SendResult> delete(List<String> documentIds, boolean deleteChildren,
                                                OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        List<CompletableFuture<SendResult>> results = new ArrayList<>(documentIds.size());
        for (String documentId : documentIds) {
            results.add(delete(documentId, deleteChildren, null, orderingIds));
        }
        return all(results);
    }

    /**
     * Deletes what is older than {@code orderingId} once the batches admitted before were answered; on a catalog
     * source, {@code POST stream/deleteolderthan/{epochMillis}}: {@code orderingId} is then epoch milliseconds.
     */
    public CompletableFuture<SendResult> deleteOlderThan(long orderingId, Integer queueDelay) {
        CompletableFuture<Void> pending = isCatalog()
                ? CompletableFuture.allOf(afterPending(ingester), afterPending(merges)) : afterPending(ingester);
        return pending.thenCompose(settled -> isCatalog()
                        ? client.streamDeleteOlderThan(sourceId, orderingId, queueDelay)
                        : client.deleteOlderThan(sourceId, orderingId, queueDelay))
                .thenApply(response -> SendResult.of(response.statusCode()));
    }

    /**
     * Sets a Push source's status. A catalog source has none to set: the Stream API's load sets its status itself, and
     * Coveo's clients offer this call only for Push sources; it is refused before any request.
     */
    public CompletableFuture<SendResult> updateSourceStatus(String status) throws InvalidDocumentException {
        if (isCatalog()) {
            throw new InvalidDocumentException("sourceType", "updateSourceStatus applies to Push sources only: a"
                                                             + " catalog source's status follows its Stream API calls");
        }
        return afterPending(ingester).thenCompose(settled -> client.updateSourceStatus(sourceId, status))
                .thenApply(response -> SendResult.of(response.statusCode()));
    }

    /** Settles when what was admitted to {@code ingester} so far has been answered. */
    static CompletableFuture<Void> afterPending(BatchIngester ingester) {
        return ingester == null ? CompletableFuture.completedFuture(null) : ingester.drain();
    }

    /** The results of many calls as one: the last status, the heaviest transport; null when there were none. */
    static CompletableFuture<SendResult> all(List<CompletableFuture<SendResult>> results) {
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(done -> results.stream().map(CompletableFuture::join).reduce(SendResult::and).orElse(null));
    }
}
