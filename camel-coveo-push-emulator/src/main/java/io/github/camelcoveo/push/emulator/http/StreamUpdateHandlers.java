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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.content.DocumentParser;
import io.github.camelcoveo.push.emulator.content.ItemAssembler;
import io.github.camelcoveo.push.emulator.content.PartialUpdate;
import io.github.camelcoveo.push.emulator.content.PushedDocument;
import io.github.camelcoveo.push.emulator.store.ContentOrigin;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A Catalog source's Stream API calls that apply at once: {@code PUT /stream/update?fileId=} (items replaced whole,
 * deleted, or partially updated), {@code PUT /stream/merge?fileId=} (shallow merge) and
 * {@code POST /stream/deleteolderthan/{epochMillis}}. Files are checked whole before anything is applied, as for a
 * Push batch; the orderingId (the query's, else the receipt time in ms) sequences every entry without one of its own.
 */
public final class StreamUpdateHandlers {

    private final DocumentParser parser;
    private final ItemAssembler assembler;

    public StreamUpdateHandlers(DocumentParser parser, ItemAssembler assembler) {
        this.parser = parser;
        this.assembler = assembler;
    }

    public ApiResponse update(PushCall call) {
        EmulatedSource source = call.catalogSource();
        String fileId = call.requiredQuery("fileId");
        StreamFile file = StreamFile.update(FileContainerUse.uploadedBatch(call));
        long orderingId = call.orderingId();
        Set<String> consumed = new LinkedHashSet<>(List.of(fileId));
        List<IndexedItem> items = assemble(call, file, orderingId, PushMode.STREAM_UPDATE, consumed, null);
        try (FileContainerStore.Claim claim = FileContainerUse.claim(call, consumed)) {
            call.context().quotas().chargeItems(call.organizationId(), items.size() + file.partialUpdate().size());
            IndexingPipeline pipeline = IndexingPipeline.ofStreamFile(call, source, fileId, orderingId,
                    counts(items.size(), file.delete().size(), file.partialUpdate().size()));
            items.forEach(pipeline::addOrUpdate);
            file.delete().forEach(documentId -> pipeline.delete(documentId, false, orderingId));
            for (PartialUpdate update : file.partialUpdate()) {
                pipeline.partialUpdate(update, orderingId);
            }
            claim.consume();
        }
        return accepted(orderingId);
    }

    public ApiResponse merge(PushCall call) {
        EmulatedSource source = call.catalogSource();
        String fileId = call.requiredQuery("fileId");
        StreamFile file = StreamFile.itemsOnly(FileContainerUse.uploadedBatch(call), "A merge file");
        long orderingId = call.orderingId();
        Set<String> consumed = new LinkedHashSet<>(List.of(fileId));
        List<Boolean> bringsContent = new ArrayList<>();
        List<IndexedItem> items = assemble(call, file, orderingId, PushMode.STREAM_MERGE, consumed, bringsContent);
        try (FileContainerStore.Claim claim = FileContainerUse.claim(call, consumed)) {
            call.context().quotas().chargeItems(call.organizationId(), items.size());
            IndexingPipeline pipeline = IndexingPipeline.ofStreamFile(call, source, fileId, orderingId,
                    counts(items.size(), 0, 0));
            for (int i = 0; i < items.size(); i++) {
                pipeline.merge(items.get(i), bringsContent.get(i));
            }
            claim.consume();
        }
        return accepted(orderingId);
    }

    /** Applied at once: the {@code queueDelay} (minutes) Coveo waits before deleting is checked but not waited for. */
    public ApiResponse deleteOlderThan(PushCall call) {
        EmulatedSource source = call.catalogSource();
        String epoch = PushApiRoute.streamSegment(call.exchange().path(), 1);
        long epochMillis;
        try {
            epochMillis = Long.parseLong(epoch);
        } catch (NumberFormatException e) {
            throw PushApiException.badRequest("INVALID_PARAMETER",
                    "epochMillis must be a number of milliseconds since the epoch: " + epoch);
        }
        call.longQuery("queueDelay");
        IndexingPipeline.of(call, source).deleteOlderThan(epochMillis);
        return ApiResponse.empty(202);
    }

    /** The items of a file's {@code addOrUpdate} list, and the containers their content names. */
    List<IndexedItem> assemble(PushCall call, StreamFile file, long orderingId, PushMode mode, Set<String> consumed,
                               List<Boolean> bringsContent) {
        List<IndexedItem> items = new ArrayList<>();
        for (JsonNode entry : file.addOrUpdate()) {
            PushedDocument parsed = parser.parseCatalogItem(entry);
            if (parsed.content().origin() == ContentOrigin.FILE_CONTAINER) {
                consumed.add(parsed.content().value());
            }
            if (bringsContent != null) {
                bringsContent.add(parsed.content().origin() != ContentOrigin.NONE);
            }
            items.add(assembler.assemble(parsed, call.organizationId(),
                    BatchHandler.entryOrderingId(entry, orderingId), call.receivedAt(), mode));
        }
        return items;
    }

    static Map<String, Integer> counts(int addOrUpdate, int delete, int partialUpdate) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("addOrUpdate", addOrUpdate);
        counts.put("delete", delete);
        counts.put("partialUpdate", partialUpdate);
        return counts;
    }

    /** Coveo's answer to a Stream API file it queued: 202 with the orderingId given to it and a request id. */
    static ApiResponse accepted(long orderingId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderingId", orderingId);
        body.put("requestId", UUID.randomUUID().toString());
        return ApiResponse.json(202, body);
    }
}
