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
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.camelcoveo.push.client.FileContainer;
import io.github.camelcoveo.push.client.OpenedStream;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;

/**
 * A catalog source's full load through the Stream API [docs.coveo.com/en/p4eb0129]: opens a stream, writes the
 * documents as they are read into chunk files of at most {@code maxChunkBytes} (spooled to disk past 1 MB, one chunk
 * at a time: memory does not grow with the load), uploads each to its container (the first from {@code open}, the next
 * ones from {@code chunk}), then closes the stream, after which Coveo removes the items the load did not hold.
 * <p>
 * A failure before {@code close} (an invalid document, a refused call) leaves the stream open: Coveo processes a load
 * only when it is closed, so the source keeps its items and none is removed; the load is to be run again, from the
 * start, in a new stream.
 */
public final class StreamLoader {

    /** The documents of a load, read one at a time. */
    @FunctionalInterface
    public interface Documents {
        /** The next document, or null when there are no more. */
        PushDocument next() throws InvalidDocumentException;
    }

    private final PushApiClient client;
    private final String sourceId;
    private final EntryPreparer preparer;
    private final long maxChunkBytes;
    private final OrderingClock clock;

    public StreamLoader(PushApiClient client, String sourceId, EntryPreparer preparer, long maxChunkBytes,
                        OrderingClock clock) {
        this.client = client;
        this.sourceId = sourceId;
        this.preparer = preparer;
        this.maxChunkBytes = maxChunkBytes;
        this.clock = clock;
    }

    /**
     * Runs the load on the calling thread, which waits for each call.
     *
     * @return Coveo's answer to {@code close}
     * @throws InvalidDocumentException when the first document is invalid or missing (nothing was sent) or a later one
     *                                  is (the stream is left open)
     * @throws CoveoPushApiException    when a call failed (the stream, if opened, is left open)
     */
    public SendResult load(Documents documents)
            throws InvalidDocumentException, CoveoPushApiException, InterruptedException {
        PushDocument first = documents.next();
        if (first == null) {
            throw new InvalidDocumentException("body", "load needs at least one document: closing an empty load"
                                                       + " would remove every item of the source");
        }
        OpenedStream stream = await(client.openStream(sourceId));
        FileContainer container = stream.firstChunk();
        BatchFile file = newFile();
        try {
            for (PushDocument document = first; document != null; document = documents.next()) {
                BatchEntry entry = entry(document);
                try (entry) {
                    if (entry.json().length() + 32 > maxChunkBytes) {
                        throw new InvalidDocumentException(document.getDocumentId(), "is " + entry.json().length()
                                + " bytes of JSON, over the chunk limit batchMaxBytes (" + maxChunkBytes + ")");
                    }
                    if (file.entries() > 0 && file.sizeWith(entry) > maxChunkBytes) {
                        upload(container, file);
                        file.close();
                        file = newFile();
                        container = await(client.streamChunk(sourceId, stream.streamId()));
                    }
                    file.add(entry);
                }
            }
            upload(container, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.close();
        }
        return SendResult.of(await(client.closeStream(sourceId, stream.streamId())).statusCode());
    }

    private static BatchFile newFile() {
        try {
            return new BatchFile(BatchLayout.CATALOG_LOAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BatchEntry entry(PushDocument document) throws InvalidDocumentException, CoveoPushApiException,
            InterruptedException {
        long orderingId = document.getOrderingId() != null ? document.getOrderingId()
                : clock.next(document.getDocumentId());
        BatchEntry text = EntryPreparer.inlineText(document, orderingId);
        if (text != null) {
            return text;
        }
        return await(preparer.addOrUpdate(document.getOrderingId() != null ? document
                : document.withOrderingId(orderingId)));
    }

    private void upload(FileContainer container, BatchFile file)
            throws IOException, CoveoPushApiException, InvalidDocumentException, InterruptedException {
        RequestBody body = file.seal();
        await(client.upload(container, body, null));
    }

    private static <T> T await(CompletableFuture<T> call)
            throws CoveoPushApiException, InvalidDocumentException, InterruptedException {
        try {
            return call.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause()
                    : e.getCause();
            if (cause instanceof CoveoPushApiException api) {
                throw api;
            }
            if (cause instanceof InvalidDocumentException invalid) {
                throw invalid;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CompletionException(cause);
        }
    }
}
