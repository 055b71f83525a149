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

import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.sql.Blob;
import java.sql.Clob;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.github.camelcoveo.push.content.CompressionType;

/**
 * Reads a document from a Map (a camel-sql row, a parsed JSON object, a converted POJO): reserved keys, matched
 * case-insensitively as Coveo does, become document fields; every other key is metadata.
 */
public final class MapDocumentReader {

    private final MetadataValues metadataValues;

    public MapDocumentReader(MetadataValues metadataValues) {
        this.metadataValues = metadataValues;
    }

    public void read(Map<?, ?> map, PushDocument.Builder builder, String origin) throws InvalidDocumentException {
        Map<Object, Object> metadata = new LinkedHashMap<>();
        Map<String, Object> reserved = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String reservedKey = entry.getKey() instanceof String key ? ReservedKeys.match(key) : null;
            if (reservedKey == null) {
                metadata.put(entry.getKey(), entry.getValue());
            } else if (reserved.containsKey(reservedKey)) {
                throw new InvalidDocumentException(String.valueOf(entry.getKey()), "duplicates key '" + reservedKey
                                                                                   + "': keys are case-insensitive and must be unique (in " + origin + ")");
            } else {
                reserved.put(reservedKey, entry.getValue());
            }
        }
        checkNoCaseDuplicates(metadata, reserved.keySet(), origin);
        builder.metadata(metadataValues.normalize(metadata, origin));
        applyReserved(reserved, builder);
    }

    private static void checkNoCaseDuplicates(Map<Object, Object> metadata, Iterable<String> reserved, String origin)
            throws InvalidDocumentException {
        for (String key : reserved) {
            for (Object other : metadata.keySet()) {
                if (other instanceof String s && s.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                    throw new InvalidDocumentException(s, "duplicates reserved key '" + key + "' (in " + origin + ")");
                }
            }
        }
    }

    private static void applyReserved(Map<String, Object> reserved, PushDocument.Builder builder)
            throws InvalidDocumentException {
        apply(reserved, ReservedKeys.DOCUMENT_ID, MapDocumentReader::requireString, builder::documentId);
        apply(reserved, ReservedKeys.FILE_EXTENSION, MapDocumentReader::requireString, builder::fileExtension);
        apply(reserved, ReservedKeys.PARENT_ID, MapDocumentReader::requireString, builder::parentId);
        apply(reserved, ReservedKeys.ORDERING_ID, MapDocumentReader::toLong, builder::orderingId);
        apply(reserved, ReservedKeys.PERMISSIONS, (key, value) -> permissionList(value), builder::permissions);
        readContent(reserved, builder);
    }

    @FunctionalInterface
    private interface Read<T> {
        T from(String key, Object value) throws InvalidDocumentException;
    }

    /** Gives the builder the value of a reserved key, read as the key wants it, when the Map has one. */
    private static <T> void apply(Map<String, Object> reserved, String key, Read<T> read, Consumer<T> set)
            throws InvalidDocumentException {
        Object value = reserved.get(key);
        if (value != null) {
            set.accept(read.from(key, value));
        }
    }

    private static void readContent(Map<String, Object> reserved, PushDocument.Builder builder)
            throws InvalidDocumentException {
        Object data = reserved.get(ReservedKeys.DATA);
        Object binary = reserved.get(ReservedKeys.COMPRESSED_BINARY_DATA);
        Object fileId = reserved.get(ReservedKeys.COMPRESSED_BINARY_DATA_FILE_ID);
        int given = (data != null ? 1 : 0) + (binary != null ? 1 : 0) + (fileId != null ? 1 : 0);
        if (given > 1) {
            throw new InvalidDocumentException(ReservedKeys.DATA, "give at most one of data, compressedBinaryData and"
                                                                  + " compressedBinaryDataFileId");
        }
        if (fileId != null) {
            throw new InvalidDocumentException(ReservedKeys.COMPRESSED_BINARY_DATA_FILE_ID,
                    "is set by the component itself; send the content as data, compressedBinaryData or a binary body");
        }
        if (data instanceof Clob clob) {
            builder.content(LobContent.text(ReservedKeys.DATA, clob));
        } else if (data != null) {
            builder.data(requireString(ReservedKeys.DATA, data));
        } else if (binary instanceof Blob blob) {
            CompressionType compression = compressionType(reserved.get(ReservedKeys.COMPRESSION_TYPE));
            builder.content(LobContent.binary(ReservedKeys.COMPRESSED_BINARY_DATA, blob, compression));
        } else if (binary != null) {
            byte[] bytes = decodeBase64(binary);
            builder.compressedBinary(bytes, compressionType(reserved.get(ReservedKeys.COMPRESSION_TYPE)));
        }
    }

    private static byte[] decodeBase64(Object binary) throws InvalidDocumentException {
        if (binary instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return Base64.getDecoder().decode(requireString(ReservedKeys.COMPRESSED_BINARY_DATA, binary));
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException(ReservedKeys.COMPRESSED_BINARY_DATA, "must be Base64 text", e);
        }
    }

    /** Permissions as the builder holds them: a list of elements, each read by the permission model. */
    public static List<?> permissionList(Object permissions) {
        if (permissions instanceof List<?> list) {
            return list;
        }
        return permissions instanceof Object[] array ? Arrays.asList(array) : List.of(permissions);
    }

    public static CompressionType compressionType(Object value) throws InvalidDocumentException {
        if (value == null) {
            return CompressionType.ZLIB;
        }
        if (value instanceof CompressionType type) {
            return type;
        }
        try {
            return CompressionType.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException(ReservedKeys.COMPRESSION_TYPE,
                    "must be one of UNCOMPRESSED, DEFLATE, GZIP, LZMA, ZLIB (case-sensitive): '" + value + "'");
        }
    }

    private static String requireString(String field, Object value) throws InvalidDocumentException {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        throw new InvalidDocumentException(field, "must be a string, not a " + value.getClass().getSimpleName());
    }

    /** A whole number: no fraction cut off, nothing beyond 64 bits wrapped around. */
    public static Long toLong(String field, Object value) throws InvalidDocumentException {
        try {
            if (value instanceof Number number) {
                Number canonical = NumberValues.canonical(field, number);
                if (NumberValues.isWhole(canonical)) {
                    return canonical.longValue();
                }
            } else {
                return Long.parseLong(value.toString().trim());
            }
        } catch (NumberFormatException | InvalidDocumentException e) {
            // refused below, with the rule of this field
        }
        throw new InvalidDocumentException(field, "must be a whole number: '" + value + "'");
    }
}
