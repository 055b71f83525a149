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

/**
 * How a document's content travels to Coveo, from the lightest to the heaviest; {@link #headerValue()} is what the
 * {@code CamelCoveoPushContentTransport} header reports.
 */
public enum Transport {

    /** No content, or not a document (a delete, an identity, a source status). */
    NONE("none"),
    /** Plain text in the document's {@code data}. */
    DATA("data"),
    /** Compressed and base64-encoded in the document's {@code compressedBinaryData}. */
    COMPRESSED_BINARY_DATA("compressedBinaryData"),
    /** Compressed into a file container of its own that the document names. */
    FILE_CONTAINER("fileContainer");

    private final String headerValue;

    Transport(String headerValue) {
        this.headerValue = headerValue;
    }

    public String headerValue() {
        return headerValue;
    }

    /** The heavier of the two: what a Collection body reports for its elements. */
    public Transport heavier(Transport other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
