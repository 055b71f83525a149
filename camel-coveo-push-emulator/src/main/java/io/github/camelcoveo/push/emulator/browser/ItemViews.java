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
package io.github.camelcoveo.push.emulator.browser;

import io.github.camelcoveo.push.emulator.store.IndexedItem;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of an item: a summary for lists and the full detail. */
final class ItemViews {

    private ItemViews() {
    }

    static String contentKind(IndexedItem item) {
        if (item.contentSize() == 0) {
            return "none";
        }
        if (!item.isContentRetained()) {
            return "not retained";
        }
        return item.isText() ? "text" : "binary";
    }

    static Map<String, Object> summary(IndexedItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("documentId", item.documentId());
        view.put("title", item.title());
        view.put("fileExtension", item.fileExtension());
        view.put("orderingId", item.orderingId());
        view.put("size", item.contentSize());
        view.put("sha256", item.contentSha256());
        view.put("contentKind", contentKind(item));
        view.put("contentOrigin", item.contentOrigin().name());
        if (item.objectType() != null) {
            view.put("objectType", item.objectType());
        }
        return view;
    }

    /** A Catalog source's items by {@code objecttype} (sorted; items without one under "(none)"), in their order. */
    static Map<String, List<IndexedItem>> byObjectType(List<IndexedItem> items) {
        Map<String, List<IndexedItem>> byType = new TreeMap<>();
        for (IndexedItem item : items) {
            byType.computeIfAbsent(item.objectType() == null ? NO_OBJECT_TYPE : item.objectType(),
                    type -> new ArrayList<>()).add(item);
        }
        return byType;
    }

    static final String NO_OBJECT_TYPE = "(none)";

    static Map<String, Object> detail(IndexedItem item) {
        Map<String, Object> view = summary(item);
        view.put("parentId", item.parentId());
        view.put("compressionType", item.compressionType() == null ? null : item.compressionType().name());
        view.put("pushMode", item.pushMode().name());
        view.put("indexedAt", item.indexedAt().toString());
        view.put("metadata", item.metadata());
        view.put("metadataIndexing", item.metadataIndexing().stream().map(indexed -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", indexed.key());
            entry.put("fieldType", indexed.fieldType() == null ? null : indexed.fieldType().name());
            entry.put("status", indexed.status().name());
            entry.put("searchable", indexed.searchable());
            entry.put("description", indexed.describe());
            return entry;
        }).toList());
        view.put("permissions", item.permissionsJson());
        view.put("text", item.text().orElse(null));
        view.put("contentBase64", item.isText() || !item.isContentRetained() ? null
                : Base64.getEncoder().encodeToString(item.content()));
        return view;
    }
}
