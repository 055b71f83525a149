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
import io.github.camelcoveo.push.emulator.content.DocumentIds;
import io.github.camelcoveo.push.emulator.content.DocumentParser;
import io.github.camelcoveo.push.emulator.content.ItemAssembler;
import io.github.camelcoveo.push.emulator.content.PushedDocument;
import io.github.camelcoveo.push.emulator.content.StrictJson;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.ContentOrigin;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code PUT /sources/{src}/documents/batch?fileId=ID}: reads the uploaded container JSON and applies its
 * {@code addOrUpdate} and {@code delete} lists. The whole batch is validated before anything is applied; once
 * applied, the batch's container and those its documents name in {@code compressedBinaryDataFileId} are consumed.
 */
public final class BatchHandler implements PushApiHandler {

    private static final Set<String> BATCH_KEYS = Set.of("addOrUpdate", "delete");

    private final DocumentParser parser;
    private final ItemAssembler assembler;

    public BatchHandler(DocumentParser parser, ItemAssembler assembler) {
        this.parser = parser;
        this.assembler = assembler;
    }

    private record Deletion(String documentId, boolean deleteChildren, long orderingId) {
    }

    @Override
    public ApiResponse handle(PushCall call) {
        EmulatedSource source = call.pushSource();
        JsonNode batch = StrictJson.parseObject(FileContainerUse.uploadedBatch(call));
        for (Iterator<String> keys = batch.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!BATCH_KEYS.contains(key)) {
                throw PushApiException.invalidJson("Unknown key in the batch: " + key + " (expected addOrUpdate, delete).");
            }
        }
        long orderingId = call.orderingId();
        List<IndexedItem> additions = new ArrayList<>();
        Set<String> consumedFiles = new LinkedHashSet<>(List.of(call.requiredQuery("fileId")));
        for (JsonNode document : array(batch, "addOrUpdate")) {
            PushedDocument parsed = parser.parse(document, null, null);
            if (parsed.content().origin() == ContentOrigin.FILE_CONTAINER) {
                consumedFiles.add(parsed.content().value());
            }
            additions.add(assembler.assemble(parsed, call.organizationId(), entryOrderingId(document, orderingId),
                    call.receivedAt(), PushMode.BATCH));
        }
        List<Deletion> deletions = new ArrayList<>();
        for (JsonNode deletion : array(batch, "delete")) {
            deletions.add(deletion(deletion, orderingId));
        }
        try (FileContainerStore.Claim claim = FileContainerUse.claim(call, consumedFiles)) {
            call.context().quotas().chargeItems(call.organizationId(), additions.size());
            IndexingPipeline pipeline = IndexingPipeline.ofBatch(call, source, call.requiredQuery("fileId"),
                    additions.size(), deletions.size(), orderingId);
            additions.forEach(pipeline::addOrUpdate);
            deletions.forEach(deletion -> pipeline.delete(deletion.documentId(), deletion.deleteChildren(),
                    deletion.orderingId()));
            claim.consume();
        }
        return ApiResponse.empty(202);
    }

    /**
     * An entry's own orderingId (a reserved key, matched case-insensitively) wins over the batch's, for an
     * addOrUpdate entry as for a delete entry.
     */
    static long entryOrderingId(JsonNode entry, long batchOrderingId) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = entry.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase("orderingId")) {
                if (!field.getValue().canConvertToExactIntegral() || field.getValue().asLong() < 0) {
                    throw PushApiException.invalidJson("orderingId must be a non-negative whole number: "
                                                       + field.getValue());
                }
                return field.getValue().asLong();
            }
        }
        return batchOrderingId;
    }

    private static Iterable<JsonNode> array(JsonNode batch, String key) {
        JsonNode value = batch.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw PushApiException.invalidJson("'" + key + "' must be an array.");
        }
        return value;
    }

    private static Deletion deletion(JsonNode deletion, long batchOrderingId) {
        if (!deletion.isObject()) {
            throw PushApiException.invalidJson("Each delete entry must be an object with a documentId.");
        }
        StrictJson.rejectCaseInsensitiveDuplicates(deletion);
        JsonNode id = deletion.get("documentId");
        String documentId = DocumentIds.requireValid(id == null || id.isNull() ? null : id.asText());
        JsonNode children = deletion.get("deleteChildren");
        return new Deletion(documentId, children != null && children.asBoolean(false),
                entryOrderingId(deletion, batchOrderingId));
    }
}
