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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.http.PushApiException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code partialUpdate} entry of a Catalog source's update file:
 * {@code {"documentId": "...", "operator": "arrayAppend", "field": "...", "value": ...}}.
 */
public record PartialUpdate(String documentId, PartialUpdateOperator operator, String field, Object value) {

    /** Reads and checks an entry: 400 INVALID_JSON for a missing key, an unknown operator or a value of the wrong shape. */
    public static PartialUpdate parse(JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            throw PushApiException.invalidJson("Each partialUpdate entry must be an object with documentId, operator, "
                    + "field and value.");
        }
        StrictJson.rejectCaseInsensitiveDuplicates(entry);
        String documentId = DocumentIds.requireValid(text(entry, "documentId"));
        String operatorName = text(entry, "operator");
        if (operatorName == null) {
            throw PushApiException.invalidJson("partialUpdate of " + documentId + ": operator is required.");
        }
        PartialUpdateOperator operator = PartialUpdateOperator.parse(operatorName).orElseThrow(() ->
                PushApiException.invalidJson("partialUpdate of " + documentId + ": unknown operator " + operatorName
                        + " (expected arrayAppend, arrayRemove, fieldValueReplace, dictionaryPut, dictionaryRemove)."));
        String field = text(entry, "field");
        if (field == null || field.isBlank()) {
            throw PushApiException.invalidJson("partialUpdate of " + documentId + ": field is required.");
        }
        if (!entry.has("value")) {
            throw PushApiException.invalidJson("partialUpdate of " + documentId + ": value is required.");
        }
        JsonNode raw = entry.get("value");
        Object value = raw.isObject() ? DocumentParser.dictionary(field, raw) : DocumentParser.metadataValue(field, raw);
        operator.valueProblem(value).ifPresent(problem -> {
            throw PushApiException.invalidJson("partialUpdate of " + documentId + ", field " + field + ": " + problem);
        });
        return new PartialUpdate(documentId, operator, field, value);
    }

    /**
     * Applies the update to an item's metadata (keys matched case-insensitively, as Coveo treats them).
     *
     * @return the new metadata, or the reason the index refuses the update
     */
    public Result applyTo(Map<String, Object> metadata) {
        String key = metadata.keySet().stream().filter(existing -> existing.equalsIgnoreCase(field)).findFirst()
                .orElse(field);
        boolean present = metadata.containsKey(key);
        PartialUpdateOperator.Outcome outcome = operator.apply(field, present, metadata.get(key), value);
        if (outcome.refusal() != null) {
            return new Result(null, outcome.refusal());
        }
        Map<String, Object> updated = new LinkedHashMap<>(metadata);
        if (outcome.changed()) {
            updated.put(key, outcome.value());
        }
        return new Result(updated, null);
    }

    /** The metadata after an update, or why it was refused. */
    public record Result(Map<String, Object> metadata, String refusal) {
        public Optional<String> refused() {
            return Optional.ofNullable(refusal);
        }
    }

    private static String text(JsonNode entry, String name) {
        JsonNode value = entry.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw PushApiException.invalidJson("partialUpdate: '" + name + "' must be a string.");
        }
        return value.asText();
    }
}
