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
package io.github.camelcoveo.push.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.client.Json;
import io.github.camelcoveo.push.error.InvalidDocumentException;

/**
 * Reads, checks and normalizes the permissions of an item into the Push API permission model [docs.coveo.com/en/107,
 * /en/63]: a list of permission sets {@code {"allowAnonymous", "allowedPermissions": [{"identity", "identityType",
 * "securityProvider"}], "deniedPermissions": [...]}}, or a list of permission levels
 * {@code {"name", "permissionSets": [...]}}.
 * <p>
 * Accepted input: {@link PermissionSet}, {@link PermissionLevel}, {@link Permission}, Maps in the Push API shape
 * (keys case-insensitive), POJOs that Jackson writes in that shape, Jackson trees, a list or array of those, JSON text
 * of a set, a level or an array of them (alone or as an element of a list), or the <em>simple
 * form</em>: a string of entries separated by {@code ,}, {@code ;} or new lines, each {@code TYPE:name} (allowed),
 * {@code -TYPE:name} or {@code !TYPE:name} (denied), or {@code anonymous} (allowAnonymous), which makes one permission
 * set; for example {@code GROUP:Engineering, USER:alice@example.com, -USER:bob@example.com}.
 * <p>
 * Rules, each an {@link InvalidDocumentException} naming the field: an identity is not empty; its type is USER, GROUP,
 * VIRTUAL_GROUP or UNKNOWN; an item has at most {@value #MAX_PERMISSIONS} permissions; sets and levels are not mixed;
 * no unknown keys.
 */
public final class PermissionModel {

    /** At most this many allowed and denied permissions an item [docs.coveo.com/en/63]. */
    public static final int MAX_PERMISSIONS = 5_000;

    private static final Map<String, String> SET_KEYS = keys("allowAnonymous", "allowedPermissions", "deniedPermissions");
    private static final Map<String, String> LEVEL_KEYS = keys("name", "permissionSets");
    private static final Map<String, String> PERMISSION_KEYS = keys("identity", "identityType", "securityProvider");

    private PermissionModel() {
    }

    /**
     * The permissions in the Push API shape, with the defaults applied; null when {@code raw} is null.
     *
     * @param field the field to name in errors, usually {@code permissions}
     */
    public static List<Object> normalize(String field, Object raw, PermissionDefaults defaults)
            throws InvalidDocumentException {
        if (raw == null) {
            return null;
        }
        List<Object> elements = elements(field, raw);
        List<Object> normalized = new ArrayList<>(elements.size());
        Counter counter = new Counter();
        Boolean levels = null;
        for (int i = 0; i < elements.size(); i++) {
            String at = field + "[" + i + "]";
            Map<String, Object> map = asMap(at, elements.get(i));
            boolean isLevel = map.keySet().stream().anyMatch(k -> "permissionSets".equalsIgnoreCase(k));
            if (levels != null && levels != isLevel) {
                throw new InvalidDocumentException(at, "mixes permission sets and permission levels: give a list of"
                                                       + " sets {allowAnonymous, allowedPermissions, deniedPermissions}"
                                                       + " or a list of levels {name, permissionSets}");
            }
            levels = isLevel;
            normalized.add(isLevel ? level(at, map, defaults, counter) : set(at, map, defaults, counter));
        }
        if (counter.count > MAX_PERMISSIONS) {
            throw new InvalidDocumentException(field, "holds " + counter.count + " permissions, more than the "
                                                      + MAX_PERMISSIONS + " an item may have");
        }
        return normalized;
    }

    /** Checks permissions without defaults; for documents that did not come through the mapper. */
    public static void check(String field, List<?> permissions) throws InvalidDocumentException {
        normalize(field, permissions, PermissionDefaults.NONE);
    }

    /** Counts the allowed and denied permissions of an already normalized model. */
    private static final class Counter {
        int count;
    }

    /** The permission sets or levels that {@code raw} gives, text and JSON trees read. */
    private static List<Object> elements(String field, Object raw) throws InvalidDocumentException {
        if (raw instanceof CharSequence text) {
            return textElements(field, text.toString());
        }
        if (raw instanceof JsonNode tree) {
            return elements(field, Json.MAPPER.convertValue(tree, Object.class));
        }
        if (raw instanceof Collection<?> collection) {
            return expanded(field, collection);
        }
        if (raw instanceof Object[] array) {
            return expanded(field, Arrays.asList(array));
        }
        return List.of(raw);
    }

