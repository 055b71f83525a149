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
package io.github.camelcoveo.push.confirm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An item Coveo accepted (202) and then refused when it indexed it.
 *
 * @param fileId     the batch that carried it, or null for a single push
 * @param orderingId the orderingId of the operation Coveo refused, when the log gives it
 */
public record RejectedItem(String documentId, String reason, String fileId, Long orderingId, String sourceId) {

    /** The item as a Map (its keys the record's components, in order), for routes that marshal it. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("documentId", documentId);
        map.put("reason", reason);
        map.put("fileId", fileId);
        map.put("orderingId", orderingId);
        map.put("sourceId", sourceId);
        return map;
    }
}
