package io.github.camelcoveo.push.send;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.camelcoveo.push.client.PushApiLimits;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.content.ContentEncoder;
import io.github.camelcoveo.push.content.ContentTooLargeException;
import io.github.camelcoveo.push.content.EncodedContent;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.DocumentJson;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.document.PreparedContent;
import io.github.camelcoveo.push.document.PushDocument;

/**
 * Reads a document's content and returns it in sendable form: text stays text while it fits in a request, anything
 * else is compressed into a spool. Enforces the file-container limit while reading, so an oversized file is refused
 * without being read to its end.
 */
public final class ContentPreparer {

    private final CompressionType compression;
    private final ContentEncoder encoder;

    public ContentPreparer(CompressionType compression, long maxEncodedSize) {
        this.compression = compression;
        this.encoder = new ContentEncoder(maxEncodedSize);
    }

    public ContentPreparer(CompressionType compression) {
        this(compression, PushApiLimits.MAX_FILE_CONTAINER);
    }

    /** A file container's id is a UUID; this is longer than any, so that a document that fits with it fits. */
    private static final String LONGEST_FILE_ID = "x".repeat(64);

    /**
     * Refuses, before its content is read or any container created, a document whose JSON without its content is
     * over the single-item limit: nothing the content's transport could choose would make it fit.
     *
     * @param batchForm whether the document travels as a batch entry rather than as the body of a single push
     */
    public static void checkMetadataFits(PushDocument document, boolean batchForm) throws InvalidDocumentException {
        PreparedContent reference = new PreparedContent.FileReference(LONGEST_FILE_ID, CompressionType.UNCOMPRESSED);
        long length = (batchForm ? DocumentJson.batchEntry(document, reference)
                : DocumentJson.single(document, reference)).length();
        if (length > PushApiLimits.MAX_REQUEST) {
            throw new InvalidDocumentException("metadata", "the document's JSON without its content is about " + length
                                                           + " bytes, over the " + PushApiLimits.MAX_REQUEST
                                                           + " bytes an item may hold");
        }
    }

    /** Plain text, when it fits in a request as {@code data}; null when it must travel as binary. */
    public static String inlineText(DocumentContent.Text text) {
        // a UTF-8 character is at most 4 bytes: skip the encoding work for text that obviously fits
        long bound = (long) text.data().length() * 4;
        if (bound <= PushApiLimits.MAX_INLINE_CONTENT
            || text.data().getBytes(StandardCharsets.UTF_8).length <= PushApiLimits.MAX_INLINE_CONTENT) {
            return text.data();
        }
        return null;
    }

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
