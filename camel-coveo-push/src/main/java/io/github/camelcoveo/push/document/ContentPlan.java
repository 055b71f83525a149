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
package io.github.camelcoveo.push.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.content.ContentEncoder;
import io.github.camelcoveo.push.content.ContentTooLargeException;
import io.github.camelcoveo.push.content.EncodedContent;
import io.github.camelcoveo.push.error.InvalidDocumentException;

/**
 * How a document's content travels, for a single push and a batch entry alike: text that fits goes as {@code data};
 * anything else is compressed into a spool and goes inline as {@code compressedBinaryData} when it fits the
 * single-item limits, else into a file container of its own that the JSON names. The file-container limit is enforced
 * while reading, so an oversized file is refused without being read to its end.
 */
public class ContentPlan {

    /** A file container's id is a UUID; this is longer than any, so that a document that fits with it fits. */
    private static final String LONGEST_FILE_ID = "x".repeat(64);

    /** The JSON the content goes in, and how its limit is named in errors. */
    public enum Form {
        /** The body of a single-document push. */
        SINGLE("a request may hold"),
        /** An entry of a batch's {@code addOrUpdate} array. */
        BATCH_ENTRY("an item may hold");

        private final String limit;

        Form(String limit) {
            this.limit = limit;
        }

        RequestBody json(PushDocument document, PreparedContent content) {
            return this == SINGLE ? DocumentJson.single(document, content) : DocumentJson.batchEntry(document, content);
        }
    }

    /** The content in the form it travels in, the document's JSON with it; closing it releases the spooled bytes. */
    public record Planned(PreparedContent content, RequestBody json) implements AutoCloseable {
        public Transport transport() {
            return content.transport();
        }

        @Override
        public void close() {
            if (content instanceof PreparedContent.Inline inline) {
                inline.content().close();
            }
        }
    }

    private final CompressionType compression;
    private final ContentEncoder encoder;

    public ContentPlan(CompressionType compression, long maxEncodedSize) {
        this.compression = compression;
        this.encoder = new ContentEncoder(maxEncodedSize);
    }

    public ContentPlan(CompressionType compression) {
        this(compression, PushApiLimits.MAX_FILE_CONTAINER);
    }

    /**
     * Decides how the document's content travels and writes its JSON: text and metadata only at once, binary content
     * compressed on {@code encoders} and, when it does not fit inline, uploaded with {@code client} first.
     */
    /** Uploads content to a file container of its own and gives the container's fileId. */
    @FunctionalInterface
    public interface ContainerUpload {
        CompletableFuture<String> upload(RequestBody content, String documentId);
    }

