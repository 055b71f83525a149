package io.github.camelcoveo.push.document;

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
