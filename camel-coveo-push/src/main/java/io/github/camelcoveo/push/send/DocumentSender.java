package io.github.camelcoveo.push.send;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.EncodedContent;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.DocumentJson;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.document.PreparedContent;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.document.Transport;

/**
 * Sends one document with one request, or, when its content is over the single-request limits, through a file
 * container of its own: create the container, upload the compressed bytes, then push the document that names it.
 */
public final class DocumentSender {

    private final PushApiClient client;
    private final ContentPreparer preparer;
    private final Executor workers;

    public DocumentSender(PushApiClient client, ContentPreparer preparer, Executor workers) {
        this.client = client;
        this.preparer = preparer;
        this.workers = workers;
    }

    public CompletableFuture<SendResult> addOrUpdate(String sourceId, PushDocument document) {
        DocumentContent content = document.getContent();
        if (content == null) {
            return send(sourceId, document, new PreparedContent.None());
        }
        if (content instanceof DocumentContent.Text text) {
            String inline = ContentPreparer.inlineText(text);
            if (inline != null) {
                PreparedContent data = new PreparedContent.Data(inline);
                RequestBody body = DocumentJson.single(document, data);
                if (body.length() <= PushApiLimits.MAX_REQUEST) {
                    return send(sourceId, document, data, body);
                }
            }
        }
        try {
            ContentPreparer.checkMetadataFits(document, false);
        } catch (InvalidDocumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.supplyAsync(() -> encode(content), workers)
                .thenCompose(encoded -> sendEncoded(sourceId, document, encoded)
                        .whenComplete((result, error) -> encoded.close()));
    }

    private EncodedContent encode(DocumentContent content) {
        try {
            return preparer.encode(content);
        } catch (InvalidDocumentException e) {
            throw new CompletionException(e);
        }
    }

    private CompletableFuture<SendResult> sendEncoded(String sourceId, PushDocument document, EncodedContent encoded) {
        if (encoded.base64Length() <= PushApiLimits.MAX_INLINE_CONTENT) {
            PreparedContent.Inline inline = new PreparedContent.Inline(encoded);
            RequestBody body = DocumentJson.single(document, inline);
            if (body.length() <= PushApiLimits.MAX_REQUEST) {
                return send(sourceId, document, inline, body);
            }
        }
        return client.uploadToNewContainer(RequestBody.of(encoded.bytes()), document.getDocumentId())
                .thenCompose(container -> send(sourceId, document,
                        new PreparedContent.FileReference(container.fileId(), encoded.compressionType())));
    }

    private CompletableFuture<SendResult> send(String sourceId, PushDocument document, PreparedContent content) {
        return send(sourceId, document, content, DocumentJson.single(document, content));
    }

    /** Sends a document whose JSON is already written. */
    private CompletableFuture<SendResult> send(String sourceId, PushDocument document, PreparedContent content,
                                               RequestBody body) {
        if (body.length() > PushApiLimits.MAX_REQUEST) {
            return CompletableFuture.failedFuture(new InvalidDocumentException("metadata", "the document's JSON"
                                                                                           + " without its content is " + body.length() + " bytes, over the "
                                                                                           + PushApiLimits.MAX_REQUEST + " a request may hold"));
        }
        String compression = content.compressionType() == null ? null : content.compressionType().name();
        return client.pushDocument(sourceId, document.getDocumentId(), document.getOrderingId(), compression, body)
                .thenApply(response -> new SendResult(response.statusCode(), transport(content)));
    }

    private static Transport transport(PreparedContent content) {
        if (content instanceof PreparedContent.Data) {
            return Transport.DATA;
        }
        if (content instanceof PreparedContent.Inline) {
            return Transport.COMPRESSED_BINARY_DATA;
        }
        if (content instanceof PreparedContent.FileReference) {
            return Transport.FILE_CONTAINER;
        }
        return Transport.NONE;
    }
}
