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
package io.github.camelcoveo.push.error;

import org.apache.camel.CamelException;

/**
 * The Push API refused a call, or kept failing until retries ran out. Carries what a person needs to act: the status
 * code, Coveo's error code and message, the operation and the documentId. Never the API key.
 */
public class CoveoPushApiException extends CamelException {

    private final int statusCode;
    private final String errorCode;
    private final String coveoMessage;
    private final String operation;
    private final String documentId;
    private final int attempts;
    private final String fileId;

    public CoveoPushApiException(int statusCode, String errorCode, String coveoMessage, String operation,
                                 String documentId, int attempts, Throwable cause) {
        this(statusCode, errorCode, coveoMessage, operation, documentId, null, attempts, cause);
    }

    public CoveoPushApiException(int statusCode, String errorCode, String coveoMessage, String operation,
                                 String documentId, String fileId, int attempts, Throwable cause) {
        super(describe(statusCode, errorCode, coveoMessage, operation, documentId, fileId, attempts), cause);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.coveoMessage = coveoMessage;
        this.operation = operation;
        this.documentId = documentId;
        this.fileId = fileId;
        this.attempts = attempts;
    }

    /** The same failure, as the failure of one document of a batch: each of its exchanges gets its own. */
    public CoveoPushApiException forDocument(String documentId) {
        return java.util.Objects.equals(documentId, this.documentId) ? this
                : new CoveoPushApiException(statusCode, errorCode, coveoMessage, operation, documentId, fileId,
                        attempts, getCause());
    }

    /** The same failure, after {@code attempts} attempts of its call. */
    public CoveoPushApiException afterAttempts(int attempts) {
        return attempts == this.attempts ? this
                : new CoveoPushApiException(statusCode, errorCode, coveoMessage, operation, documentId, fileId,
                        attempts, getCause());
    }

    /** The same failure, of a call about the file container {@code fileId}. */
    public CoveoPushApiException inFileContainer(String fileId) {
        return java.util.Objects.equals(fileId, this.fileId) ? this
                : new CoveoPushApiException(statusCode, errorCode, coveoMessage, operation, documentId, fileId,
                        attempts, getCause());
    }

    private static String describe(int status, String errorCode, String message, String operation, String documentId,
                                   String fileId, int attempts) {
        StringBuilder text = new StringBuilder("Coveo Push API ").append(operation);
        if (documentId != null) {
            text.append(" of '").append(documentId).append('\'');
        }
        if (fileId != null) {
            text.append(" (file container ").append(fileId).append(')');
        }
        text.append(status > 0 ? " failed with HTTP " + status : " failed without an HTTP response");
        if (errorCode != null) {
            text.append(' ').append(errorCode);
        }
        if (message != null && !message.isBlank()) {
            text.append(": ").append(message);
        }
        if (attempts > 1) {
            text.append(" (after ").append(attempts).append(" attempts)");
        }
        return text.toString();
    }

    /** The HTTP status code, or 0 when no response came (timeout, reset connection). */
    public int getStatusCode() {
        return statusCode;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getCoveoMessage() {
        return coveoMessage;
    }

    public String getOperation() {
        return operation;
    }

    public String getDocumentId() {
        return documentId;
    }

    public int getAttempts() {
        return attempts;
    }

    /** The file container of the batch (or of the content) the call was about, or null. */
    public String getFileId() {
        return fileId;
    }
}
