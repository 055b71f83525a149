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
