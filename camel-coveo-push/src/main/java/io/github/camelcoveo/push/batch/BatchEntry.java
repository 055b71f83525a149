package io.github.camelcoveo.push.batch;

import io.github.camelcoveo.push.client.RequestBody;

/** One line of a batch file, ready to be written: its JSON and what to release once it is written. */
public sealed interface BatchEntry extends AutoCloseable {

    String documentId();

    RequestBody json();

    /** How the content travels (none, data, compressedBinaryData, fileContainer); reported to the exchange. */
    String transport();

    @Override
    default void close() {
    }

    /** An element of the {@code addOrUpdate} array. */
    record AddOrUpdate(String documentId, RequestBody json, String transport, AutoCloseable resources)
            implements BatchEntry {
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

    /** An element of the {@code delete} array. */
    record Delete(String documentId, RequestBody json) implements BatchEntry {
        @Override
        public String transport() {
            return "none";
        }
    }
}