    public CompletableFuture<Planned> plan(PushDocument document, Form form, Executor encoders,
                                           ContainerUpload client) {
        DocumentContent content = document.getContent();
        if (content == null) {
            return fitting(document, form, new PreparedContent.None());
        }
        PreparedContent.Data data = content instanceof DocumentContent.Text text ? data(text) : null;
        if (data != null) {
            RequestBody json = form.json(document, data);
            if (json.length() <= PushApiLimits.MAX_REQUEST) {
                return CompletableFuture.completedFuture(new Planned(data, json));
            }
        }
        try {
            checkMetadataFits(document, form);
        } catch (InvalidDocumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.supplyAsync(() -> encodeUnchecked(content), encoders)
                .thenCompose(encoded -> binary(document, form, encoded, client));
    }

    /** Plain text as {@code data}, when it fits in a request; null when it must travel as binary. */
    public static PreparedContent.Data data(DocumentContent.Text text) {
        // a UTF-8 character is at most 4 bytes: skip the encoding work for text that obviously fits
        long bound = (long) text.data().length() * 4;
        if (bound <= PushApiLimits.MAX_INLINE_CONTENT
            || text.data().getBytes(StandardCharsets.UTF_8).length <= PushApiLimits.MAX_INLINE_CONTENT) {
            return new PreparedContent.Data(text.data());
        }
        return null;
    }

    /**
     * Refuses, before its content is read or any container created, a document whose JSON without its content is
     * over the single-item limit: nothing the content's transport could choose would make it fit.
     */
    private static void checkMetadataFits(PushDocument document, Form form) throws InvalidDocumentException {
        PreparedContent reference = new PreparedContent.FileReference(LONGEST_FILE_ID, CompressionType.UNCOMPRESSED);
        long length = form.json(document, reference).length();
        if (length > PushApiLimits.MAX_REQUEST) {
            throw new InvalidDocumentException("metadata", "the document's JSON without its content is about " + length
                                                           + " bytes, over the " + PushApiLimits.MAX_REQUEST
                                                           + " bytes an item may hold");
        }
    }

    private CompletableFuture<Planned> binary(PushDocument document, Form form, EncodedContent encoded,
                                              ContainerUpload client) {
        try {
            if (encoded.base64Length() <= PushApiLimits.MAX_INLINE_CONTENT) {
                PreparedContent.Inline inline = new PreparedContent.Inline(encoded);
                RequestBody json = form.json(document, inline);
                if (json.length() <= PushApiLimits.MAX_REQUEST) {
                    return CompletableFuture.completedFuture(new Planned(inline, json));
                }
            }
            return client.upload(RequestBody.of(encoded.bytes()), document.getDocumentId())
                    .thenCompose(fileId -> fitting(document, form,
                            new PreparedContent.FileReference(fileId, encoded.compressionType())))
                    .whenComplete((planned, error) -> encoded.close());
        } catch (RuntimeException e) {
            encoded.close();
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The content with its JSON, unless the JSON is over the limit whatever the content. */
    private static CompletableFuture<Planned> fitting(PushDocument document, Form form, PreparedContent content) {
        RequestBody json = form.json(document, content);
        if (json.length() > PushApiLimits.MAX_REQUEST) {
            return CompletableFuture.failedFuture(new InvalidDocumentException("metadata", "the document's JSON without"
                                                                                           + " its content is " + json.length() + " bytes, over the "
                                                                                           + PushApiLimits.MAX_REQUEST + " " + form.limit));
        }
        return CompletableFuture.completedFuture(new Planned(content, json));
    }

    private EncodedContent encodeUnchecked(DocumentContent content) {
        try {
            return encode(content);
        } catch (InvalidDocumentException e) {
            throw new CompletionException(e);
        }
    }

    /** The content compressed (or passed through, when it arrives compressed) into a spool the caller must close. */
    public EncodedContent encode(DocumentContent content) throws InvalidDocumentException {
        if (content instanceof DocumentContent.Text text) {
            return encode(new ByteArrayInputStream(text.data().getBytes(StandardCharsets.UTF_8)), compression(), false);
        }
        DocumentContent.Binary binary = (DocumentContent.Binary) content;
        try (InputStream in = binary.source().open()) {
            if (in == null) {
                throw new InvalidDocumentException("body", "the binary body could not be read as a stream");
            }
            return binary.compressedWith() != null ? encode(in, binary.compressedWith(), true) : encode(in, compression(), false);
        } catch (IOException e) {
            throw new InvalidDocumentException("body", "the content could not be read: " + describe(e), e);
        }
    }

    private CompressionType compression() throws InvalidDocumentException {
        if (!compression.canCompress()) {
            throw new InvalidDocumentException("compressionType", "LZMA content must arrive compressed: name it with"
                                                                  + " the CamelCoveoPushCompressionType header, or choose UNCOMPRESSED, DEFLATE, GZIP or ZLIB");
        }
        return compression;
    }

    private EncodedContent encode(InputStream in, CompressionType type, boolean alreadyCompressed)
            throws InvalidDocumentException {
        try {
            return encoder.encode(in, type, alreadyCompressed);
        } catch (ContentTooLargeException e) {
            throw new InvalidDocumentException("content", "exceeds " + e.getLimit() + " bytes"
                                                          + (type == CompressionType.UNCOMPRESSED ? "" : " once compressed")
                                                          + ", the most a file container holds");
        } catch (IOException e) {
            throw new InvalidDocumentException("body", "the content could not be read: " + describe(e), e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
