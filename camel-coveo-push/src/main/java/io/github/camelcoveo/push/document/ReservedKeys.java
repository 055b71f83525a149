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
