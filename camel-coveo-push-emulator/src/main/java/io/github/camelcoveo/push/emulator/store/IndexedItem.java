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
package io.github.camelcoveo.push.emulator.store;

import io.github.camelcoveo.push.emulator.content.CompressionType;
import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.fields.IndexedMetadata;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An item as the emulated index holds it: its metadata (each marked searchable or not against the organization's
 * fields when it was indexed), its decoded content and how it arrived.
 * The size and SHA-256 digest of the decoded content are always kept; the content itself only up to the size
 * the emulator was told to retain ({@code PushApiEmulatorBuilder.retainContentUpTo}, everything by default).
 * Immutable.
 */
public final class IndexedItem {

    private final String documentId;
    private final Map<String, Object> metadata;
    private final List<IndexedMetadata> metadataIndexing;
    private final String fileExtension;
    private final String parentId;
    private final String permissionsJson;
    /** The decoded content, or null when it was larger than the emulator retains. */
    private final byte[] content;
    private final int contentSize;
    private final String contentSha256;
    private final ContentOrigin contentOrigin;
    private final CompressionType compressionType;
    private final long orderingId;
    private final Instant indexedAt;
    private final PushMode pushMode;

    private IndexedItem(Builder builder) {
        this.documentId = builder.documentId;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(builder.metadata));
        this.metadataIndexing = List.copyOf(builder.metadataIndexing);
        this.fileExtension = builder.fileExtension;
        this.parentId = builder.parentId;
        this.permissionsJson = builder.permissionsJson;
        this.contentSize = builder.content.length;
        this.contentSha256 = sha256(builder.content);
        this.content = contentSize <= builder.retainContentUpTo ? builder.content : null;
        this.contentOrigin = builder.contentOrigin;
        this.compressionType = builder.compressionType;
        this.orderingId = builder.orderingId;
        this.indexedAt = builder.indexedAt;
        this.pushMode = builder.pushMode;
    }

    private IndexedItem(IndexedItem base, Map<String, Object> metadata, List<IndexedMetadata> metadataIndexing,
                        long orderingId, Instant indexedAt, PushMode pushMode) {
        this.documentId = base.documentId;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.metadataIndexing = List.copyOf(metadataIndexing);
        this.fileExtension = base.fileExtension;
        this.parentId = base.parentId;
        this.permissionsJson = base.permissionsJson;
        this.contentSize = base.contentSize;
        this.contentSha256 = base.contentSha256;
        this.content = base.content;
        this.contentOrigin = base.contentOrigin;
        this.compressionType = base.compressionType;
        this.orderingId = orderingId;
        this.indexedAt = indexedAt;
        this.pushMode = pushMode;
    }

    /**
     * This item with other metadata (a partial update, a shallow merge): content, permissions and the other
     * reserved properties stay.
     */
    public IndexedItem withMetadata(Map<String, Object> metadata, List<IndexedMetadata> metadataIndexing,
                                    long orderingId, Instant indexedAt, PushMode pushMode) {
        return new IndexedItem(this, metadata, metadataIndexing, orderingId, indexedAt, pushMode);
    }

    public static Builder builder(String documentId) {
        return new Builder(documentId);
    }

    public String documentId() {
        return documentId;
    }

    /** Every non-reserved key of the document, in the order received. Values are String, Number, Boolean, List or null; in a Catalog source also Map (a dictionary field). */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /** A metadata value looked up case-insensitively, as Coveo treats keys. */
    public Optional<Object> metadata(String key) {
        return metadata.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * What the index made of each metadata, in the order received: the field it populates, or why it is not
     * searchable. Decided when the item was indexed, as Coveo does: a field created later does not index items
     * already pushed until they are pushed again. Empty for an item built without the organization's fields.
     */
    public List<IndexedMetadata> metadataIndexing() {
        return metadataIndexing;
    }

    /** What the index made of one metadata, looked up case-insensitively. */
    public Optional<IndexedMetadata> indexing(String key) {
        return metadataIndexing.stream().filter(indexed -> indexed.key().equalsIgnoreCase(key)).findFirst();
    }

    /** The fields this item populates, by field name (the metadata key in lower case), with their types. */
    public Map<String, FieldType> searchableFields() {
        Map<String, FieldType> fields = new LinkedHashMap<>();
        metadataIndexing.stream().filter(IndexedMetadata::searchable)
                .forEach(indexed -> fields.put(indexed.key().toLowerCase(Locale.ROOT), indexed.fieldType()));
        return fields;
    }

    /**
     * The metadata kept but not indexed, by key: those matching no field of the organization, and those whose value
     * does not fit their field's type ({@link IndexedMetadata#status()} tells which).
     */
    public Map<String, IndexedMetadata> unsearchableMetadata() {
        Map<String, IndexedMetadata> unsearchable = new LinkedHashMap<>();
        metadataIndexing.stream().filter(indexed -> !indexed.searchable())
                .forEach(indexed -> unsearchable.put(indexed.key(), indexed));
        return unsearchable;
    }

    /**
     * A catalog item's {@code objecttype} metadata ({@code Product}, {@code Variant}, {@code Availability}...), or
     * null for an item without one.
     */
    public String objectType() {
        return metadata("objecttype").map(String::valueOf).orElse(null);
    }

    public String title() {
        return metadata("title").map(String::valueOf).orElse(null);
    }

    public String fileExtension() {
        return fileExtension;
    }

    public String parentId() {
        return parentId;
    }

    /** The {@code permissions} property as received, in JSON, or null. */
    public String permissionsJson() {
        return permissionsJson;
    }

    /**
     * The decoded content bytes (empty when the document had none).
     *
     * @throws IllegalStateException when the content was larger than the emulator retains: use {@link #contentSha256()}
     */
    public byte[] content() {
        if (content == null) {
            throw new IllegalStateException("The content of " + documentId + " (" + contentSize + " bytes) was not "
                    + "retained: the emulator keeps content up to the size given to retainContentUpTo(...). "
                    + "Compare contentSha256() instead.");
        }
        return content.clone();
    }

    /** Whether {@link #content()} can be read: false when the content was larger than the emulator retains. */
    public boolean isContentRetained() {
        return content != null;
    }

    /** The size of the decoded content, retained or not. */
    public int contentSize() {
        return contentSize;
    }

    /** The SHA-256 digest of the decoded content in lower-case hex, retained or not. */
    public String contentSha256() {
        return contentSha256;
    }

    /** The content bytes this item holds in memory: its size when retained, else 0. */
    public int retainedContentSize() {
        return content == null ? 0 : contentSize;
    }

    public ContentOrigin contentOrigin() {
        return contentOrigin;
    }

    /** The compression type the content was decoded with, or null for {@code data} and content-less items. */
    public CompressionType compressionType() {
        return compressionType;
    }

    public long orderingId() {
        return orderingId;
    }

    public Instant indexedAt() {
        return indexedAt;
    }

    public PushMode pushMode() {
        return pushMode;
    }

    public boolean cameFromFileContainer() {
        return contentOrigin == ContentOrigin.FILE_CONTAINER;
    }

    /** True when the content is retained, valid UTF-8 and without control characters other than whitespace. */
    public boolean isText() {
        return text().isPresent();
    }

    /** The content as text; empty when it is binary or was not retained. */
    public Optional<String> text() {
        if (content == null) {
            return Optional.empty();
        }
        if (contentOrigin == ContentOrigin.DATA) {
            return Optional.of(new String(content, StandardCharsets.UTF_8));
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            boolean binary = decoded.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
            return binary ? Optional.empty() : Optional.of(decoded);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "IndexedItem[" + documentId + ", orderingId=" + orderingId + ", " + contentSize + " bytes]";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static final class Builder {
        private final String documentId;
        private Map<String, Object> metadata = Map.of();
        private List<IndexedMetadata> metadataIndexing = List.of();
        private String fileExtension;
        private String parentId;
        private String permissionsJson;
        private byte[] content = new byte[0];
        private ContentOrigin contentOrigin = ContentOrigin.NONE;
        private CompressionType compressionType;
        private long orderingId;
        private Instant indexedAt = Instant.EPOCH;
        private PushMode pushMode = PushMode.SINGLE_DOCUMENT;
        private long retainContentUpTo = Long.MAX_VALUE;

        private Builder(String documentId) {
            this.documentId = documentId;
        }

        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** What the index made of each metadata (see {@link IndexedItem#metadataIndexing()}). */
        public Builder metadataIndexing(List<IndexedMetadata> metadataIndexing) {
            this.metadataIndexing = metadataIndexing;
            return this;
        }

        public Builder fileExtension(String fileExtension) {
            this.fileExtension = fileExtension;
            return this;
        }

        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder permissionsJson(String permissionsJson) {
            this.permissionsJson = permissionsJson;
            return this;
        }

        /** The decoded content; the item keeps this array (no copy), so the caller must not change it afterwards. */
        public Builder content(byte[] content, ContentOrigin origin, CompressionType compressionType) {
            this.content = content;
            this.contentOrigin = origin;
            this.compressionType = compressionType;
            return this;
        }

        public Builder orderingId(long orderingId) {
            this.orderingId = orderingId;
            return this;
        }

        public Builder indexedAt(Instant indexedAt) {
            this.indexedAt = indexedAt;
            return this;
        }

        public Builder pushMode(PushMode pushMode) {
            this.pushMode = pushMode;
            return this;
        }

        /** The largest content the item keeps in memory; above it only the size and the digest stay. */
        public Builder retainContentUpTo(long bytes) {
            this.retainContentUpTo = bytes;
            return this;
        }

        public IndexedItem build() {
            return new IndexedItem(this);
        }
    }
}
