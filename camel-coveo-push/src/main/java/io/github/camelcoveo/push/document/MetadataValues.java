package io.github.camelcoveo.push.document;

import java.lang.reflect.Array;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns metadata values into what the Push API accepts: strings, numbers, booleans and flat arrays of those. Dates
 * become UTC {@code yyyy-MM-dd HH:mm:ss}.
 */
public final class MetadataValues {

    public static final DateTimeFormatter COVEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Standard fields whose numeric values are epoch milliseconds. */
    private static final Set<String> DATE_FIELDS = Set.of("date", "modifieddate");

    private MetadataValues() {
    }

    /**
     * Normalizes a whole map of fields, checking that no two keys differ only by case and that none is reserved.
     *
     * @param origin where the map came from, for error messages (for example "header CamelCoveoPushMetadata")
     */
    public static Map<String, Object> normalize(Map<?, ?> fields, String origin) throws InvalidDocumentException {
        Map<String, Object> normalized = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            if (!(entry.getKey() instanceof String key) || key.isBlank()) {
                throw new InvalidDocumentException(String.valueOf(entry.getKey()),
                        "metadata keys must be non-blank strings (in " + origin + ")");
            }
            if (ReservedKeys.match(key) != null) {
                throw new InvalidDocumentException(key, "is a reserved key of the Push API and cannot be metadata (in "
                                                        + origin + ")");
            }
            String previous = seen.put(key.toLowerCase(Locale.ROOT), key);
            if (previous != null) {
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

    /** Normalizes one value of field {@code key}; null stays null (the field is then left out). */
    public static Object normalizeValue(String key, Object value) throws InvalidDocumentException {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> || value.getClass().isArray() && !(value instanceof byte[])) {
            List<Object> items = new ArrayList<>();
            for (Object item : asIterable(value)) {
                if (item instanceof Collection<?> || item != null && item.getClass().isArray()) {
                    throw new InvalidDocumentException(key, "holds a nested array; metadata arrays must be flat");
                }
                if (item instanceof Map<?, ?>) {
                    throw new InvalidDocumentException(key, "holds a nested object; metadata values must be scalars"
                                                            + " or arrays of scalars");
                }
                Object scalar = normalizeScalar(key, item);
                if (scalar != null) {
                    items.add(scalar);
                }
            }
            return items;
        }
        return normalizeScalar(key, value);
    }

    private static Object normalizeScalar(String key, Object value) throws InvalidDocumentException {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            boolean integral = number instanceof Long || number instanceof Integer;
            return integral && DATE_FIELDS.contains(key.toLowerCase(Locale.ROOT))
                    ? COVEO_DATE.format(Instant.ofEpochMilli(number.longValue())) : number;
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof UUID
            || value instanceof URI || value instanceof URL) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        String date = formatDate(value);
        if (date != null) {
            return date;
        }
        if (value instanceof Map<?, ?>) {
            throw new InvalidDocumentException(key, "holds a nested object; metadata values must be scalars or arrays"
                                                    + " of scalars");
        }
        throw new InvalidDocumentException(key, "holds a " + value.getClass().getName()
                                                + "; metadata values must be strings, numbers, booleans, dates or"
                                                + " arrays of those");
    }

    /** The Coveo form of a date-like value, or null when the value is no date. */
    public static String formatDate(Object value) {
        Instant instant = null;
        if (value instanceof Date date) {
            instant = date.toInstant();
        } else if (value instanceof Calendar calendar) {
            instant = calendar.toInstant();
        } else if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof ZonedDateTime zoned) {
            instant = zoned.toInstant();
        } else if (value instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        } else if (value instanceof LocalDateTime local) {
            instant = local.toInstant(ZoneOffset.UTC);
        } else if (value instanceof LocalDate day) {
            instant = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (value instanceof TemporalAccessor) {
            return null;
        }
        return instant == null ? null : COVEO_DATE.format(instant);
    }

    private static Iterable<?> asIterable(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        int length = Array.getLength(value);
        List<Object> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            items.add(Array.get(value, i));
        }
        return items;
    }
}
