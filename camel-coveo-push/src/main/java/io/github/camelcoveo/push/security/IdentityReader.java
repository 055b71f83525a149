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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcoveo.push.client.Json;
import io.github.camelcoveo.push.error.InvalidDocumentException;

/**
 * Reads the security identities of an exchange body, checks them, and merges the rows of one identity.
 * <p>
 * Accepted bodies: {@link SecurityIdentity}, {@link IdentityAlias}, {@link Identity}; Maps in the Push API shape
 * ({@code {"identity": {"name", "type"}, "members": [...]}}); POJOs that Jackson writes as Maps; JSON text; a Collection
 * of any of those; and the <em>simple form</em>, one row per Map or per line of CSV text with a header line, with the
 * columns (case-insensitive):
 * <ul>
 * <li>{@code identity} (or {@code name}), with {@code identityType} (or {@code type}); or {@code group},
 * {@code user}, {@code virtualGroup}, which also give the type. Without a type, an identity with members is a GROUP,
 * any other a USER; a deletion needs its type.</li>
 * <li>{@code members} (or {@code member}): names separated by {@code ;}, {@code |} or new lines (not commas, which LDAP
 * distinguished names hold), or a list; each a name of type {@code memberType} (default USER) or {@code TYPE:name}.</li>
 * <li>{@code wellKnowns} (or {@code wellKnown}), likewise, of type {@code wellKnownType} (default GROUP).</li>
 * <li>{@code mappings} (or {@code mapping}, {@code alias}), of type {@code mappingType} (default USER), in
 * {@code provider} (or {@code mappingProvider}, {@code securityProvider}).</li>
 * <li>{@code additionalInfo}: a Map of strings.</li>
 * </ul>
 * The rows of one identity (same name and type) in one body are merged: a CSV of group memberships, one row per
 * member, makes one identity per group. CSV text is split on commas, or on semicolons or tabs when its header holds
 * those instead; fields may be quoted with {@code "}, over several lines. The table camel-csv unmarshals CSV to (a List
 * of Lists of strings, the header first) is read like CSV text, its List of Maps like any Maps.
 */
