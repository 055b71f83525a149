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
package io.github.camelcoveo.push.emulator.fields;

import io.github.camelcoveo.push.emulator.http.PushApiException;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/**
 * What a field listing asks for: the filters of the Field API's {@code FieldListingOptions} (and of the older
 * {@code GET /indexes/page/fields} query string) with its paging and sorting.
 *
 * @param nameContains a substring the name must contain (case-insensitive), or null
 * @param type         the type to keep, or null for all
 * @param origin       ALL, USER or SYSTEM
 * @param facet        ALL, TRUE_ONLY or FALSE_ONLY
 * @param sort         ALL, TRUE_ONLY or FALSE_ONLY, on the field's {@code sort} option
 * @param fieldNames   the names to keep, or null for all
 * @param sortBy       the model property to order by: name (the default), type or description
 * @param page         0-based page
 * @param perPage      1 to 1000
 */
public record FieldQuery(String nameContains, FieldType type, String origin, String facet, String sort,
                         Set<String> fieldNames, String sortBy, boolean descending, int page, int perPage) {

    /** The Field API's default page size. */
    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 1000;

    private static final Set<String> ORIGINS = Set.of("ALL", "USER", "SYSTEM");
    private static final Set<String> STATUSES = Set.of("ALL", "TRUE_ONLY", "FALSE_ONLY");
    private static final Set<String> SORTABLE = Set.of("name", "type", "description");

    public FieldQuery {
        origin = upper(origin, "ALL");
        facet = upper(facet, "ALL");
        sort = upper(sort, "ALL");
        sortBy = sortBy == null || sortBy.isBlank() ? "name" : sortBy;
        require(ORIGINS.contains(origin), "origin must be ALL, USER or SYSTEM: " + origin);
        require(STATUSES.contains(facet), "facet must be ALL, TRUE_ONLY or FALSE_ONLY: " + facet);
        require(STATUSES.contains(sort), "sort must be ALL, TRUE_ONLY or FALSE_ONLY: " + sort);
        require(SORTABLE.contains(sortBy), "sortBy must be one of " + SORTABLE + ": " + sortBy);
        require(page >= 0, "page must be 0 or more: " + page);
        require(perPage >= 1 && perPage <= MAX_PER_PAGE, "perPage must be in [1, " + MAX_PER_PAGE + "]: " + perPage);
        fieldNames = fieldNames == null ? null : Set.copyOf(fieldNames);
    }

    /** Type name as the API gives it: ALL (or nothing) for every type. */
    public static FieldType type(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("ALL")) {
            return null;
        }
        return FieldType.parse(name.toUpperCase(Locale.ROOT)).orElseThrow(() -> invalid("Unknown field type: " + name));
    }

    /** ASC (the default) or DESC. */
    public static boolean descending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("ASC")) {
            return false;
        }
        require(order.equalsIgnoreCase("DESC"), "order must be ASC or DESC: " + order);
        return true;
    }

    boolean selects(EmulatedField field) {
        return (nameContains == null || field.name().contains(nameContains.toLowerCase(Locale.ROOT)))
                && (type == null || field.type() == type)
                && (origin.equals("ALL") || field.origin().equals(origin))
                && matches(facet, field.option("facet"))
                && matches(sort, field.option("sort"))
                && (fieldNames == null || fieldNames.contains(field.name()));
    }

    Comparator<EmulatedField> comparator() {
        Comparator<EmulatedField> byName = Comparator.comparing(EmulatedField::name);
        Comparator<EmulatedField> order = switch (sortBy) {
            case "type" -> Comparator.comparing((EmulatedField field) -> field.type().name()).thenComparing(byName);
            case "description" -> Comparator.comparing((EmulatedField field) ->
                    String.valueOf(field.options().getOrDefault("description", ""))).thenComparing(byName);
            default -> byName;
        };
        return descending ? order.reversed() : order;
    }

    private static boolean matches(String status, boolean value) {
        return status.equals("ALL") || (status.equals("TRUE_ONLY") == value);
    }

    private static String upper(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.toUpperCase(Locale.ROOT);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw invalid(message);
        }
    }

    private static PushApiException invalid(String message) {
        return PushApiException.badRequest("INVALID_PARAMETER", message);
    }
}
