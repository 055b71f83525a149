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
package io.github.camelcoveo.push.emulator.http;

import io.github.camelcoveo.push.emulator.content.PartialUpdate;
import io.github.camelcoveo.push.emulator.logs.IndexingLogEntry;
import io.github.camelcoveo.push.emulator.logs.LogOperation;
import io.github.camelcoveo.push.emulator.logs.LogResult;
import io.github.camelcoveo.push.emulator.logs.LogTask;
import io.github.camelcoveo.push.emulator.store.DeleteOutcome;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;
import io.github.camelcoveo.push.emulator.store.RejectedItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies the item operations of one accepted Push API call to its source, as Coveo's indexing pipeline would
 * later, and writes what happened to the organization's indexing log: for each operation an entry when received
 * ({@link LogTask#STREAMING}, or {@link LogTask#STREAMING_BATCH} for the entries of a batch, which also gets one
 * {@link LogOperation#BATCH_FILE} entry) and one {@link LogTask#INDEXING} entry per item for the outcome:
 * {@code COMPLETED}, {@code ERROR} when an indexing rule refuses the item, {@code SKIPPED} when it is out of
 * sequence. The emulator indexes at once, so every entry bears the call's receipt time.
 */
final class IndexingPipeline {

    private final PushCall call;
    private final EmulatedSource source;
    private final String fileId;
    private final String pushRequestId = UUID.randomUUID().toString();
    /** The items this call wrote, which its later partial updates may change again under the same orderingId. */
    private final java.util.Set<String> written = new java.util.HashSet<>();

    private IndexingPipeline(PushCall call, EmulatedSource source, String fileId) {
        this.call = call;
        this.source = source;
        this.fileId = fileId;
    }

    /** For a single-item call ({@code PUT /documents}, {@code DELETE /documents}, {@code .../olderthan}). */
    static IndexingPipeline of(PushCall call, EmulatedSource source) {
        return new IndexingPipeline(call, source, null);
    }

    /** For the entries of a batch ({@code PUT /documents/batch?fileId=}), whose entries name the fileId. */
    static IndexingPipeline ofBatch(PushCall call, EmulatedSource source, String fileId, int additions, int deletions,
                                    long orderingId) {
        IndexingPipeline pipeline = new IndexingPipeline(call, source, fileId);
        Map<String, Object> meta = pipeline.meta(orderingId);
        meta.put("addOrUpdate", additions);
        meta.put("delete", deletions);
        pipeline.write(fileId, LogTask.STREAMING_BATCH, LogOperation.BATCH_FILE, LogResult.COMPLETED, meta);
        return pipeline;
    }

    /**
     * For the entries of a Catalog source's Stream API file (an update, a merge, or the files of a load, named by the
     * load's streamId): one {@link LogOperation#BATCH_FILE} entry with how many entries of each kind it holds.
     */
    static IndexingPipeline ofStreamFile(PushCall call, EmulatedSource source, String fileId, long orderingId,
                                         Map<String, Integer> counts) {
        IndexingPipeline pipeline = new IndexingPipeline(call, source, fileId);
        Map<String, Object> meta = pipeline.meta(orderingId);
        meta.putAll(counts);
        pipeline.write(fileId, LogTask.STREAMING_BATCH, LogOperation.BATCH_FILE, LogResult.COMPLETED, meta);
        return pipeline;
    }

    /**
     * A partial update of a Catalog item: applied to the item as it is, unless the item does not exist or the field's
     * current value does not fit the operator, in which case the index refuses it (a rejected item, an {@code ERROR}
     * entry) and the item stays as it was; a stale one (orderingId not above the item's) is {@code SKIPPED}.
     */
    void partialUpdate(PartialUpdate update, long orderingId) {
        String documentId = update.documentId();
        Map<String, Object> received = meta(orderingId);
        received.put("operator", update.operator().jsonName());
        received.put("field", update.field());
        write(documentId, receivedTask(), LogOperation.UPDATE, LogResult.COMPLETED, received);
        Optional<IndexedItem> current = source.item(documentId);
        if (current.isEmpty()) {
            refuse(documentId, orderingId, LogOperation.UPDATE, "The item " + documentId + " does not exist: a "
                    + update.operator().jsonName() + " partial update applies to an existing item only.");
            return;
        }
        boolean sameOperation = written.contains(documentId) && current.get().orderingId() == orderingId;
        if (!sameOperation && !source.isInSequence(documentId, orderingId)) {
            source.countIgnored();
            skip(documentId, orderingId, LogOperation.UPDATE);
            return;
        }
        PartialUpdate.Result result = update.applyTo(current.get().metadata());
        if (result.refused().isPresent()) {
            refuse(documentId, orderingId, LogOperation.UPDATE, result.refusal());
            return;
        }
        IndexedItem updated = current.get().withMetadata(result.metadata(), indexing(result.metadata()), orderingId,
                call.receivedAt(), PushMode.PARTIAL_UPDATE);
        if (sameOperation ? source.replaceWithinOperation(updated) : source.addOrUpdate(updated)) {
            written.add(documentId);
            write(documentId, LogTask.INDEXING, LogOperation.UPDATE, LogResult.COMPLETED, meta(orderingId));
        } else {
            skip(documentId, orderingId, LogOperation.UPDATE);
        }
    }

    /**
     * A shallow merge: the item is created when absent; else the merge's fields replace the item's fields of the same
     * name (a dictionary or an array whole), the item's other fields stay, and its content stays unless the merge
     * brings content.
     */
    void merge(IndexedItem merging, boolean bringsContent) {
        Optional<IndexedItem> current = source.item(merging.documentId());
        if (current.isEmpty()) {
            addOrUpdate(merging);
            return;
        }
        Map<String, Object> merged = new LinkedHashMap<>(current.get().metadata());
        merging.metadata().forEach((key, value) -> {
            merged.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
            merged.put(key, value);
        });
        IndexedItem base = bringsContent ? merging : current.get();
        addOrUpdate(base.withMetadata(merged, indexing(merged), merging.orderingId(), call.receivedAt(),
                PushMode.STREAM_MERGE));
    }

    private java.util.List<io.github.camelcoveo.push.emulator.fields.IndexedMetadata> indexing(
            Map<String, Object> metadata) {
        return call.organization().fields().index(metadata);
    }

    private void refuse(String documentId, long orderingId, LogOperation operation, String reason) {
        source.reject(new RejectedItem(documentId, orderingId, reason, call.receivedAt()));
        Map<String, Object> meta = meta(orderingId);
        meta.put("error", reason);
        write(documentId, LogTask.INDEXING, operation, LogResult.ERROR, meta);
    }

    private void skip(String documentId, long orderingId, LogOperation operation) {
        Map<String, Object> meta = meta(orderingId);
        meta.put("reason", "Out of sequence: the item's last operation had an orderingId of at least "
                + orderingId + ".");
        write(documentId, LogTask.INDEXING, operation, LogResult.SKIPPED, meta);
    }

    void addOrUpdate(IndexedItem item) {
        write(item.documentId(), receivedTask(), LogOperation.ADD, LogResult.COMPLETED, meta(item.orderingId()));
        // an out-of-sequence item is skipped before indexing, so that it does not use up a counted rule
        Optional<String> rejection = source.isInSequence(item.documentId(), item.orderingId())
                ? call.context().indexingRules().rejection(call.organization(), source.id(), item)
                : Optional.empty();
        Map<String, Object> meta = meta(item.orderingId());
        if (rejection.isPresent()) {
            source.reject(new RejectedItem(item.documentId(), item.orderingId(), rejection.get(), call.receivedAt()));
            meta.put("error", rejection.get());
            write(item.documentId(), LogTask.INDEXING, LogOperation.ADD, LogResult.ERROR, meta);
        } else if (source.addOrUpdate(item)) {
            written.add(item.documentId());
            write(item.documentId(), LogTask.INDEXING, LogOperation.ADD, LogResult.COMPLETED, meta);
        } else {
            meta.put("reason", "Out of sequence: the item's last operation had an orderingId of at least "
                    + item.orderingId() + ".");
            write(item.documentId(), LogTask.INDEXING, LogOperation.ADD, LogResult.SKIPPED, meta);
        }
    }

    void delete(String documentId, boolean deleteChildren, long orderingId) {
        LogOperation operation = deleteChildren ? LogOperation.DELETE_AND_CHILDREN : LogOperation.DELETE;
        write(documentId, receivedTask(), operation, LogResult.COMPLETED, meta(orderingId));
        for (DeleteOutcome outcome : source.deleteEach(documentId, deleteChildren, orderingId)) {
            Map<String, Object> meta = meta(orderingId);
            if (outcome.applied()) {
                write(outcome.documentId(), LogTask.INDEXING, LogOperation.DELETE, LogResult.COMPLETED, meta);
            } else {
                meta.put("reason", "Out of sequence: the item's last operation had an orderingId of at least "
                        + orderingId + ".");
                write(outcome.documentId(), LogTask.INDEXING, LogOperation.DELETE, LogResult.SKIPPED, meta);
            }
        }
    }

    void deleteOlderThan(long orderingId) {
        write(null, receivedTask(), LogOperation.DELETE_OLDER_THAN, LogResult.COMPLETED, meta(orderingId));
        List<String> removed = source.deleteOlderThanEach(orderingId);
        removed.forEach(documentId -> write(documentId, LogTask.INDEXING, LogOperation.DELETE_OLDER_THAN,
                LogResult.COMPLETED, meta(orderingId)));
    }

    private LogTask receivedTask() {
        return fileId == null ? LogTask.STREAMING : LogTask.STREAMING_BATCH;
    }

    private Map<String, Object> meta(long orderingId) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("orderingId", orderingId);
        if (fileId != null) {
            meta.put("fileId", fileId);
        }
        meta.put("pushRequestId", pushRequestId);
        return meta;
    }

    private void write(String id, LogTask task, LogOperation operation, LogResult result, Map<String, Object> meta) {
        call.organization().indexingLog().append(new IndexingLogEntry(0, UUID.randomUUID().toString(), id,
                call.receivedAt(), call.organizationId(), source.id(), task, operation, result, null, meta));
    }
}
