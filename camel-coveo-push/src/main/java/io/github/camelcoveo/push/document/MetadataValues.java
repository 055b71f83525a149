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
package io.github.camelcoveo.push.document;

import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.lang.reflect.Array;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns metadata values into what the Push API accepts: strings, numbers, booleans and flat arrays of those. Each value
 * of a collection or array follows the rule of a single value. The rules, in the component's documentation ("How
 * values become metadata"): dates by {@link DateValues}, numbers by {@link NumberValues}; CharSequence, Character,
 * char[], UUID, URI, URL and Currency become their text, Locale its language tag, ZoneId its id, Duration and Period
 * their ISO-8601 text, enums their name; Optional values are unwrapped (empty is absent); a java.sql.Array is its
 * elements. Nested objects, nested arrays, bytes and LOBs are refused.
 */
public final class MetadataValues {

    public static final DateTimeFormatter COVEO_DATE = DateValues.COVEO_DATE;

    private final DateValues dates;

    /** @param wallTimeZone the zone that date-times without a zone (LocalDateTime, java.sql.Timestamp...) are read in */
    public MetadataValues(ZoneId wallTimeZone) {
        this.dates = new DateValues(wallTimeZone);
    }

    /** Whether {@code key} is one of the standard date fields, whose whole numbers are epoch milliseconds. */
    static boolean isDateField(String key) {
        return key.equalsIgnoreCase("date") || key.equalsIgnoreCase("modifiedDate");
    }

