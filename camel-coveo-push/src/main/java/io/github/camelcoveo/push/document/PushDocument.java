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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.content.CompressionType;

/**
 * An item to add to or update in a Push source. Java DSL users build one with {@link #builder(String)} and send it as
 * the body; the producer also builds one from any other body.
 */
public final class PushDocument {

    private final String documentId;
    private final String fileExtension;
    private final String parentId;
    private final Long orderingId;
    private final List<Object> permissions;
    private final Map<String, Object> metadata;
    private final DocumentContent content;

    private PushDocument(Builder builder) {
        this.documentId = builder.documentId;
        this.fileExtension = builder.fileExtension;
        this.parentId = builder.parentId;
        this.orderingId = builder.orderingId;
        // not List.copyOf: it throws a bare NullPointerException on a null entry, which DocumentRules reports clearly
        this.permissions = builder.permissions == null ? null
                : Collections.unmodifiableList(new ArrayList<>(builder.permissions));
        this.metadata = Collections.unmodifiableMap(builder.shareMetadata());
        this.content = builder.content;
    }

    private PushDocument(PushDocument original, Long orderingId) {
        this.documentId = original.documentId;
        this.fileExtension = original.fileExtension;
        this.parentId = original.parentId;
        this.orderingId = orderingId;
        this.permissions = original.permissions;
        this.metadata = original.metadata;
        this.content = original.content;
    }

    /** The same document with another orderingId; shares the (unmodifiable) fields instead of copying them. */
    public PushDocument withOrderingId(Long orderingId) {
        return new PushDocument(this, orderingId);
    }

    public static Builder builder(String documentId) {
        return new Builder().documentId(documentId);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().documentId(documentId).fileExtension(fileExtension).parentId(parentId)
                .orderingId(orderingId).content(content);
        builder.permissions = permissions == null ? null : new ArrayList<>(permissions);
        builder.metadata().putAll(metadata);
        return builder;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getFileExtension() {
        return fileExtension;
    }

    public String getParentId() {
        return parentId;
    }

    public Long getOrderingId() {
        return orderingId;
    }

    public List<Object> getPermissions() {
        return permissions;
    }

    /** The metadata fields, standard fields such as {@code title} included, in insertion order. */
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public DocumentContent getContent() {
        return content;
    }

    @Override
    public String toString() {
        return "PushDocument[" + documentId + "]";
    }

    public static final class Builder {
        private String documentId;
        private String fileExtension;
        private String parentId;
        private Long orderingId;
        private List<Object> permissions;
        private Map<String, Object> metadata = new LinkedHashMap<>();
        /** The metadata map is held by a document built from this builder: it is copied before it changes. */
        private boolean metadataShared;
        private DocumentContent content;

        private Builder() {
        }

        public Builder documentId(String documentId) {
            this.documentId = documentId;
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

        public Builder orderingId(Long orderingId) {
            this.orderingId = orderingId;
            return this;
        }

        /**
         * The item's permissions: PermissionSet or PermissionLevel objects, Maps or POJOs in the Push API shape, or
         * text (JSON of a set, a level or an array of them, or the simple form {@code GROUP:name,-USER:name}).
         */
        public Builder permissions(List<?> permissions) {
            this.permissions = permissions == null ? null : new ArrayList<>(permissions);
            return this;
        }

        /** The item's permissions as JSON text (a set, a level or an array of them) or in the simple form. */
        public Builder permissions(String permissions) {
            return permissions(permissions == null ? null : List.of(permissions));
        }

        public Builder title(String title) {
            return metadata("title", title);
        }

        public Builder clickableUri(String clickableUri) {
            return metadata("clickableUri", clickableUri);
        }

        public Builder author(String author) {
            return metadata("author", author);
        }

        /** A metadata field; the value is a string, number, boolean, date or a collection of those. */
        public Builder metadata(String field, Object value) {
            metadata().put(field, value);
            return this;
        }

        public Builder metadata(Map<String, ?> fields) {
            metadata().putAll(fields);
            return this;
        }

        /** Plain text content, sent as {@code data}. */
        public Builder data(String text) {
            return content(text == null ? null : new DocumentContent.Text(text));
        }

        /** Raw bytes, compressed by the component. */
        public Builder binary(byte[] bytes) {
            return content(new DocumentContent.Binary(() -> new ByteArrayInputStream(bytes), null));
        }

        /** A file's bytes, read and compressed only when the document is sent. */
        public Builder binary(Path file) {
            return content(new DocumentContent.Binary(() -> Files.newInputStream(file), null));
        }

        /** Bytes already compressed with {@code compression}; they pass through unchanged. */
        public Builder compressedBinary(byte[] bytes, CompressionType compression) {
            return content(new DocumentContent.Binary(() -> new ByteArrayInputStream(bytes), compression));
        }

        public Builder content(DocumentContent content) {
            this.content = content;
            return this;
        }

        /** Replaces all the metadata with {@code fields}, a mutable map that the builder takes as it is. */
        public Builder replaceMetadata(Map<String, Object> fields) {
            metadata = fields;
            metadataShared = false;
            return this;
        }

        /** The metadata, to read or change. */
        public Map<String, Object> metadata() {
            if (metadataShared) {
                metadata = new LinkedHashMap<>(metadata);
                metadataShared = false;
            }
            return metadata;
        }

        /** The metadata map for a built document, which holds it as it is: this builder copies it before changing it. */
        private Map<String, Object> shareMetadata() {
            metadataShared = true;
            return metadata;
        }

        public String documentId() {
            return documentId;
        }

        public String fileExtension() {
            return fileExtension;
        }

        public DocumentContent content() {
            return content;
        }

        public List<Object> permissions() {
            return permissions;
        }

        public PushDocument build() {
            return new PushDocument(this);
        }
    }
}
