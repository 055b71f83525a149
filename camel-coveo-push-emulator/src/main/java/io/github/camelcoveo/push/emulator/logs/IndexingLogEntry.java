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
package io.github.camelcoveo.push.emulator.logs;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of an organization's indexing pipeline log, with the fields of Coveo's {@code IndexingPipelineLogEntry}
 * (Source Logs API): {@code guid}, {@code id} (the item's URI, i.e. its documentId; the fileId for a
 * {@link LogOperation#BATCH_FILE} entry; null for a delete-older-than as a whole), {@code datetime},
 * {@code organizationId}, {@code sourceId}, {@code task}, {@code operation}, {@code result}, {@code resourceId} (the
 * indexing pipeline extension involved: always null, the emulator runs none) and {@code meta}.
 * The Logs API adds {@code requestId}, the id of the Logs API call that returned the entry.
 * <p>
 * {@code meta} holds what lets a client match an entry to what it sent, in the emulator's keys (Coveo's
 * documentation gives only {@code {"duration": "0.012"}} as an example): {@code orderingId}, {@code fileId} (entries
 * of a batch), {@code error} (an {@link LogResult#ERROR}), {@code reason} (a {@link LogResult#SKIPPED}),
 * {@code pushRequestId} (one per Push API call, shared by all the entries it produced).
 *
 * @param sequence the order in which the emulator wrote the entries, which breaks ties between equal datetimes
 */
public record IndexingLogEntry(long sequence, String guid, String id, Instant datetime, String organizationId,
                               String sourceId, LogTask task, LogOperation operation, LogResult result,
                               String resourceId, Map<String, Object> meta) {

    public IndexingLogEntry {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    /** The item's documentId (Coveo calls it {@code id}, the item's URI). */
    public String documentId() {
        return id;
    }

    public Optional<String> error() {
        return Optional.ofNullable(meta.get("error")).map(String::valueOf);
    }

    public Optional<String> fileId() {
        return Optional.ofNullable(meta.get("fileId")).map(String::valueOf);
    }

    public Optional<Long> orderingId() {
        return Optional.ofNullable(meta.get("orderingId")).map(value -> ((Number) value).longValue());
    }

    /** The entry as the Logs API returns it. */
    public Map<String, Object> toJson(String requestId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("guid", guid);
        json.put("id", id);
        json.put("datetime", datetime.toString());
        json.put("organizationId", organizationId);
        json.put("sourceId", sourceId);
        json.put("task", task.name());
        json.put("operation", operation.name());
        json.put("result", result.name());
        json.put("resourceId", resourceId);
        json.put("requestId", requestId);
        json.put("meta", meta);
        return json;
    }

    @Override
    public String toString() {
        return datetime + " " + sourceId + " " + task + " " + operation + " " + result + " " + id
                + (meta.isEmpty() ? "" : " " + meta);
    }
}