    /** The elements of a list, each text or JSON tree among them read as the sets or levels it gives. */
    private static List<Object> expanded(String field, Collection<?> collection) throws InvalidDocumentException {
        List<Object> list = new ArrayList<>(collection.size());
        int i = 0;
        for (Object element : collection) {
            if (element == null) {
                throw new InvalidDocumentException(field, "must not hold null entries");
            }
            if (element instanceof CharSequence || element instanceof JsonNode) {
                // a lone text is how a header or a Map key gives it: name the field, not an index the user never wrote
                list.addAll(elements(collection.size() == 1 ? field : field + "[" + i + "]", element));
            } else {
                list.add(element);
            }
            i++;
        }
        return list;
    }

    /** JSON text of a set, a level or an array of them; any other text is the simple form. */
    private static List<Object> textElements(String field, String text) throws InvalidDocumentException {
        String trimmed = text.strip();
        if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) {
            return List.of(simpleForm(field, trimmed));
        }
        Object parsed;
        try {
            parsed = Json.MAPPER.readValue(trimmed, Object.class);
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException(field, "is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return parsed instanceof Collection<?> list ? expanded(field, list) : List.of(parsed);
    }

    /** The simple form: one permission set. */
    static PermissionSet simpleForm(String field, String text) throws InvalidDocumentException {
        PermissionSet.Builder set = PermissionSet.builder();
        int count = 0;
        for (String entry : text.split("[,;\\r\\n]")) {
            String token = entry.strip();
            if (token.isEmpty()) {
                continue;
            }
            count++;
            if (token.equalsIgnoreCase("anonymous") || token.equalsIgnoreCase("allowAnonymous")) {
                set.allowAnonymous(true);
                continue;
            }
            boolean deny = token.startsWith("-") || token.startsWith("!");
            if (deny) {
                token = token.substring(1).strip();
            }
            int colon = token.indexOf(':');
            if (colon <= 0) {
                throw new InvalidDocumentException(field, "entry '" + entry.strip() + "' must be TYPE:name (for example"
                                                          + " GROUP:Engineering), -TYPE:name to deny, or anonymous");
            }
            IdentityType type = IdentityType.parse(field + " entry '" + entry.strip() + "'", token.substring(0, colon));
            String name = token.substring(colon + 1).strip();
            if (name.isEmpty()) {
                throw new InvalidDocumentException(field, "entry '" + entry.strip() + "' has an empty identity");
            }
            if (deny) {
                set.deny(name, type);
            } else {
                set.allow(name, type);
            }
        }
        if (count == 0) {
            throw new InvalidDocumentException(field, "is empty: give TYPE:name entries or anonymous");
        }
        return set.build();
    }

    private static Map<String, Object> asMap(String at, Object element) throws InvalidDocumentException {
        if (element instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new InvalidDocumentException(at, "has a key that is not a string: " + entry.getKey());
                }
                copy.put(key, entry.getValue());
            }
            return copy;
        }
        if (element instanceof Permission || element instanceof CharSequence || element instanceof Number
            || element instanceof Boolean) {
            throw new InvalidDocumentException(at, "must be a permission set or a permission level, not a "
                                                   + element.getClass().getSimpleName());
        }
        try {
            return Json.toMap(element);
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException(at, "a " + element.getClass().getName()
                                                   + " cannot be read as a permission set: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> level(String at, Map<String, Object> map, PermissionDefaults defaults,
                                             Counter counter) throws InvalidDocumentException {
        Map<String, Object> known = known(at, map, LEVEL_KEYS, "a permission level (name, permissionSets)");
        Map<String, Object> level = new LinkedHashMap<>();
        Object name = known.get("name");
        if (name != null) {
            if (!(name instanceof CharSequence)) {
                throw new InvalidDocumentException(at + ".name", "must be a string");
            }
            level.put("name", name.toString());
        }
        Object sets = known.get("permissionSets");
        List<Object> list = sets instanceof Collection<?> || sets instanceof CharSequence
                ? elements(at + ".permissionSets", sets) : null;
        if (list == null || list.isEmpty()) {
            throw new InvalidDocumentException(at + ".permissionSets", "must be a non-empty list of permission sets");
        }
        List<Object> normalized = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String setAt = at + ".permissionSets[" + i + "]";
            normalized.add(set(setAt, asMap(setAt, list.get(i)), defaults, counter));
        }
        level.put("permissionSets", normalized);
        return level;
    }

