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
package io.github.camelcoveo.push.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcoveo.push.client.Json;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.ContentEncoder;
import io.github.camelcoveo.push.content.SpooledContent;
import io.github.camelcoveo.push.document.ContentPlan;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.DocumentJson;
import io.github.camelcoveo.push.document.PartialUpdate;
import io.github.camelcoveo.push.document.PreparedContent;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.ReservedKeys;
import io.github.camelcoveo.push.document.Transport;

/**
 * Turns a document into a batch entry, as {@link ContentPlan} decides its content travels: text that fits is written
 * as {@code data} on the caller's thread; other content is compressed on the encoding pool, then goes inline as
 * {@code compressedBinaryData} or into a file container of its own (created and uploaded before the entry joins a
 * batch) that the entry names with {@code compressedBinaryDataFileId}.
 */
public final class EntryPreparer implements AutoCloseable {

    /** The threads of the encoding pool: compression is CPU work. */
    public static final int ENCODERS = Runtime.getRuntime().availableProcessors();

    private final PushApiClient client;
    private final ContentPlan plan;
    private final ExecutorService pool;
    private final Executor encoders;

    /** Compresses on the caller's thread. */
    public EntryPreparer(PushApiClient client, ContentPlan plan) {
        this.client = client;
        this.plan = plan;
        this.pool = null;
        this.encoders = Runnable::run;
    }

    /** Compresses on {@code pool} (of {@link #ENCODERS} threads), which it shuts down when closed. */
    public EntryPreparer(PushApiClient client, ContentPlan plan, ExecutorService pool) {
        this(client, plan, pool, 2 * ENCODERS);
    }

    /**
     * At most {@code maxQueued} contents wait or are compressed at once: beyond, the caller waits, so that the work
     * (and the spools it fills) stays bounded.
     */
    EntryPreparer(PushApiClient client, ContentPlan plan, ExecutorService pool, int maxQueued) {
        this.client = client;
        this.plan = plan;
        this.pool = pool;
        Semaphore room = new Semaphore(maxQueued);
        this.encoders = task -> {
            room.acquireUninterruptibly();
            try {
                if (pool.isShutdown()) {
                    throw new RejectedExecutionException("the encoding pool is shut down"); // not a silent discard
                }
                pool.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        room.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                room.release();
                throw e;
            }
        };
    }

    /**
     * The entry of a document whose content goes inline as text ({@code data}), or null if it does not: written at
     * once with {@code orderingId}, the document not copied. Its JSON stays in this thread's buffer: it must be
     * written on this thread before it prepares another entry.
     */
    public static BatchEntry inlineText(PushDocument document, long orderingId) {
        if (!(document.getContent() instanceof DocumentContent.Text text)) {
            return null;
        }
        PreparedContent.Data data = ContentPlan.data(text);
        if (data == null) {
            return null;
        }
        RequestBody json = DocumentJson.batchEntryInPlace(document, data, orderingId);
        return json.length() <= PushApiLimits.MAX_REQUEST
                ? new BatchEntry.AddOrUpdate(document.getDocumentId(), json, Transport.DATA, null) : null;
    }

    /**
     * The entry of a document that {@link #inlineText} did not take, once its content is ready (uploaded to a file
     * container of its own, if need be): text too large to go inline travels compressed, as binary content does.
     */
    public CompletableFuture<BatchEntry> addOrUpdate(PushDocument document) {
        return plan.plan(document, ContentPlan.Form.BATCH_ENTRY, encoders,
                        (body, id) -> client.uploadToOwnContainer(body, id))
                .thenApply(planned -> entry(document.getDocumentId(), planned));
    }

    /**
     * Content inline is Base64-encoded into its JSON here, on the thread that compressed it, so that the batch's
     * lock is held only to copy it; the JSON takes the place of the compressed bytes, spooled past the same size.
     */
    private static BatchEntry entry(String documentId, ContentPlan.Planned planned) {
        if (planned.transport() != Transport.COMPRESSED_BINARY_DATA) {
            return new BatchEntry.AddOrUpdate(documentId, planned.json(), planned.transport(), planned);
        }
        SpooledContent json = new SpooledContent(ContentEncoder.MEMORY_THRESHOLD);
        try (planned; OutputStream out = json.outputStream()) {
            planned.json().writeTo(out);
        } catch (IOException e) {
            json.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            json.close();
            throw e;
        }
        return new BatchEntry.AddOrUpdate(documentId, RequestBody.of(json), planned.transport(), json);
    }

    /** An entry of the {@code delete} array, with its own orderingId, as addOrUpdate entries have theirs. */
    public static BatchEntry delete(String documentId, boolean deleteChildren, long orderingId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ReservedKeys.DOCUMENT_ID, documentId);
        fields.put("deleteChildren", deleteChildren);
        fields.put(ReservedKeys.ORDERING_ID, orderingId);
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(fields);
            return new BatchEntry.Delete(documentId, RequestBody.of(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry of a catalog item's partial update, without orderingId (Coveo reads none there). */
    public static BatchEntry partialUpdate(PartialUpdate update) {
        try {
            return new BatchEntry.PartialUpdate(update.documentId(),
                    RequestBody.of(Json.MAPPER.writeValueAsBytes(update.json())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shuts the encoding pool down once what it holds is compressed. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
