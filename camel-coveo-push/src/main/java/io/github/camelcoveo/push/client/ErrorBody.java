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
package io.github.camelcoveo.push.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * What the body of a refused call says: Coveo's error code and message. The JSON is read as a stream, so that the
 * code is found wherever it stands in a body of any size (up to {@link #MAX_READ} bytes), and only the message,
 * cut to {@link #MAX_MESSAGE} characters, is kept; a body that is not a JSON object gives its first characters.
 *
 * @param errorCode the code, or null when the body gives none
 * @param message   the message, or null when a JSON body gives none
 */
record ErrorBody(String errorCode, String message) {

    /** How much of a body is read to find its fields. */
    static final int MAX_READ = 8 * 1024 * 1024;
    /** How much of a message is kept. */
    static final int MAX_MESSAGE = 16 * 1024;

    /** Read beyond the message kept, so that a secret that the cut would split is whole when it is redacted. */
    private static final int SECRET_MARGIN = 1024;
    private static final List<String> CODE_FIELDS = List.of("errorCode", "type", "code");
    private static final List<String> MESSAGE_FIELDS = List.of("message", "errorMessage", "error");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_READ).build()).build();

    /**
     * Reads a body.
     *
     * @param redact removes secrets from the message; applied before the message is cut, so that no part of a secret
     *               stays at the cut
     */
    static ErrorBody read(InputStream body, UnaryOperator<String> redact) throws IOException {
        byte[] head = body.readNBytes(MAX_MESSAGE + SECRET_MARGIN);
        Map<String, String> fields = new HashMap<>();
        boolean object = readFields(new SequenceInputStream(new ByteArrayInputStream(head), body), fields);
        String message = object || !fields.isEmpty() ? first(fields, MESSAGE_FIELDS)
                : new String(head, StandardCharsets.UTF_8);
        return new ErrorBody(first(fields, CODE_FIELDS), cut(redact.apply(message)));
    }

    /** Collects the scalar fields of the top-level object that name a code or a message; true if all was read. */
    private static boolean readFields(InputStream body, Map<String, String> fields) {
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (value.isScalarValue() && (CODE_FIELDS.contains(name) || MESSAGE_FIELDS.contains(name))) {
                    fields.putIfAbsent(name, json.getValueAsString());
                } else {
                    json.skipChildren(); // a string value is skipped without being read into memory
                }
            }
            return true;
        } catch (IOException notJsonOrTooLong) {
            return false; // keep the fields found before the end of what was read
        }
    }

    private static String first(Map<String, String> fields, List<String> names) {
        return names.stream().map(fields::get).filter(value -> value != null).findFirst().orElse(null);
    }

    private static String cut(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE) + "... (cut)";
    }
}
