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
package io.github.camelcoveo.push;

import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.DocumentRules;
import io.github.camelcoveo.push.document.LobContent;
import io.github.camelcoveo.push.document.MapDocumentReader;
import io.github.camelcoveo.push.document.MetadataValues;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.ReservedKeys;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import javax.xml.datatype.XMLGregorianCalendar;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.camelcoveo.push.content.CompressionType;
import io.github.camelcoveo.push.security.PermissionDefaults;
import io.github.camelcoveo.push.security.PermissionModel;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.component.file.GenericFile;

/**
 * Builds the {@link PushDocument} of an exchange. Precedence, lowest first: what the file consumers' headers say,
 * the body (a PushDocument, a Map, a POJO, text, a LOB or bytes), then the CamelCoveoPush headers. Reads no content
 * but a Clob short enough for {@code data}: binary bodies are opened only when the document is sent; a file body is
 * checked to exist, a LOB to be readable.
 */
public final class ExchangeDocumentMapper {

    private static final String PUSH_DOCUMENT_BODY = "the PushDocument body";

    private final ObjectMapper objectMapper;
    private final String defaultFileExtension;
    private final boolean includeFileMetadata;
    private final PermissionDefaults permissionDefaults;
    private final MetadataValues metadataValues;
    private final MapDocumentReader mapReader;

    /** A mapper that reads date-times without a zone in the JVM's default zone. */
    public ExchangeDocumentMapper(String defaultFileExtension, boolean includeFileMetadata) {
        this(defaultFileExtension, includeFileMetadata, PermissionDefaults.NONE, ZoneId.systemDefault());
    }

    /**
     * @param permissionDefaults applied to every document, whatever path it takes (single or batched): a default
     *                           securityProvider and allowAnonymous, and the permissions of documents that have none
     * @param wallTimeZone       the zone that date-times without one are read in: LocalDateTime, LocalDate, and JDBC's
     *                           java.sql.Timestamp and java.sql.Date
     */
    public ExchangeDocumentMapper(String defaultFileExtension, boolean includeFileMetadata,
                                  PermissionDefaults permissionDefaults, ZoneId wallTimeZone) {
        this.objectMapper = pojoMapper();
        this.defaultFileExtension = defaultFileExtension;
        this.includeFileMetadata = includeFileMetadata;
        this.permissionDefaults = permissionDefaults == null ? PermissionDefaults.NONE : permissionDefaults;
        this.metadataValues = new MetadataValues(wallTimeZone);
        this.mapReader = new MapDocumentReader(metadataValues);
    }

    /**
     * The values that MetadataValues (or the content and permission readers) have a rule for reach them from a POJO
     * as they are (embedded objects), not as Jackson would write them, so that a POJO body and a Map body follow the
     * same rules; this needs no jackson-datatype-jsr310 or -jdk8 at run time, and is registered last so that it wins
     * over those modules.
     */
    private static ObjectMapper pojoMapper() {
        SimpleModule embedded = new SimpleModule("camel-coveo-push-values");
        for (Class<?> type : List.of(Number.class, Date.class, Calendar.class, TemporalAccessor.class,
                TemporalAmount.class, ZoneId.class, XMLGregorianCalendar.class, Locale.class, Optional.class,
                OptionalInt.class, OptionalLong.class, OptionalDouble.class, Character[].class, Clob.class,
                Blob.class, java.sql.Array.class)) {
            addEmbedded(embedded, type);
        }
        return new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .registerModule(embedded);
    }

    private static <T> void addEmbedded(SimpleModule module, Class<T> type) {
        module.addSerializer(type, new EmbeddedValue<>(type));
    }

    /** The document to add or update; throws when the exchange breaks a rule. */
    public PushDocument toDocument(Exchange exchange) throws InvalidDocumentException {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        if (body instanceof PushDocument document && !in.hasHeaders() && document.getPermissions() == null
            && permissionDefaults.defaultPermissions() == null
            && (document.getFileExtension() != null || defaultFileExtension == null)) {
            // nothing to derive, override or default: the document as it is (immutable), checked, copied only when
            // its metadata needed normalizing
            PushDocument normalized = withNormalizedMetadata(document);
            DocumentRules.check(normalized);
            return normalized;
        }
        PushDocument.Builder builder = body instanceof PushDocument document ? document.toBuilder() : PushDocument.builder();
        Map<String, Object> derived = includeFileMetadata ? fileMetadata(in) : Map.of();

        if (body instanceof PushDocument document) {
            builder.replaceMetadata(metadataValues.normalize(document.getMetadata(), PUSH_DOCUMENT_BODY));
        } else if (body instanceof Map<?, ?> map) {
            mapReader.read(map, builder, "the Map body");
        } else if (body instanceof CharSequence text) {
            builder.data(text.toString());
        } else if (body instanceof Clob clob) {
            builder.content(LobContent.text("body", clob));
        } else if (body instanceof Blob blob) {
            builder.content(LobContent.binary("body", blob, null));
        } else if (isBinary(body)) {
            FileBodies.checkReadable(body);
            builder.content(new DocumentContent.Binary(() -> openStream(exchange, body), null));
        } else if (body != null) {
            mapReader.read(pojoToMap(body), builder, "the " + body.getClass().getSimpleName() + " body");
        }

        if (builder.documentId() == null) {
            builder.documentId(FileBodies.documentId(exchange, body));
        }
        if (builder.fileExtension() == null) {
            builder.fileExtension(extensionOf(FileBodies.fileName(in, body)));
        }
        derived.forEach((key, value) -> {
            if (builder.metadata().keySet().stream().noneMatch(k -> k.equalsIgnoreCase(key))) {
                builder.metadata(key, value);
            }
        });
        applyHeaders(in, builder);
        if (builder.fileExtension() == null) {
            builder.fileExtension(defaultFileExtension);
        }
        List<Object> permissions = PermissionModel.normalize(ReservedKeys.PERMISSIONS, builder.permissions(),
                permissionDefaults);
        builder.permissions(permissions != null ? permissions : permissionDefaults.defaultPermissions());
        PushDocument document = builder.build();
        DocumentRules.check(document);
        return document;
    }

