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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelcoveo.push.emulator.http.PushApiException;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Parses request JSON as strictly as Coveo: malformed JSON and duplicate keys are INVALID_JSON. */
public final class StrictJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private StrictJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonNode parseObject(byte[] body) {
        return parseObject(new java.io.ByteArrayInputStream(body));
    }

    public static JsonNode parseObject(java.io.InputStream body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw PushApiException.invalidJson("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw PushApiException.invalidJson("The body could not be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw PushApiException.invalidJson("The body must be a JSON object.");
        }
        return node;
    }

    /** A body that must be a JSON array, such as the Field API's batch of field models. */
    public static JsonNode parseArray(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw PushApiException.invalidJson("The body is not valid JSON: " + e.getMessage());
        }
        if (node == null || !node.isArray()) {
            throw PushApiException.invalidJson("The body must be a JSON array.");
        }
        return node;
    }

    /** Coveo keys are case-insensitive: {@code Title} and {@code title} in one object are duplicates. */
    public static void rejectCaseInsensitiveDuplicates(JsonNode object) {
        Set<String> seen = new HashSet<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw PushApiException.invalidJson("Duplicate key (keys are case-insensitive): " + name);
            }
        }
    }
}