    private static Map<String, Object> set(String at, Map<String, Object> map, PermissionDefaults defaults,
                                           Counter counter) throws InvalidDocumentException {
        Map<String, Object> known = known(at, map, SET_KEYS,
                "a permission set (allowAnonymous, allowedPermissions, deniedPermissions)");
        Map<String, Object> set = new LinkedHashMap<>();
        Object anonymous = known.get("allowAnonymous");
        if (anonymous == null) {
            anonymous = defaults.allowAnonymous();
        } else if (!(anonymous instanceof Boolean)) {
            String text = anonymous.toString().strip().toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                throw new InvalidDocumentException(at + ".allowAnonymous", "must be true or false: '" + anonymous + "'");
            }
            anonymous = Boolean.valueOf(text);
        }
        if (anonymous != null) {
            set.put("allowAnonymous", anonymous);
        }
        for (String key : List.of("allowedPermissions", "deniedPermissions")) {
            if (known.containsKey(key)) {
                set.put(key, permissions(at + "." + key, known.get(key), defaults, counter));
            }
        }
        return set;
    }

    private static List<Object> permissions(String at, Object raw, PermissionDefaults defaults, Counter counter)
            throws InvalidDocumentException {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof Collection<?> collection)) {
            throw new InvalidDocumentException(at, "must be a list of {identity, identityType, securityProvider}");
        }
        List<Object> list = new ArrayList<>(collection.size());
        int i = 0;
        for (Object element : collection) {
            list.add(permission(at + "[" + i + "]", element, defaults));
            i++;
        }
        counter.count += list.size();
        return list;
    }

    private static Map<String, Object> permission(String at, Object element, PermissionDefaults defaults)
            throws InvalidDocumentException {
        if (element == null) {
            throw new InvalidDocumentException(at, "must not be null");
        }
        Map<String, Object> map;
        if (element instanceof Permission permission) {
            map = permission.toMap();
        } else if (element instanceof CharSequence text) {
            PermissionSet set = simpleForm(at, text.toString());
            if (set.getAllowedPermissions().size() != 1 || !set.getDeniedPermissions().isEmpty()) {
                throw new InvalidDocumentException(at, "must be one TYPE:name entry: '" + text + "'");
            }
            map = set.getAllowedPermissions().get(0).toMap();
        } else {
            map = asMap(at, element);
        }
        Map<String, Object> known = known(at, map, PERMISSION_KEYS,
                "a permission (identity, identityType, securityProvider)");
        Object identity = known.get("identity");
        if (identity == null || identity.toString().isBlank()) {
            throw new InvalidDocumentException(at + ".identity", "must not be empty");
        }
        IdentityType type = IdentityType.parse(at + ".identityType", known.get("identityType"));
        Object provider = known.get("securityProvider");
        if (provider != null && provider.toString().isBlank()) {
            throw new InvalidDocumentException(at + ".securityProvider", "must not be blank when given");
        }
        Map<String, Object> permission = new LinkedHashMap<>();
        permission.put("identity", identity.toString());
        permission.put("identityType", type.name());
        String securityProvider = provider != null ? provider.toString() : defaults.securityProvider();
        if (securityProvider != null) {
            permission.put("securityProvider", securityProvider);
        }
        return permission;
    }

    /** The map with its keys spelled as Coveo spells them; an unknown or duplicated key is an error. */
    private static Map<String, Object> known(String at, Map<String, Object> map, Map<String, String> keys,
                                             String what) throws InvalidDocumentException {
        Map<String, Object> known = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String key = keys.get(entry.getKey().toLowerCase(Locale.ROOT));
            if (key == null) {
                throw new InvalidDocumentException(at + "." + entry.getKey(), "is not a key of " + what);
            }
            if (known.containsKey(key)) {
                throw new InvalidDocumentException(at + "." + entry.getKey(), "duplicates key '" + key
                                                                              + "': keys are case-insensitive");
            }
            known.put(key, entry.getValue());
        }
        return known;
    }

    private static Map<String, String> keys(String... names) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : names) {
            map.put(name.toLowerCase(Locale.ROOT), name);
        }
        return map;
    }
}
