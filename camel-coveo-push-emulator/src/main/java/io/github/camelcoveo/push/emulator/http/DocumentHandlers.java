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
import io.github.camelcoveo.push.emulator.content.CompressionType;
import io.github.camelcoveo.push.emulator.content.DocumentIds;
import io.github.camelcoveo.push.emulator.content.DocumentParser;
import io.github.camelcoveo.push.emulator.content.ItemAssembler;
import io.github.camelcoveo.push.emulator.content.PushedDocument;
import io.github.camelcoveo.push.emulator.content.StrictJson;
import io.github.camelcoveo.push.emulator.store.ContentOrigin;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.PushMode;

import java.util.List;

/** {@code PUT /documents}, {@code DELETE /documents} and {@code DELETE /documents/olderthan}. */
public final class DocumentHandlers {

    private final DocumentParser parser;
    private final ItemAssembler assembler;

    public DocumentHandlers(DocumentParser parser, ItemAssembler assembler) {
        this.parser = parser;
        this.assembler = assembler;
    }

    public ApiResponse addOrUpdate(PushCall call) {
        EmulatedSource source = call.pushSource();
        requireJsonContentType(call.exchange());
        String documentId = DocumentIds.requireValid(call.exchange().query("documentId").orElse(null));
        CompressionType compressionType = call.exchange().query("compressionType")
                .map(name -> CompressionType.parse(name).orElseThrow(() -> PushApiException.badRequest(
                        "INVALID_COMPRESSION_TYPE", "Unknown compressionType (case-sensitive): " + name)))
                .orElse(null);
        JsonNode body = StrictJson.parseObject(call.exchange().body());
        PushedDocument document = parser.parse(body, documentId, compressionType);
        IndexedItem item = assembler.assemble(document, call.organizationId(), call.orderingId(), call.receivedAt(),
                PushMode.SINGLE_DOCUMENT);
        List<String> consumedFiles = document.content().origin() == ContentOrigin.FILE_CONTAINER
                ? List.of(document.content().value()) : List.of();
        try (FileContainerStore.Claim claim = FileContainerUse.claim(call, consumedFiles)) {
            call.context().quotas().chargeItems(call.organizationId(), 1);
            IndexingPipeline.of(call, source).addOrUpdate(item);
            claim.consume();
        }
        return ApiResponse.empty(202);
    }

    public ApiResponse delete(PushCall call) {
        EmulatedSource source = call.pushSource();
        String documentId = DocumentIds.requireValid(call.exchange().query("documentId").orElse(null));
        boolean deleteChildren = call.exchange().query("deleteChildren").map(Boolean::parseBoolean).orElse(false);
        IndexingPipeline.of(call, source).delete(documentId, deleteChildren, call.orderingId());
        return ApiResponse.empty(202);
    }

    /** Applied at once: the {@code queueDelay} Coveo waits before deleting is accepted but not waited for. */
    public ApiResponse deleteOlderThan(PushCall call) {
        EmulatedSource source = call.pushSource();
        long orderingId = call.requiredLongQuery("orderingId");
        call.longQuery("queueDelay");
        IndexingPipeline.of(call, source).deleteOlderThan(orderingId);
        return ApiResponse.empty(202);
    }

    static void requireJsonContentType(HttpExchange exchange) {
        String contentType = exchange.header("Content-Type").orElse("");
        if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new PushApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the document with Content-Type: application/json.");
        }
    }
}
