package io.github.camelcoveo.push.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcoveo.push.client.RequestBody;
import io.github.camelcoveo.push.content.CompressionType;

/**
 * Writes a document as Push API JSON. Inline binary content is Base64-encoded while it is written, from its spool,
 * so a 5 MB item is never held as a 7 MB string; the length is known beforehand, as Base64 needs no JSON escaping.
 */
public final class DocumentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentJson() {
    }

    /** The body of a single-document PUT: no documentId (it is in the query), compressionType in the query too. */
    public static RequestBody single(PushDocument document, PreparedContent content) {
        return of(fields(document, content, false), content);
    }

    /** One entry of a batch's {@code addOrUpdate} array: with documentId and compressionType. */
    public static RequestBody batchEntry(PushDocument document, PreparedContent content) {
        return of(fields(document, content, true), content);
    }

    private static Map<String, Object> fields(PushDocument document, PreparedContent content, boolean batchForm) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (batchForm) {
            fields.put(ReservedKeys.DOCUMENT_ID, document.getDocumentId());
        }
        document.getMetadata().forEach(fields::put);
        putIfPresent(fields, ReservedKeys.FILE_EXTENSION, document.getFileExtension());
        putIfPresent(fields, ReservedKeys.PARENT_ID, document.getParentId());
        putIfPresent(fields, ReservedKeys.PERMISSIONS, document.getPermissions());
        if (content instanceof PreparedContent.Data data) {
            fields.put(ReservedKeys.DATA, data.text());
        } else if (content instanceof PreparedContent.FileReference reference) {
            fields.put(ReservedKeys.COMPRESSED_BINARY_DATA_FILE_ID, reference.fileId());
        }
        if (batchForm && document.getOrderingId() != null) {
            // a single push carries it in the query; a batch entry carries its own
            fields.put(ReservedKeys.ORDERING_ID, document.getOrderingId());
        }
        CompressionType compression = content.compressionType();
        if (batchForm && compression != null) {
            fields.put(ReservedKeys.COMPRESSION_TYPE, compression.name());
        }
        return fields;
    }

    private static void putIfPresent(Map<String, Object> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    private static RequestBody of(Map<String, Object> fields, PreparedContent content) {
        byte[] rest;
        try {
            rest = JSON.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (!(content instanceof PreparedContent.Inline inline)) {
            return RequestBody.of(rest);
        }
        byte[] head = "{\"compressedBinaryData\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = fields.isEmpty() ? "\"}".getBytes(StandardCharsets.US_ASCII) : concat("\",", rest, 1);
        return new InlineBinary(head, inline, tail);
    }

    private static byte[] concat(String prefix, byte[] json, int skip) {
        byte[] start = prefix.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[start.length + json.length - skip];
        System.arraycopy(start, 0, out, 0, start.length);
        System.arraycopy(json, skip, out, start.length, json.length - skip);
        return out;
    }

    private record InlineBinary(byte[] head, PreparedContent.Inline content, byte[] tail) implements RequestBody {
        @Override
        public long length() {
            return head.length + content.content().base64Length() + tail.length;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(head);
            try (InputStream in = content.content().bytes().openStream();
                 OutputStream base64 = Base64.getEncoder().wrap(new KeepOpen(out))) {
                in.transferTo(base64);
            }
            out.write(tail);
        }
    }

    /** Lets the Base64 stream flush its padding on close without closing the request stream under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