public final class IdentityReader {

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        column("identity", "identity", "name");
        column("group", "group", "groupname");
        column("user", "user", "username");
        column("virtualgroup", "virtualgroup");
        column("type", "identitytype", "type");
        column("members", "members", "member");
        column("membertype", "membertype");
        column("wellknowns", "wellknowns", "wellknown");
        column("wellknowntype", "wellknowntype");
        column("mappings", "mappings", "mapping", "alias", "aliases");
        column("mappingtype", "mappingtype", "aliastype");
        column("provider", "provider", "mappingprovider", "securityprovider");
        column("additionalinfo", "additionalinfo");
    }

    private IdentityReader() {
    }

    private static void column(String canonical, String... names) {
        for (String name : names) {
            COLUMNS.put(name, canonical);
        }
    }

    /** The identities to add or update; {@code name} and {@code type} come from headers and may be null. */
    public static List<SecurityIdentity> identities(Object body, String name, Object type)
            throws InvalidDocumentException {
        Map<String, Row> rows = rows(body, name, type, "members");
        List<SecurityIdentity> identities = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            SecurityIdentity identity = SecurityIdentity.builder(row.identity(true)).members(row.members)
                    .wellKnowns(row.wellKnowns).build();
            check(identity);
            identities.add(identity);
        }
        return identities;
    }

    /** The aliases to add or update. */
    public static List<IdentityAlias> aliases(Object body, String name, Object type) throws InvalidDocumentException {
        Map<String, Row> rows = rows(body, name, type, "mappings");
        List<IdentityAlias> aliases = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            IdentityAlias alias = IdentityAlias.builder(row.identity(false)).mappings(row.mappings)
                    .wellKnowns(row.wellKnowns).build();
            check(alias);
            aliases.add(alias);
        }
        return aliases;
    }

    /** The identities to delete; each needs its type. */
    public static List<Identity> deletions(Object body, String name, Object type) throws InvalidDocumentException {
        Map<String, Row> rows = rows(body, name, type, null);
        List<Identity> identities = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            if (row.type == null) {
                throw new InvalidDocumentException("identity.type", "is required to delete '" + row.name
                                                                    + "': USER, GROUP, VIRTUAL_GROUP or UNKNOWN");
            }
            Identity identity = row.identity(false);
            checkIdentity("identity", identity);
            identities.add(identity);
        }
        return identities;
    }

    // --- checks -----------------------------------------------------------------------------------------------

    public static void check(SecurityIdentity identity) throws InvalidDocumentException {
        checkIdentity("identity", identity.getIdentity());
        checkAll("members", identity.getMembers());
        checkAll("wellKnowns", identity.getWellKnowns());
    }

    public static void check(IdentityAlias alias) throws InvalidDocumentException {
        checkIdentity("identity", alias.getIdentity());
        if (alias.getMappings().isEmpty()) {
            throw new InvalidDocumentException("mappings", "must name at least one identity of another provider for '"
                                                           + alias.getIdentity().name() + "'");
        }
        for (int i = 0; i < alias.getMappings().size(); i++) {
            AliasMapping mapping = alias.getMappings().get(i);
            String at = "mappings[" + i + "]";
            if (mapping == null) {
                throw new InvalidDocumentException(at, "must not be null");
            }
            checkIdentity(at, new Identity(mapping.name(), mapping.type(), mapping.additionalInfo()));
            if (mapping.provider() == null || mapping.provider().isBlank()) {
                throw new InvalidDocumentException(at + ".provider", "must name the security identity provider of '"
                                                                     + mapping.name() + "'");
            }
        }
        checkAll("wellKnowns", alias.getWellKnowns());
    }

    private static void checkAll(String field, List<Identity> identities) throws InvalidDocumentException {
        for (int i = 0; i < identities.size(); i++) {
            checkIdentity(field + "[" + i + "]", identities.get(i));
        }
    }

    static void checkIdentity(String at, Identity identity) throws InvalidDocumentException {
        if (identity == null) {
            throw new InvalidDocumentException(at, "must not be null");
        }
        if (identity.name() == null || identity.name().isBlank()) {
            throw new InvalidDocumentException(at + ".name", "must not be empty");
        }
        if (identity.type() == null) {
            throw new InvalidDocumentException(at + ".type", "is required: USER, GROUP, VIRTUAL_GROUP or UNKNOWN");
        }
    }

    // --- rows -------------------------------------------------------------------------------------------------

    /** What one identity gathers from the rows that name it. */
    private static final class Row {
        String name;
        IdentityType type;
        Map<String, String> additionalInfo = Map.of();
        final List<Identity> members = new ArrayList<>();
        final List<Identity> wellKnowns = new ArrayList<>();
        final List<AliasMapping> mappings = new ArrayList<>();

        Identity identity(boolean groupWhenMembers) {
            IdentityType effective = type != null ? type
                    : groupWhenMembers && !members.isEmpty() ? IdentityType.GROUP : IdentityType.USER;
            return new Identity(name, effective, additionalInfo);
        }

        void merge(Row other) {
            addDistinct(members, other.members, Identity::key);
            addDistinct(wellKnowns, other.wellKnowns, Identity::key);
            addDistinct(mappings, other.mappings, m -> m.provider() + "/" + m.type() + ":" + m.name());
            if (additionalInfo.isEmpty()) {
                additionalInfo = other.additionalInfo;
            }
        }

        String key() {
            return type + ":" + name;
        }
    }

    private static <T> void addDistinct(List<T> target, List<T> source, Function<T, String> key) {
        for (T element : source) {
            if (target.stream().noneMatch(t -> key.apply(t).equals(key.apply(element)))) {
                target.add(element);
            }
        }
    }

    private static Map<String, Row> rows(Object body, String name, Object type, String listKey)
            throws InvalidDocumentException {
        Map<String, Row> rows = new LinkedHashMap<>();
        if (name != null) {
            // the headers name the identity; the body, if any, holds its members or mappings
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("identity", name);
            if (type != null) {
                row.put("type", type);
            }
            if (listKey != null && body != null && !(body instanceof CharSequence s && s.toString().isBlank())) {
                row.put(listKey, body);
            }
            add(rows, simpleRow(row));
        } else {
            collect(rows, body, type);
        }
        if (rows.isEmpty()) {
            throw new InvalidDocumentException("identity", "is required: send an identity (a SecurityIdentity, a Map"
                                                           + " with identity, CSV rows) or set the CamelCoveoPushIdentity header");
        }
        return rows;
    }

    private static void add(Map<String, Row> rows, Row row) {
        Row existing = rows.get(row.key());
        if (existing == null) {
            rows.put(row.key(), row);
        } else {
            existing.merge(row);
        }
    }

    private static void collect(Map<String, Row> rows, Object body, Object defaultType)
            throws InvalidDocumentException {
        if (body == null) {
            return;
        }
        if (body instanceof SecurityIdentity identity) {
            Row row = of(identity.getIdentity());
            row.members.addAll(identity.getMembers());
            row.wellKnowns.addAll(identity.getWellKnowns());
            add(rows, row);
        } else if (body instanceof IdentityAlias alias) {
            Row row = of(alias.getIdentity());
            row.mappings.addAll(alias.getMappings());
            row.wellKnowns.addAll(alias.getWellKnowns());
            add(rows, row);
        } else if (body instanceof Identity identity) {
            add(rows, of(identity));
        } else if (body instanceof Collection<?> collection) {
            for (Object element : Csv.isTable(collection) ? Csv.rows(collection, ",") : collection) {
                collect(rows, element, defaultType);
            }
        } else if (body instanceof Object[] array) {
            collect(rows, List.of(array), defaultType);
        } else if (body instanceof CharSequence text) {
            String trimmed = text.toString().strip().replaceFirst("^\uFEFF\\s*", ""); // a byte order mark
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    collect(rows, Json.MAPPER.readValue(trimmed, Object.class), defaultType);
                } catch (JsonProcessingException e) {
                    throw new InvalidDocumentException("body", "is not valid JSON: " + e.getOriginalMessage(), e);
                }
            } else if (!trimmed.isEmpty()) {
                collect(rows, Csv.rows(trimmed), defaultType);
            }
        } else if (body instanceof Map<?, ?> map) {
            Map<String, Object> row = stringKeys(map);
            Object identity = get(row, "identity");
            add(rows, identity instanceof Map<?, ?> ? pushShape(row) : simpleRow(withType(row, defaultType)));
        } else {
            try {
                collect(rows, Json.toMap(body), defaultType);
            } catch (IllegalArgumentException e) {
                throw new InvalidDocumentException("body", "a " + body.getClass().getName()
                                                           + " body cannot be read as a security identity: " + e.getMessage(), e);
            }
        }
    }

    private static Map<String, Object> withType(Map<String, Object> row, Object type) {
        if (type != null && row.keySet().stream().noneMatch(k -> "type".equals(COLUMNS.get(normalizeKey(k))))) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.put("identityType", type);
            return copy;
        }
        return row;
    }

    private static Row of(Identity identity) throws InvalidDocumentException {
        checkIdentity("identity", identity);
        Row row = new Row();
        row.name = identity.name();
        row.type = identity.type();
        row.additionalInfo = identity.additionalInfo();
        return row;
    }

    /** The Push API shape: {@code {"identity": {...}, "members": [...], "mappings": [...], "wellKnowns": [...]}}. */
    private static Row pushShape(Map<String, Object> map) throws InvalidDocumentException {
        // the Push API shape is strict: every identity names its type
        Row row = of(identity("identity", get(map, "identity"), null));
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            Object value = entry.getValue();
            switch (entry.getKey().toLowerCase(Locale.ROOT)) {
                case "identity" -> { }
                case "members" -> row.members.addAll(identities("members", value, null));
                case "wellknowns" -> row.wellKnowns.addAll(identities("wellKnowns", value, null));
                case "mappings" -> row.mappings.addAll(mappings("mappings", value, null, null));
                default -> throw new InvalidDocumentException(entry.getKey(), "is not a key of a security identity"
                                                                              + " (identity, members, wellKnowns, mappings)");
            }
        }
        return row;
    }

    /** A row of the simple form. */
    private static Row simpleRow(Map<String, Object> map) throws InvalidDocumentException {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String column = COLUMNS.get(normalizeKey(entry.getKey()));
            if (column == null) {
                throw new InvalidDocumentException(entry.getKey(), "is not a column of the simple identity form"
                                                                   + " (identity, identityType, group, user, virtualGroup, members, memberType,"
                                                                   + " wellKnowns, wellKnownType, mappings, mappingType, provider, additionalInfo)");
            }
            if (columns.containsKey(column)) {
                throw new InvalidDocumentException(entry.getKey(), "gives the " + column + " a second time");
            }
            Object value = entry.getValue();
            if (value instanceof CharSequence text && text.toString().isBlank()) {
                value = null;
            }
            columns.put(column, value);
        }
        Row row = new Row();
        int names = 0;
        for (String column : List.of("identity", "group", "user", "virtualgroup")) {
            Object value = columns.get(column);
            if (value != null) {
                names++;
                row.name = value.toString().strip();
                row.type = switch (column) {
                    case "group" -> IdentityType.GROUP;
                    case "user" -> IdentityType.USER;
                    case "virtualgroup" -> IdentityType.VIRTUAL_GROUP;
                    default -> null;
                };
            }
        }
        if (names > 1) {
            throw new InvalidDocumentException("identity", "is given twice (identity, group, user, virtualGroup: give"
                                                           + " one)");
        }
        if (row.name == null || row.name.isEmpty()) {
            throw new InvalidDocumentException("identity", "must not be empty (in the row " + map + ")");
        }
        Object type = columns.get("type");
        if (type != null) {
            IdentityType given = IdentityType.parse("identityType", type);
            if (row.type != null && row.type != given) {
                throw new InvalidDocumentException("identityType", "is " + given + " but the column says " + row.type);
            }
            row.type = given;
        }
        IdentityType memberType = optionalType("memberType", columns.get("membertype"), IdentityType.USER);
        IdentityType wellKnownType = optionalType("wellKnownType", columns.get("wellknowntype"), IdentityType.GROUP);
        IdentityType mappingType = optionalType("mappingType", columns.get("mappingtype"), IdentityType.USER);
        row.members.addAll(identities("members", columns.get("members"), memberType));
        row.wellKnowns.addAll(identities("wellKnowns", columns.get("wellknowns"), wellKnownType));
        Object provider = columns.get("provider");
        row.mappings.addAll(mappings("mappings", columns.get("mappings"), mappingType,
                provider == null ? null : provider.toString().strip()));
        row.additionalInfo = additionalInfo("additionalInfo", columns.get("additionalinfo"));
        return row;
    }

    private static IdentityType optionalType(String field, Object value, IdentityType fallback)
            throws InvalidDocumentException {
        return value == null ? fallback : IdentityType.parse(field, value);
    }

    private static List<Identity> identities(String field, Object value, IdentityType defaultType)
            throws InvalidDocumentException {
        List<Object> elements = elements(value);
        List<Identity> identities = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Identity identity = identity(field + "[" + i + "]", elements.get(i), defaultType);
            checkIdentity(field + "[" + i + "]", identity);
            identities.add(identity);
        }
        return identities;
    }

    private static List<AliasMapping> mappings(String field, Object value, IdentityType defaultType, String provider)
            throws InvalidDocumentException {
        List<Object> elements = elements(value);
        List<AliasMapping> mappings = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String at = field + "[" + i + "]";
            Object element = elements.get(i);
            if (element instanceof AliasMapping mapping) {
                mappings.add(mapping);
                continue;
            }
            String mappingProvider = provider;
            if (element instanceof Map<?, ?> map) {
                Map<String, Object> copy = stringKeys(map);
                Object own = remove(copy, "provider");
                mappingProvider = own == null ? provider : own.toString();
                element = copy;
            }
            Identity identity = identity(at, element, defaultType);
            mappings.add(new AliasMapping(identity.name(), identity.type(), mappingProvider, identity.additionalInfo()));
        }
        return mappings;
    }

    /** A list, or names separated by {@code ;}, {@code |} or new lines. */
    private static List<Object> elements(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        if (value instanceof CharSequence text) {
            List<Object> names = new ArrayList<>();
            for (String name : text.toString().split("[;|\\r\\n]")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            return names;
        }
        return List.of(value);
    }

    /** An identity: an Identity, {@code {"name", "type", "additionalInfo"}}, {@code TYPE:name} or a name. */
    private static Identity identity(String at, Object value, IdentityType defaultType) throws InvalidDocumentException {
        if (value instanceof Identity identity) {
            return identity;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = stringKeys(map);
            Object name = remove(copy, "name");
            if (name == null) {
                name = remove(copy, "identity");
            }
            Object type = remove(copy, "type");
            if (type == null) {
                type = remove(copy, "identityType");
            }
            Map<String, String> info = additionalInfo(at + ".additionalInfo", remove(copy, "additionalInfo"));
            if (!copy.isEmpty()) {
                String key = copy.keySet().iterator().next();
                throw new InvalidDocumentException(at + "." + key, "is not a key of an identity (name, type,"
                                                                   + " additionalInfo)");
            }
            if (name == null || name.toString().isBlank()) {
                throw new InvalidDocumentException(at + ".name", "must not be empty");
            }
            return new Identity(name.toString(), type == null ? defaultType : IdentityType.parse(at + ".type", type),
                    info);
        }
        if (value == null) {
            throw new InvalidDocumentException(at, "must not be null");
        }
        String text = value.toString().strip();
        int colon = text.indexOf(':');
        if (colon > 0) {
            try {
                IdentityType type = IdentityType.parse(at, text.substring(0, colon));
                return new Identity(text.substring(colon + 1).strip(), type);
            } catch (InvalidDocumentException notAType) {
                // a name with a colon in it
            }
        }
        return new Identity(text, defaultType);
    }

    private static Map<String, String> additionalInfo(String at, Object value) throws InvalidDocumentException {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidDocumentException(at, "must be a Map of string keys and values");
        }
        Map<String, String> info = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() instanceof Map || entry.getValue() instanceof Collection) {
                throw new InvalidDocumentException(at + "." + entry.getKey(), "must be a string, not a nested value");
            }
            if (entry.getValue() != null) { // left out, as null metadata values are
                info.put(String.valueOf(entry.getKey()), entry.getValue().toString());
            }
        }
        return info;
    }

    private static Object get(Map<String, Object> map, String key) {
        return map.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Object remove(Map<String, Object> map, String key) {
        for (String candidate : List.copyOf(map.keySet())) {
            if (candidate.equalsIgnoreCase(key)) {
                return map.remove(candidate);
            }
        }
        return null;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    private static String normalizeKey(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "").strip();
    }
}
