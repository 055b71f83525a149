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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import io.github.camelcoveo.push.security.PermissionModel;

/** The rules a document must follow before it is sent; each broken rule is an {@link InvalidDocumentException}. */
public final class DocumentRules {

    private DocumentRules() {
    }

    public static void check(PushDocument document) throws InvalidDocumentException {
        checkDocumentId(ReservedKeys.DOCUMENT_ID, document.getDocumentId());
        if (document.getParentId() != null) {
            checkDocumentId(ReservedKeys.PARENT_ID, document.getParentId());
        }
        checkFileExtension(document.getFileExtension());
        checkOrderingId(document.getOrderingId());
        checkPermissions(document.getPermissions());
    }

    /** A documentId is an absolute URI without a fragment. */
    public static void checkDocumentId(String field, String id) throws InvalidDocumentException {
        if (id == null || id.isBlank()) {
            throw new InvalidDocumentException(field, "is required: set the CamelCoveoPushDocumentId header, or send a"
                                                      + " body it can be derived from (a file, or a Map with"
                                                      + " documentId)");
        }
        if (id.indexOf('#') >= 0) {
            throw new InvalidDocumentException(field, "must not contain '#' (a URI fragment): '" + id + "'");
        }
        if (isPlainAbsoluteUri(id)) {
            return;
        }
        URI uri;
        try {
            uri = new URI(id);
        } catch (URISyntaxException e) {
            throw new InvalidDocumentException(field, "must be a valid URI (" + e.getReason() + "): '" + id + "'", e);
        }
        if (!uri.isAbsolute()) {
            throw new InvalidDocumentException(field, "must be an absolute URI with a scheme, such as"
                                                      + " file://share/a.pdf: '" + id + "'");
        }
    }

    /**
     * Whether the id has the common shape {@code scheme://host[:port][/path][?query]} written only with characters
     * that never need escaping, so that {@link URI} would accept it as absolute: parsing it (two thirds of the check's
     * cost when every document is checked) is then skipped. Any other id is parsed.
     */
    static boolean isPlainAbsoluteUri(String id) {
        int length = id.length();
        if (length == 0 || !isAsciiLetter(id.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < length && isSchemeChar(id.charAt(i))) {
            i++;
        }
        if (!id.startsWith("://", i)) {
            return false;
        }
        i += 3;
        int authorityStart = i;
        while (i < length && isAuthorityChar(id.charAt(i))) {
            i++;
        }
        if (i == authorityStart) {
            return false;
        }
        if (i < length && id.charAt(i) != '/' && id.charAt(i) != '?') {
            return false;
        }
        for (; i < length; i++) {
            if (!isPathOrQueryChar(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAlphanumeric(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isSchemeChar(char c) {
        return isAlphanumeric(c) || c == '+' || c == '-' || c == '.';
    }

    /** Unreserved characters and ':': a host and port, or else a registry-based authority, both valid. */
    private static boolean isAuthorityChar(char c) {
        return isAlphanumeric(c) || c == '.' || c == '-' || c == '_' || c == '~' || c == ':';
    }

    /** Unreserved characters and the reserved ones a path or query may hold as they are; no '%', '[' or ']'. */
    private static boolean isPathOrQueryChar(char c) {
        return isAlphanumeric(c) || "-._~!*'()$&+,;=:@/?".indexOf(c) >= 0;
    }

    public static void checkFileExtension(String extension) throws InvalidDocumentException {
        if (extension != null && (!extension.startsWith(".") || extension.length() < 2 || extension.contains("/"))) {
            throw new InvalidDocumentException(ReservedKeys.FILE_EXTENSION,
                    "must start with a dot and name an extension, such as .pdf: '" + extension + "'");
        }
    }

    public static void checkOrderingId(Long orderingId) throws InvalidDocumentException {
        if (orderingId != null && orderingId < 0) {
            throw new InvalidDocumentException(ReservedKeys.ORDERING_ID, "must not be negative: " + orderingId);
        }
    }

    /** The permission model: see {@link PermissionModel} for its rules. */
    private static void checkPermissions(List<Object> permissions) throws InvalidDocumentException {
        if (permissions != null) {
            for (Object permission : permissions) {
                if (permission == null) {
                    throw new InvalidDocumentException(ReservedKeys.PERMISSIONS, "must not hold null entries");
                }
            }
            PermissionModel.check(ReservedKeys.PERMISSIONS, permissions);
        }
    }
}
