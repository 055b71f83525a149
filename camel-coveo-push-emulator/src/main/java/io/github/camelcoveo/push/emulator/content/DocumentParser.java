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
package io.github.camelcoveo.push.emulator.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.http.PushApiException;
import io.github.camelcoveo.push.emulator.store.ContentOrigin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates a document JSON object the way the Push API does and splits it into reserved keys and metadata. */
public final class DocumentParser {

    private static final Set<String> RESERVED = Set.of("documentid", "data", "compressedbinarydata",
            "compressedbinarydatafileid", "compressiontype", "fileextension", "parentid", "permissions", "orderingid");

    private final long maxDataBytes;

    public DocumentParser(long maxDataBytes) {
        this.maxDataBytes = maxDataBytes;
    }

    /**
     * @param document            the document object
     * @param documentId          the id from the query string, or null to take the document's {@code documentId}
     * @param queryCompressionType the compression type from the query string, or null
     */
    public PushedDocument parse(JsonNode document, String documentId, CompressionType queryCompressionType) {
        return parse(document, documentId, queryCompressionType, false);
    }

    /**
     * An item of a Catalog source's update, merge or load file: a document with its {@code documentId}, whose
     * metadata may also be dictionaries (a flat JSON object of keys to values, as Coveo's dictionary fields take:
     * {@code "ec_price_dict": {"store1": 10.5}}).
     */
    public PushedDocument parseCatalogItem(JsonNode document) {
        return parse(document, null, null, true);
    }

    private PushedDocument parse(JsonNode document, String documentId, CompressionType queryCompressionType,
                                 boolean dictionaries) {
        if (document == null || !document.isObject()) {
            throw PushApiException.invalidJson("A document must be a JSON object.");
        }
        StrictJson.rejectCaseInsensitiveDuplicates(document);
        String id = DocumentIds.requireValid(documentId != null ? documentId : text(document, "documentId"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = document.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!RESERVED.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                metadata.put(field.getKey(), dictionaries && field.getValue().isObject()
                        ? dictionary(field.getKey(), field.getValue())
                        : metadataValue(field.getKey(), field.getValue()));
            }
        }
        JsonNode permissions = field(document, "permissions");
        return new PushedDocument(id, metadata, text(document, "fileExtension"), text(document, "parentId"),
                permissions == null || permissions.isNull() ? null : permissions.toString(),
                content(document, queryCompressionType));
    }

    private ContentReference content(JsonNode document, CompressionType queryCompressionType) {
        String data = text(document, "data");
        String compressed = text(document, "compressedBinaryData");
        String fileId = text(document, "compressedBinaryDataFileId");
        long given = java.util.stream.Stream.of(data, compressed, fileId).filter(v -> v != null).count();
        if (given > 1) {
            throw PushApiException.invalidJson(
                    "Give only one of data, compressedBinaryData and compressedBinaryDataFileId.");
        }
        if (data != null) {
            if (data.getBytes(StandardCharsets.UTF_8).length > maxDataBytes) {
                throw PushApiException.badRequest("DATA_TOO_LARGE",
                        "The data property exceeds " + maxDataBytes + " bytes: use compressedBinaryDataFileId.");
            }
            return new ContentReference(ContentOrigin.DATA, data, null);
        }
        CompressionType type = compressionType(document, queryCompressionType);
        if (compressed != null) {
            return new ContentReference(ContentOrigin.COMPRESSED_BINARY_DATA, compressed, type);
        }
        if (fileId != null) {
            return new ContentReference(ContentOrigin.FILE_CONTAINER, fileId, type);
        }
        return ContentReference.none();
    }

    private static CompressionType compressionType(JsonNode document, CompressionType queryCompressionType) {
        if (queryCompressionType != null) {
            return queryCompressionType;
        }
        String inDocument = text(document, "compressionType");
        if (inDocument == null) {
            return CompressionType.DEFAULT;
        }
        return CompressionType.parse(inDocument).orElseThrow(() -> PushApiException.badRequest(
                "INVALID_COMPRESSION_TYPE", "Unknown compressionType (case-sensitive): " + inDocument));
    }

    /** A dictionary field's value: keys to scalars or flat arrays, in the order received. */
    public static Map<String, Object> dictionary(String key, JsonNode value) {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getValue().isObject()) {
                throw PushApiException.invalidJson("Dictionary '" + key + "' nests an object under '"
                        + entry.getKey() + "': a dictionary maps keys to values or flat arrays.");
            }
            entries.put(entry.getKey(), metadataValue(key + "." + entry.getKey(), entry.getValue()));
        }
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** A metadata value as the index keeps it: a scalar (String, Number, Boolean, null) or a flat List of them. */
    public static Object metadataValue(String key, JsonNode value) {
        if (value.isObject()) {
            throw PushApiException.invalidJson("Metadata '" + key + "' is an object: nested objects are not allowed.");
        }
        if (value.isArray()) {
            List<Object> values = new ArrayList<>();
            for (JsonNode element : value) {
                if (element.isContainerNode()) {
                    throw PushApiException.invalidJson(
                            "Metadata '" + key + "' nests an array or object: only flat arrays are allowed.");
                }
                values.add(scalar(element));
            }
            return java.util.Collections.unmodifiableList(values);
        }
        return scalar(value);
    }

    private static Object scalar(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.asText();
    }

    private static JsonNode field(JsonNode document, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = document.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static String text(JsonNode document, String name) {
        JsonNode value = field(document, name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw PushApiException.invalidJson("'" + name + "' must be a string.");
        }
        return value.asText();
    }
}
