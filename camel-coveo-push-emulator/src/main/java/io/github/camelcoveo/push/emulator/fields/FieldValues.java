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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a metadata value can populate a field of a type. Coveo converts metadata to the field's type while indexing
 * and leaves the field empty when it cannot; the emulator applies the same test at once:
 * <ul>
 *   <li>STRING takes any value (booleans too: Coveo stores them as strings);</li>
 *   <li>LONG a whole number within 32 bits, LONG_64 within 64 bits, DOUBLE any number, each also as a string that
 *       parses as one;</li>
 *   <li>DATE a string in a format the Push API documents ({@code yyyy-MM-dd HH:mm:ss} in UTC, ISO-8601, RFC 1123,
 *       or a plain {@code yyyy-MM-dd}) or a number of milliseconds since the epoch (what the Push API itself sets);</li>
 *   <li>VECTOR only an array of numbers;</li>
 *   <li>an array (a multi-value metadata) fits when each of its values does; null fits any type.</li>
 * </ul>
 */
public final class FieldValues {

    private static final DateTimeFormatter SEED_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private FieldValues() {
    }

    public static boolean fits(FieldType type, Object value) {
        if (value == null) {
            return true;
        }
        if (type == FieldType.VECTOR) {
            return value instanceof List<?> list && list.stream().allMatch(element -> element instanceof Number);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(element -> fits(type, element));
        }
        return switch (type) {
            case STRING -> true;
            case LONG -> wholeNumber(value, MIN_INT, MAX_INT);
            case LONG_64 -> wholeNumber(value, MIN_LONG, MAX_LONG);
            case DOUBLE -> number(value) != null;
            case DATE -> value instanceof Number number ? wholeNumber(number, MIN_LONG, MAX_LONG)
                    : value instanceof String text && isDate(text.trim());
            case VECTOR -> false;
        };
    }

    private static boolean wholeNumber(Object value, BigDecimal min, BigDecimal max) {
        BigDecimal number = number(value);
        if (number == null) {
            return false;
        }
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        return whole && number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
    }

    private static BigDecimal number(Object value) {
        String text;
        if (value instanceof Number number) {
            text = number.toString();
        } else if (value instanceof String string) {
            text = string.trim();
        } else {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isDate(String text) {
        List<Predicate<String>> formats = List.of(
                t -> parses(() -> LocalDateTime.parse(t, SEED_FORMAT)),
                t -> parses(() -> OffsetDateTime.parse(t)),
                t -> parses(() -> LocalDateTime.parse(t)),
                t -> parses(() -> LocalDate.parse(t)),
                t -> parses(() -> ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME)));
        return formats.stream().anyMatch(format -> format.test(text));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
