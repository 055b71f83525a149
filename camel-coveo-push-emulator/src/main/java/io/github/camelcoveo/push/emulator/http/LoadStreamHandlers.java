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

import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.FileContainer;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.LoadStream;
import io.github.camelcoveo.push.emulator.store.PushMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A Catalog source's full load [docs.coveo.com/en/p4eb0129]: {@code POST /stream/open} answers a streamId with a first
 * file container, {@code POST /stream/{streamId}/chunk} a further container for the next part, and
 * {@code POST /stream/{streamId}/close} applies the load: the items of every uploaded chunk (the last one wins when an
 * item is sent twice) replace those of the source, and every item the load did not send is removed, unless something
 * changed it after the stream opened (the load's items carry the opening time as orderingId). A stream never closed
 * applies nothing and removes nothing; {@code PushApiEmulator.openStreams} shows it.
 */
public final class LoadStreamHandlers {

    private final StreamUpdateHandlers items;

    public LoadStreamHandlers(StreamUpdateHandlers items) {
        this.items = items;
    }

    public ApiResponse open(PushCall call) {
        EmulatedSource source = call.catalogSource();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("streamId", UUID.randomUUID().toString());
        FileContainerHandler.newContainer(call, body);
        source.openStream(new LoadStream((String) body.get("streamId"), call.receivedAt(), (String) body.get("fileId")));
        return ApiResponse.json(201, body);
    }

    public ApiResponse chunk(PushCall call) {
        LoadStream stream = openStream(call, call.catalogSource());
        Map<String, Object> body = FileContainerHandler.newContainer(call, new LinkedHashMap<>());
        stream.addChunk((String) body.get("fileId"));
        return ApiResponse.json(201, body);
    }

    public ApiResponse close(PushCall call) {
        EmulatedSource source = call.catalogSource();
        LoadStream stream = openStream(call, source);
        long orderingId = stream.orderingId();
        Set<String> consumed = new LinkedHashSet<>();
        Map<String, IndexedItem> sent = new LinkedHashMap<>();
        for (String fileId : stream.fileIds()) {
            Optional<FileContainer> container = call.context().fileContainers().find(fileId, call.organizationId());
            if (container.isEmpty()) {
                throw new PushApiException(404, "FILE_NOT_FOUND", "A chunk of stream " + stream.streamId() + ": "
                        + FileContainerUse.unknown(fileId));
            }
            if (!container.get().isUploaded()) {
                continue; // a chunk asked for and never used holds nothing
            }
            consumed.add(fileId);
            StreamFile file = StreamFile.itemsOnly(container.get().openContent().orElseThrow(), "A load's chunk");
            for (IndexedItem item : items.assemble(call, file, orderingId, PushMode.STREAM_LOAD, consumed, null)) {
                sent.remove(item.documentId());
                sent.put(item.documentId(), item);
            }
        }
        try (FileContainerStore.Claim claim = FileContainerUse.claim(call, consumed)) {
            if (!source.closeStream(stream, call.receivedAt())) {
                throw closed(stream);
            }
            call.context().quotas().chargeItems(call.organizationId(), sent.size());
            List<String> removed = source.notSentIn(sent.keySet(), orderingId);
            IndexingPipeline pipeline = IndexingPipeline.ofStreamFile(call, source, stream.streamId(), orderingId,
                    StreamUpdateHandlers.counts(sent.size(), removed.size(), 0));
            sent.values().forEach(pipeline::addOrUpdate);
            new ArrayList<>(removed).forEach(documentId -> pipeline.delete(documentId, false, orderingId));
            claim.consume();
        }
        return StreamUpdateHandlers.accepted(orderingId);
    }

    /*
     * Coveo documents no error for an unknown or already closed stream: the emulator answers 404 STREAM_NOT_FOUND and
     * 400 STREAM_CLOSED, its own codes.
     */
    private static LoadStream openStream(PushCall call, EmulatedSource source) {
        String streamId = PushApiRoute.streamSegment(call.exchange().path(), 0);
        LoadStream stream = source.stream(streamId).orElseThrow(() -> new PushApiException(404, "STREAM_NOT_FOUND",
                "No stream " + streamId + " was opened on source " + source.id() + " (POST /stream/open opens one)."));
        if (!stream.isOpen()) {
            throw closed(stream);
        }
        return stream;
    }

    private static PushApiException closed(LoadStream stream) {
        return PushApiException.badRequest("STREAM_CLOSED", "Stream " + stream.streamId()
                + " is closed already: open a new one for another load.");
    }
}
