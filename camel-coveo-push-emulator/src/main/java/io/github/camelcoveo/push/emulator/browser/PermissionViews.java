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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.content.StrictJson;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.SecurityProvider;
import io.github.camelcoveo.push.emulator.store.StoredIdentity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An item's permissions, one row per allowed or denied identity, each marked resolved or unresolved against the
 * organization's security identity providers. Coveo accepts an item whose permissions name unknown identities (202)
 * and resolves them later; the emulator does the same and shows which ones it could not resolve.
 */
final class PermissionViews {

    private PermissionViews() {
    }

    static List<Map<String, Object>> entries(IndexedItem item, EmulatedOrganization organization) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (item.permissionsJson() == null) {
            return rows;
        }
        JsonNode permissions;
        try {
            permissions = StrictJson.mapper().readTree(item.permissionsJson());
        } catch (Exception e) {
            return rows;
        }
        if (!permissions.isArray()) {
            return rows;
        }
        for (int i = 0; i < permissions.size(); i++) {
            JsonNode element = permissions.get(i);
            JsonNode sets = field(element, "permissionSets");
            if (sets != null && sets.isArray()) {
                String level = text(field(element, "name"));
                for (int s = 0; s < sets.size(); s++) {
                    set(rows, sets.get(s), level == null ? "level " + i : level, "set " + s, organization);
                }
            } else {
                set(rows, element, null, "set " + i, organization);
            }
        }
        return rows;
    }

    private static void set(List<Map<String, Object>> rows, JsonNode set, String level, String name,
                            EmulatedOrganization organization) {
        JsonNode anonymous = field(set, "allowAnonymous");
        if (anonymous != null && anonymous.asBoolean(false)) {
            Map<String, Object> row = row(level, name, "allowed");
            row.put("identity", "(anonymous)");
            row.put("identityType", null);
            row.put("securityProvider", null);
            row.put("resolved", true);
            rows.add(row);
        }
        for (String access : List.of("allowed", "denied")) {
            JsonNode list = field(set, access + "Permissions");
            if (list == null || !list.isArray()) {
                continue;
            }
            for (JsonNode permission : list) {
                Map<String, Object> row = row(level, name, access);
                String identity = text(field(permission, "identity"));
                String type = text(field(permission, "identityType"));
                String provider = text(field(permission, "securityProvider"));
                row.put("identity", identity);
                row.put("identityType", type);
                row.put("securityProvider", provider);
                row.put("resolved", identity != null && type != null
                        && organization.resolves(identity, type.toUpperCase(Locale.ROOT), provider));
                rows.add(row);
            }
        }
    }

    private static Map<String, Object> row(String level, String set, String access) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (level != null) {
            row.put("level", level);
        }
        row.put("set", set);
        row.put("access", access);
        return row;
    }

    private static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static List<Map<String, Object>> identities(SecurityProvider provider) {
        return provider.identities().stream().map(PermissionViews::identity).toList();
    }

    static Map<String, Object> identity(StoredIdentity identity) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", identity.name());
        view.put("type", identity.type());
        view.put("additionalInfo", identity.identity().additionalInfo());
        view.put("members", identity.members().stream().map(m -> Map.of("name", m.name(), "type", m.type())).toList());
        view.put("wellKnowns", identity.wellKnowns().stream().map(m -> Map.of("name", m.name(), "type", m.type()))
                .toList());
        view.put("mappings", identity.mappings().stream().map(m -> Map.of("name", m.name(), "type", m.type(),
                "provider", m.provider())).toList());
        view.put("orderingId", identity.orderingId());
        view.put("updatedAt", identity.updatedAt().toString());
        return view;
    }
}
