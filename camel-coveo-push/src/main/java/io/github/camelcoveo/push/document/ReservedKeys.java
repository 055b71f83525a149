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

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The document keys that the Push API reserves: they are not metadata. */
public final class ReservedKeys {

    public static final String DOCUMENT_ID = "documentId";
    public static final String DATA = "data";
    public static final String COMPRESSED_BINARY_DATA = "compressedBinaryData";
    public static final String COMPRESSED_BINARY_DATA_FILE_ID = "compressedBinaryDataFileId";
    public static final String COMPRESSION_TYPE = "compressionType";
    public static final String FILE_EXTENSION = "fileExtension";
    public static final String PARENT_ID = "parentId";
    public static final String PERMISSIONS = "permissions";
    public static final String ORDERING_ID = "orderingId";

    public static final Set<String> ALL = Set.of(DOCUMENT_ID, DATA, COMPRESSED_BINARY_DATA,
            COMPRESSED_BINARY_DATA_FILE_ID, COMPRESSION_TYPE, FILE_EXTENSION, PARENT_ID, PERMISSIONS, ORDERING_ID);

    private static final Map<String, String> BY_LOWER_CASE = ALL.stream()
            .collect(Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), k -> k));

    private ReservedKeys() {
    }

    /** The reserved key that {@code key} names, whatever its case, or null when it is not reserved. */
    public static String match(String key) {
        return BY_LOWER_CASE.get(key.toLowerCase(Locale.ROOT));
    }

    /** Like {@link #match} for a key already in lower case. */
    static String matchLowerCase(String lowerCaseKey) {
        return BY_LOWER_CASE.get(lowerCaseKey);
    }
}
