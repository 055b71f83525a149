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
package io.github.camelcoveo.push.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.content.DocumentIds;
import io.github.camelcoveo.push.emulator.content.PartialUpdate;
import io.github.camelcoveo.push.emulator.content.StrictJson;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A Stream API file as uploaded to a file container: {@code {"addOrUpdate":[items], "delete":[{"documentId"}],
 * "partialUpdate":[{"documentId","operator","field","value"}]}}. An update file takes all three; a merge file and the
 * files of a load take {@code addOrUpdate} only (the other two may be there, empty). Read whole and checked before any
 * of it is applied.
 */
record StreamFile(List<JsonNode> addOrUpdate, List<String> delete, List<PartialUpdate> partialUpdate) {

    private static final Set<String> KEYS = Set.of("addOrUpdate", "delete", "partialUpdate");

    /** An update file ({@code PUT /stream/update}). */
    static StreamFile update(InputStream content) {
        return read(content, true);
    }

    /** A merge file or a load's file: {@code addOrUpdate} entries only. */
    static StreamFile itemsOnly(InputStream content, String what) {
        StreamFile file = read(content, false);
        if (!file.delete.isEmpty() || !file.partialUpdate.isEmpty()) {
            throw PushApiException.invalidJson(what + " takes addOrUpdate entries only: send deletes and partial "
                    + "updates with PUT /stream/update.");
        }
        return file;
    }

    private static StreamFile read(InputStream content, boolean update) {
        JsonNode file = StrictJson.parseObject(content);
        for (Iterator<String> keys = file.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw PushApiException.invalidJson("Unknown key in the file: " + key
                        + " (expected addOrUpdate, delete, partialUpdate).");
            }
        }
        List<JsonNode> items = new ArrayList<>();
        array(file, "addOrUpdate").forEach(items::add);
        List<String> deletes = new ArrayList<>();
        for (JsonNode entry : array(file, "delete")) {
            if (!entry.isObject()) {
                throw PushApiException.invalidJson("Each delete entry must be an object with a documentId.");
            }
            JsonNode id = entry.get("documentId");
            deletes.add(DocumentIds.requireValid(id == null || id.isNull() ? null : id.asText()));
        }
        List<PartialUpdate> partials = new ArrayList<>();
        for (JsonNode entry : array(file, "partialUpdate")) {
            partials.add(update ? PartialUpdate.parse(entry) : null);
        }
        return new StreamFile(items, deletes, partials);
    }

    private static Iterable<JsonNode> array(JsonNode file, String key) {
        JsonNode value = file.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw PushApiException.invalidJson("'" + key + "' must be an array.");
        }
        return value;
    }
}
