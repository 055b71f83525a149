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

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcoveo.push.client.Json;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.content.CompressionType;

/**
 * Writes a document as Push API JSON. Inline binary content is Base64-encoded while it is written, from its spool,
 * so a 5 MB item is never held as a 7 MB string; the length is known beforehand, as Base64 needs no JSON escaping.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    /** The body of a single-document PUT: no documentId (it is in the query), compressionType in the query too. */
    public static RequestBody single(PushDocument document, PreparedContent content) {
        return of(document, content, false);
    }

    /** One entry of a batch's {@code addOrUpdate} array: with documentId and compressionType. */
    public static RequestBody batchEntry(PushDocument document, PreparedContent content) {
        return of(document, content, true);
    }

    /**
     * Like {@link #batchEntry} for text content, without copying the JSON out of this thread's buffer: the body is
     * valid only on this thread and until it writes its next JSON (writing it later fails), so it suits a caller
     * that copies it at once, as a batch file does.
     */
    public static RequestBody batchEntryInPlace(PushDocument document, PreparedContent.Data content,
                                                long orderingId) {
        RequestBody json = Scratch.writeInPlace(document, content, orderingId);
        return json != null ? json : of(document.withOrderingId(orderingId), content, true);
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

    private static RequestBody of(PushDocument document, PreparedContent content, boolean batchForm) {
        byte[] rest = Scratch.write(document, content, batchForm);
        boolean empty;
        if (rest != null) {
            empty = rest.length == 2;
        } else {
            Map<String, Object> fields = fields(document, content, batchForm);
            try {
                rest = Json.MAPPER.writeValueAsBytes(fields);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            empty = fields.isEmpty();
        }
        if (!(content instanceof PreparedContent.Inline inline)) {
            return RequestBody.of(rest);
        }
        byte[] head = "{\"compressedBinaryData\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = empty ? "\"}".getBytes(StandardCharsets.US_ASCII) : concat("\",", rest, 1);
        return new InlineBinary(head, inline, tail);
    }

    /**
     * The JSON of {@link #fields}, written straight with a generator (no map, no serializer lookup) into a buffer
     * that each thread reuses; only the result is copied out. Fields written one after the other are what the map
     * holds unless a metadata key is one of the reserved keys written after it (the map holds it once, at the
     * metadata's place): the writing then stops, and the caller writes the map.
     */
    private static final class Scratch extends ByteArrayOutputStream {
        private static final int KEEP = 64 * 1024;
        private static final ThreadLocal<Scratch> PER_THREAD = new ThreadLocal<>();

        private final JsonGenerator generator;
        private final Thread owner = Thread.currentThread();
        private boolean broken;
        /** Counts the writes, so that a body left in the buffer knows when it was overwritten. */
        private long generation;

        private Scratch() throws IOException {
            super(4096);
            generator = Json.MAPPER.getFactory().createGenerator(this);
            generator.setCodec(Json.MAPPER);
            generator.setRootValueSeparator(null);
        }

        /** The JSON, or null when a metadata key is reserved. */
        static byte[] write(PushDocument document, PreparedContent content, boolean batchForm) {
            Long orderingId = document.getOrderingId();
            Scratch scratch = filled(document, content, batchForm, orderingId != null,
                    orderingId != null ? orderingId : 0);
            if (scratch == null) {
                return null;
            }
            byte[] json = scratch.toByteArray();
            scratch.broken = scratch.buf.length > KEEP; // do not keep a large buffer for the thread's life
            return json;
        }

        /** The JSON left in the buffer, or null when a metadata key is reserved. */
        static RequestBody writeInPlace(PushDocument document, PreparedContent content, long orderingId) {
            Scratch scratch = filled(document, content, true, true, orderingId);
            if (scratch == null) {
                return null;
            }
            // a buffer grown past KEEP is dropped at the next write, not now: the body still reads from it
            scratch.broken = scratch.buf.length > KEEP;
            return new InPlace(scratch, scratch.generation, scratch.count);
        }

        /** This thread's buffer holding the JSON, or null when a metadata key is reserved. */
        private static Scratch filled(PushDocument document, PreparedContent content, boolean batchForm,
                                      boolean withOrderingId, long orderingId) {
            Scratch scratch = PER_THREAD.get();
            try {
                if (scratch == null || scratch.broken) {
                    scratch = new Scratch();
                    PER_THREAD.set(scratch);
                }
                scratch.generation++;
                scratch.reset();
                scratch.broken = true; // until it is written to the end: a failure half-way leaves the generator astray
                if (!writeFields(scratch.generator, document, content, batchForm, batchForm && withOrderingId,
                        orderingId)) {
                    return null; // the generator stopped inside an object: the buffer stays broken, and is replaced
                }
                scratch.generator.flush();
                return scratch;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A JSON that is still in the buffer of the thread that wrote it. */
        private record InPlace(Scratch scratch, long generation, int size) implements RequestBody {
            @Override
            public long length() {
                return size;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                if (Thread.currentThread() != scratch.owner || scratch.generation != generation) {
                    throw new IllegalStateException("a batch entry's JSON is written only by its thread, before the"
                                                    + " thread writes another");
                }
                out.write(scratch.buf, 0, size);
            }
        }
    }

    /**
     * Writes what {@link #fields} holds, in the same order, with {@code orderingId} as the document's; stops and
     * returns false at a metadata key that is reserved.
     */
    private static boolean writeFields(JsonGenerator out, PushDocument document, PreparedContent content,
                                       boolean batchForm, boolean withOrderingId, long orderingId)
            throws IOException {
        out.writeStartObject();
        if (batchForm) {
            writeField(out, ReservedKeys.DOCUMENT_ID, document.getDocumentId());
        }
        if (!writeMetadata(out, document.getMetadata())) {
            return false;
        }
        writeIfPresent(out, ReservedKeys.FILE_EXTENSION, document.getFileExtension());
        writeIfPresent(out, ReservedKeys.PARENT_ID, document.getParentId());
        writeIfPresent(out, ReservedKeys.PERMISSIONS, document.getPermissions());
        if (content instanceof PreparedContent.Data data) {
            writeField(out, ReservedKeys.DATA, data.text());
        } else if (content instanceof PreparedContent.FileReference reference) {
            writeField(out, ReservedKeys.COMPRESSED_BINARY_DATA_FILE_ID, reference.fileId());
        }
        if (withOrderingId) {
            out.writeNumberField(ReservedKeys.ORDERING_ID, orderingId);
        }
        CompressionType compression = content.compressionType();
        if (batchForm && compression != null) {
            out.writeStringField(ReservedKeys.COMPRESSION_TYPE, compression.name());
        }
        out.writeEndObject();
        return true;
    }

    /**
     * Writes the metadata until a reserved key, if any; returns whether it wrote it all. It reads it with
     * {@link Map#forEach}: the document may stay pending with its exchange for a while, and an entry set asked of its
     * map would stay cached on it (small objects to copy at each young collection).
     */
    private static boolean writeMetadata(JsonGenerator out, Map<String, Object> metadata) throws IOException {
        try {
            metadata.forEach((key, value) -> {
                if (ReservedKeys.ALL.contains(key)) {
                    throw ReservedKeyFound.INSTANCE;
                }
                try {
                    writeField(out, key, value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return true;
        } catch (ReservedKeyFound e) {
            return false;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Stops {@link #writeMetadata}'s loop; shared and without a stack trace, as it is no error. */
    private static final class ReservedKeyFound extends RuntimeException {
        static final ReservedKeyFound INSTANCE = new ReservedKeyFound();

        private ReservedKeyFound() {
            super(null, null, false, false);
        }
    }

    private static void writeIfPresent(JsonGenerator out, String key, Object value) throws IOException {
        if (value != null) {
            writeField(out, key, value);
        }
    }

    private static void writeField(JsonGenerator out, String key, Object value) throws IOException {
        out.writeFieldName(key);
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Integer number) {
            out.writeNumber(number); // these four as the ObjectMapper writes them, without a serializer lookup
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Double number) {
            out.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else {
            out.writeObject(value); // as ObjectMapper writes a map's value: null, numbers, lists, maps...
        }
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
