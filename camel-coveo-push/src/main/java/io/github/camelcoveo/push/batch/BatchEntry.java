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
package io.github.camelcoveo.push.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.document.Transport;

/** One line of a batch file, ready to be written: its JSON and what to release once it is written. */
public sealed interface BatchEntry extends AutoCloseable {

    /** The key of the entry: a documentId, or TYPE:name of a security identity. */
    String documentId();

    /** The array of the batch file that holds the entry. */
    String section();

    RequestBody json();

    /** How the content travels; reported to the exchange. */
    Transport transport();

    @Override
    default void close() {
    }

    /** The entry, valid on any thread and at any time: a JSON written in a thread's buffer is copied. */
    default BatchEntry kept() {
        return this;
    }

    /** An element of the {@code addOrUpdate} array. */
    record AddOrUpdate(String documentId, RequestBody json, Transport transport, AutoCloseable resources)
            implements BatchEntry {
        @Override
        public String section() {
            return "addOrUpdate";
        }

        @Override
        public BatchEntry kept() {
            if (resources != null) {
                return this; // its JSON reads the spool it holds
            }
            ByteArrayOutputStream copy = new ByteArrayOutputStream((int) json.length());
            try {
                json.writeTo(copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new AddOrUpdate(documentId, RequestBody.of(copy.toByteArray()), transport, null);
        }

        @Override
        public void close() {
            if (resources != null) {
                try {
                    resources.close();
                } catch (Exception ignored) {
                    // a temporary file that could not be removed: nothing the exchange can do about it
                }
            }
        }
    }

    /** An entry whose JSON is all there is to it: no content travels with it. */
    sealed interface WithoutContent extends BatchEntry {
        @Override
        default Transport transport() {
            return Transport.NONE;
        }
    }

    /** An element of the {@code delete} array. */
    record Delete(String documentId, RequestBody json) implements WithoutContent {
        @Override
        public String section() {
            return "delete";
        }
    }

    /**
     * An element of the {@code members}, {@code mappings} or {@code deleted} array of a security identity batch.
     *
     * @param documentId the identity's TYPE:name, so that a batch holds one change of an identity
     */
    record Identity(String documentId, RequestBody json, String section) implements WithoutContent {
    }

    /** An element of the {@code partialUpdate} array of a catalog update file. */
    record PartialUpdate(String documentId, RequestBody json) implements WithoutContent {
        @Override
        public String section() {
            return "partialUpdate";
        }
    }
}
