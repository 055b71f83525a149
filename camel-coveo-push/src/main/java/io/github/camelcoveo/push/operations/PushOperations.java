package io.github.camelcoveo.push.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.confirm.IndexingConfirmation;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.OrderingIds;
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

    /**
     * @param ingester     the batch ingester, or null for one request per operation
     * @param fields       checks (and creates) the documents' fields before any is admitted, or null
     * @param confirmation told of each document Coveo accepted on its own (batches tell it themselves), or null
     */
    public PushOperations(String sourceId, PushApiClient client, DocumentSender sender, BatchIngester ingester,
                          OrderingClock clock, FieldService fields, IndexingConfirmation confirmation) {
        this.sourceId = sourceId;
        this.client = client;
        this.sender = sender;
        this.ingester = ingester;
        this.clock = clock;
        this.fields = fields;
        this.confirmation = confirmation;
    }

    public CompletableFuture<SendResult> addOrUpdate(HeldDocument held, OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        return addOrUpdate(List.of(held), orderingIds);
    }

    public CompletableFuture<SendResult> addOrUpdate(List<HeldDocument> documents, OrderingIds orderingIds)
            throws BatchRejectedException, InterruptedException {
        List<HeldDocument> ready;
        try {
            ready = withFields(documents);
        } catch (InvalidDocumentException | CoveoPushApiException refused) {
            return CompletableFuture.failedFuture(refused);
        }
        if (ready.size() == 1) {
            return admit(ready.get(0), orderingIds);
        }
        List<CompletableFuture<SendResult>> results = new ArrayList<>(ready.size());
        for (HeldDocument document : ready) {
            results.add(admit(document, orderingIds));
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

    private CompletableFuture<SendResult> admit(HeldDocument held, OrderingIds orderingIds)
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

    public CompletableFuture<SendResult> deleteOlderThan(long orderingId, Integer queueDelay) {
        return afterPending(ingester).thenCompose(settled -> client.deleteOlderThan(sourceId, orderingId, queueDelay))
                .thenApply(response -> SendResult.of(response.statusCode()));
    }

    public CompletableFuture<SendResult> updateSourceStatus(String status) {
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
