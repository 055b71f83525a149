package io.github.camelcoveo.push.emulator.content;

import io.github.camelcoveo.push.emulator.http.PushApiException;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks that a documentId is what Coveo requires: an absolute URI. */
public final class DocumentIds {

    private DocumentIds() {
    }

    public static String requireValid(String documentId) {
        if (documentId == null || documentId.isBlank()) {
            throw PushApiException.badRequest("MISSING_DOCUMENT_ID", "A documentId is required.");
        }
        try {
            if (!new URI(documentId).isAbsolute()) {
                throw invalid(documentId);
            }
        } catch (URISyntaxException e) {
            throw invalid(documentId);
        }
        return documentId;
    }

    private static PushApiException invalid(String documentId) {
        return PushApiException.badRequest("INVALID_DOCUMENT_ID",
                "The documentId must be an absolute URI (such as file://share/a.txt): " + documentId);
    }
}