    /** The documentId that a delete of this exchange targets. */
    public String documentIdFor(Exchange exchange) throws InvalidDocumentException {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        String id = in.getHeader(CoveoPushConstants.DOCUMENT_ID, String.class);
        if (id == null && body instanceof PushDocument document) {
            id = document.getDocumentId();
        }
        if (id == null && body instanceof Map<?, ?> map) {
            Object value = map.entrySet().stream()
                    .filter(e -> e.getKey() instanceof String k && ReservedKeys.DOCUMENT_ID.equals(ReservedKeys.match(k)))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            id = value == null ? null : value.toString();
        }
        if (id == null && body instanceof CharSequence text) {
            id = text.toString().trim();
        }
        if (id == null) {
            id = FileBodies.documentId(exchange, body);
        }
        DocumentRules.checkDocumentId(ReservedKeys.DOCUMENT_ID, id);
        return id;
    }

    /** The document, or a copy when its metadata needed normalizing (a date, a BigDecimal, a list...). */
    private PushDocument withNormalizedMetadata(PushDocument document) throws InvalidDocumentException {
        Map<String, Object> metadata = document.getMetadata();
        Map<String, Object> normalized = metadataValues.normalize(metadata, PUSH_DOCUMENT_BODY);
        if (normalized.size() == metadata.size()
            && normalized.entrySet().stream().allMatch(e -> e.getValue() == metadata.get(e.getKey()))) {
            return document;
        }
        PushDocument.Builder builder = document.toBuilder();
        builder.replaceMetadata(normalized);
        return builder.build();
    }

    private void applyHeaders(Message in, PushDocument.Builder builder) throws InvalidDocumentException {
        String id = in.getHeader(CoveoPushConstants.DOCUMENT_ID, String.class);
        if (id != null) {
            builder.documentId(id);
        }
        String extension = in.getHeader(CoveoPushConstants.FILE_EXTENSION, String.class);
        if (extension != null) {
            builder.fileExtension(extension);
        }
        String parentId = in.getHeader(CoveoPushConstants.PARENT_ID, String.class);
        if (parentId != null) {
            builder.parentId(parentId);
        }
        Object orderingId = in.getHeader(CoveoPushConstants.ORDERING_ID);
        if (orderingId != null) {
            builder.orderingId(MapDocumentReader.toLong(ReservedKeys.ORDERING_ID, orderingId));
        }
        Object permissions = in.getHeader(CoveoPushConstants.PERMISSIONS);
        if (permissions != null) {
            builder.permissions(MapDocumentReader.permissionList(permissions));
        }
        Object metadata = in.getHeader(CoveoPushConstants.METADATA);
        if (metadata != null) {
            if (!(metadata instanceof Map<?, ?> map)) {
                throw new InvalidDocumentException(CoveoPushConstants.METADATA, "must be a Map of field to value, not a "
                                                                                + metadata.getClass().getSimpleName());
            }
            Map<String, Object> fields = metadataValues.normalize(map, "header " + CoveoPushConstants.METADATA);
            fields.forEach((key, value) -> {
                builder.metadata().keySet().removeIf(k -> k.equalsIgnoreCase(key));
                builder.metadata(key, value);
            });
        }
        // checked whatever the body, so that a bad value is never silently ignored
        CompressionType compression = headerCompression(in);
        if (compression != null && builder.content() instanceof DocumentContent.Binary binary) {
            builder.content(new DocumentContent.Binary(binary.source(), compression));
        }
    }

    private static boolean isBinary(Object body) {
        return body instanceof byte[] || body instanceof InputStream || body instanceof File || body instanceof Path
               || body instanceof GenericFile<?> || body instanceof ByteBuffer || body instanceof StreamCache;
    }

    private static InputStream openStream(Exchange exchange, Object body) {
        if (body instanceof StreamCache cache) {
            cache.reset();
        }
        return exchange.getContext().getTypeConverter().convertTo(InputStream.class, exchange, body);
    }

    /** Hands a value to the TokenBuffer of convertValue untouched. */
    private static final class EmbeddedValue<T> extends StdSerializer<T> {
        EmbeddedValue(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeEmbeddedObject(value);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> pojoToMap(Object body) throws InvalidDocumentException {
        try {
            return objectMapper.convertValue(body, LinkedHashMap.class);
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException("body", "a " + body.getClass().getName()
                                                       + " body cannot be read as a document: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> fileMetadata(Message in) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String name = in.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name != null) {
            fields.put("title", name);
            Long length = in.getHeader(Exchange.FILE_LENGTH, Long.class);
            if (length != null) {
                fields.put("size", length);
            }
            Long modified = in.getHeader(Exchange.FILE_LAST_MODIFIED, Long.class);
            if (modified != null && modified > 0) {
                fields.put("modifiedDate", MetadataValues.COVEO_DATE.format(java.time.Instant.ofEpochMilli(modified)));
            }
        }
        return fields;
    }

    static String extensionOf(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && dot < fileName.length() - 1 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : null;
    }

    /** The compression type a header names, if any. */
    public static CompressionType headerCompression(Message in) throws InvalidDocumentException {
        Object value = in.getHeader(CoveoPushConstants.COMPRESSION_TYPE);
        return value == null ? null : MapDocumentReader.compressionType(value);
    }
}