    /**
     * Normalizes a whole map of fields, checking that no two keys differ only by case and that none is reserved.
     *
     * @param origin where the map came from, for error messages (for example "header CamelCoveoPushMetadata")
     */
    public Map<String, Object> normalize(Map<?, ?> fields, String origin) throws InvalidDocumentException {
        Map<String, Object> normalized = new LinkedHashMap<>();
        Set<String> seen = fields.size() > 1 ? new HashSet<>() : null;
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            if (!(entry.getKey() instanceof String key) || key.isBlank()) {
                throw new InvalidDocumentException(String.valueOf(entry.getKey()),
                        "metadata keys must be non-blank strings (in " + origin + ")");
            }
            String lowerCase = key.toLowerCase(Locale.ROOT);
            if (ReservedKeys.matchLowerCase(lowerCase) != null) {
                throw new InvalidDocumentException(key, "is a reserved key of the Push API and cannot be metadata (in "
                                                        + origin + ")");
            }
            if (seen != null && !seen.add(lowerCase)) {
                String previous = fields.keySet().stream().filter(k -> k instanceof String s && s.equalsIgnoreCase(key))
                        .findFirst().map(String::valueOf).orElse(key);
                throw new InvalidDocumentException(key, "duplicates metadata key '" + previous
                                                        + "': keys are case-insensitive and must be unique (in " + origin + ")");
            }
            Object value = normalizeValue(key, entry.getValue());
            if (value != null) {
                normalized.put(key, value);
            }
        }
        return normalized;
    }

    /** Normalizes one value of field {@code key}; null and empty Optionals are null (the field is then left out). */
    public Object normalizeValue(String key, Object value) throws InvalidDocumentException {
        if (value == null || value instanceof String) {
            return value;
        }
        Object present = unwrap(value);
        if (present instanceof Collection<?> || isArrayOfValues(present) || present instanceof java.sql.Array) {
            return normalizeItems(key, present);
        }
        return present == null ? null : normalizeScalar(key, present);
    }

    private List<Object> normalizeItems(String key, Object values) throws InvalidDocumentException {
        Collection<?> items = items(key, values);
        List<Object> normalized = new ArrayList<>(items.size());
        for (Object item : items) {
            Object present = unwrap(item);
            if (present instanceof Collection<?> || isArrayOfValues(present) || present instanceof java.sql.Array) {
                throw new InvalidDocumentException(key, "holds a nested array; metadata arrays must be flat");
            }
            if (present != null) {
                normalized.add(normalizeScalar(key, present));
            }
        }
        return normalized;
    }

    private Object normalizeScalar(String key, Object value) throws InvalidDocumentException {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            Number canonical = NumberValues.canonical(key, number);
            return isDateField(key) ? dates.epochMillis(key, canonical) : canonical;
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof UUID
            || value instanceof URI || value instanceof URL || value instanceof Currency) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        String date = dates.format(key, value);
        if (date != null) {
            return date;
        }
        return otherScalar(key, value);
    }

    private static Object otherScalar(String key, Object value) throws InvalidDocumentException {
        if (value instanceof Locale locale) {
            return locale.toLanguageTag();
        }
        if (value instanceof ZoneId zone) {
            return zone.getId();
        }
        if (value instanceof TemporalAmount amount) {
            return amount.toString(); // Duration PT1H30M, Period P1Y2M3D
        }
        if (value instanceof AtomicBoolean flag) {
            return flag.get();
        }
        if (value instanceof char[] chars) {
            return new String(chars);
        }
        if (value instanceof Character[] chars) {
            return text(key, chars);
        }
        throw refusal(key, value);
    }

    private static InvalidDocumentException refusal(String key, Object value) {
        if (value instanceof Map<?, ?>) {
            return new InvalidDocumentException(key, "holds a nested object; metadata values must be scalars or"
                                                     + " arrays of scalars");
        }
        if (value instanceof byte[] || value instanceof Byte[] || value instanceof ByteBuffer) {
            return new InvalidDocumentException(key, "holds bytes; a metadata value is text, a number, a boolean or a"
                                                     + " date: send content as data, compressedBinaryData or the body,"
                                                     + " or encode the bytes into a string");
        }
        if (value instanceof Clob || value instanceof Blob) {
            return new InvalidDocumentException(key, "holds a " + (value instanceof Clob ? "Clob" : "Blob")
                                                     + " (a large object), which is content, not metadata: name the"
                                                     + " column data (text) or compressedBinaryData, or select it as"
                                                     + " text");
        }
        return new InvalidDocumentException(key, "holds a " + value.getClass().getName()
                                                 + "; metadata values must be strings, numbers, booleans, dates or"
                                                 + " arrays of those");
    }

    private static String text(String key, Character[] chars) throws InvalidDocumentException {
        StringBuilder text = new StringBuilder(chars.length);
        for (Character c : chars) {
            if (c == null) {
                throw new InvalidDocumentException(key, "holds a Character[] with a null character");
            }
            text.append(c.charValue());
        }
        return text.toString();
    }

    /** The value an Optional holds, null when it is empty; any other value as it is. */
    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> optional) {
            return unwrap(optional.orElse(null));
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? optional.getAsInt() : null;
        }
        if (value instanceof OptionalLong optional) {
            return optional.isPresent() ? optional.getAsLong() : null;
        }
        if (value instanceof OptionalDouble optional) {
            return optional.isPresent() ? optional.getAsDouble() : null;
        }
        return value;
    }

    /** Arrays that are lists of values; char arrays are text, byte arrays content. */
    private static boolean isArrayOfValues(Object value) {
        return value != null && value.getClass().isArray() && !(value instanceof char[]) && !(value instanceof byte[])
               && !(value instanceof Character[]) && !(value instanceof Byte[]);
    }

    private static Collection<?> items(String key, Object values) throws InvalidDocumentException {
        if (values instanceof Collection<?> collection) {
            return collection;
        }
        if (values instanceof Object[] objects) {
            return Arrays.asList(objects);
        }
        if (values instanceof int[] ints) {
            return Arrays.stream(ints).boxed().toList();
        }
        if (values instanceof long[] longs) {
            return Arrays.stream(longs).boxed().toList();
        }
        if (values instanceof double[] doubles) {
            return Arrays.stream(doubles).boxed().toList();
        }
        if (values instanceof java.sql.Array array) {
            return sqlArray(key, array);
        }
        int length = Array.getLength(values); // boolean[], float[], short[]: rare enough for reflection
        List<Object> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            items.add(Array.get(values, i));
        }
        return items;
    }

    private static Collection<?> sqlArray(String key, java.sql.Array array) throws InvalidDocumentException {
        try {
            Object elements = array.getArray();
            if (!(elements instanceof Object[] objects)) {
                return items(key, elements);
            }
            return Arrays.asList(objects);
        } catch (SQLException e) {
            throw new InvalidDocumentException(key, "holds a JDBC array that cannot be read (" + e.getMessage()
                                                    + "): it must still be readable when the exchange reaches"
                                                    + " coveo-push", e);
        }
    }
}
