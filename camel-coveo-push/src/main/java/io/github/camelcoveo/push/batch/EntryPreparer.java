package io.github.camelcoveo.push.batch;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcoveo.push.client.Json;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.EncodedContent;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.DocumentJson;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.document.PreparedContent;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.ReservedKeys;
import io.github.camelcoveo.push.document.Transport;
import io.github.camelcoveo.push.send.ContentPreparer;

/**
 * Turns a document into a batch entry, on the caller's thread. Text that fits is written as {@code data}; binary
 * content is compressed and goes inline as {@code compressedBinaryData} when it fits the
 * single-item limits, otherwise into a file container of its own (created and uploaded before the entry joins a
 * batch) that the entry names with {@code compressedBinaryDataFileId}.
 */
public final class EntryPreparer {

    private final PushApiClient client;
    private final ContentPreparer preparer;

    public EntryPreparer(PushApiClient client, ContentPreparer preparer) {
        this.client = client;
        this.preparer = preparer;
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
        String data = ContentPreparer.inlineText(text);
        if (data == null) {
            return null;
        }
        RequestBody json = DocumentJson.batchEntryInPlace(document, new PreparedContent.Data(data), orderingId);
        return json.length() <= PushApiLimits.MAX_REQUEST
                ? new BatchEntry.AddOrUpdate(document.getDocumentId(), json, Transport.DATA, null) : null;
    }

    /**
     * The entry of a document that {@link #inlineText} did not take, once its content is ready (uploaded to a file
     * container of its own, if need be): text too large to go inline travels compressed, as binary content does.
     */
    public CompletableFuture<BatchEntry> addOrUpdate(PushDocument document) {
        DocumentContent content = document.getContent();
        if (content == null) {
            return inline(document, new PreparedContent.None(), Transport.NONE, null);
        }
        // read and compressed on the caller's thread (a consumer reading the body it consumed): the work is then
        // bounded by the callers, where queued on the workers it would wait in their bounded queue or be refused
        EncodedContent encoded;
        try {
            ContentPreparer.checkMetadataFits(document, true);
            encoded = preparer.encode(content);
        } catch (InvalidDocumentException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return binary(document, encoded);
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

    private CompletableFuture<BatchEntry> binary(PushDocument document, EncodedContent encoded) {
        try {
            PreparedContent.Inline inline = new PreparedContent.Inline(encoded);
            RequestBody json = DocumentJson.batchEntry(document, inline);
            if (encoded.base64Length() <= PushApiLimits.MAX_INLINE_CONTENT && json.length() <= PushApiLimits.MAX_REQUEST) {
                return CompletableFuture.completedFuture(new BatchEntry.AddOrUpdate(document.getDocumentId(), json,
                        Transport.COMPRESSED_BINARY_DATA, encoded));
            }
            return client.uploadToNewContainer(RequestBody.of(encoded.bytes()), document.getDocumentId())
                    .thenCompose(container -> inline(document, new PreparedContent.FileReference(container.fileId(),
                            encoded.compressionType()), Transport.FILE_CONTAINER, null))
                    .whenComplete((entry, error) -> encoded.close());
        } catch (RuntimeException e) {
            encoded.close();
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CompletableFuture<BatchEntry> inline(PushDocument document, PreparedContent content, Transport transport,
                                                        AutoCloseable resources) {
        RequestBody json = DocumentJson.batchEntry(document, content);
        if (json.length() > PushApiLimits.MAX_REQUEST) {
            return CompletableFuture.failedFuture(new InvalidDocumentException("metadata", "the document's JSON without"
                                                                                           + " its content is " + json.length() + " bytes, over the "
                                                                                           + PushApiLimits.MAX_REQUEST + " an item may hold"));
        }
        return CompletableFuture.completedFuture(new BatchEntry.AddOrUpdate(document.getDocumentId(), json, transport,
                resources));
    }

}
