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
package io.github.camelcoveo.push.fields;

import io.github.camelcoveo.push.client.FieldsApiClient.IndexField;
import io.github.camelcoveo.push.document.MetadataValues;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The type a metadata value asks for, and whether it fits a field's type. Values are those the component's metadata
 * rules give (strings, booleans, Integer, Long, Double and the like, flat lists of those).
 * <ul>
 * <li>Inference: a list is a multi-value STRING field; a whole number LONG_64 (a Java long: Coveo's LONG holds only 32
 * bits, and a field's type cannot change later); a decimal DOUBLE; a string in the component's own date form
 * ({@code yyyy-MM-dd HH:mm:ss}, UTC) DATE; anything else (text, booleans) STRING. Across the documents of one
 * exchange, LONG_64 and DOUBLE give DOUBLE; otherwise the first document's type stands.</li>
 * <li>Fit: everything fits a STRING field; whole numbers fit LONG_64, and LONG within 32 bits, and DOUBLE within 2^53
 * (where a double holds them exactly); decimals fit DOUBLE; date strings fit DATE; a list fits only STRING. Fields of
 * other types (VECTOR) are not checked.</li>
 * <li>Coercion, only where nothing is lost: a numeric string to a number field when it is exactly such a number
 * ({@code "42"} to LONG, {@code "2.5"} to DOUBLE), a whole double to LONG/LONG_64 ({@code 3.0} to {@code 3}), an
 * ISO-8601 date-time with an offset and whole seconds to DATE.</li>
 * </ul>
 */
final class FieldValues {

    static final String STRING = "STRING";
    private static final long DOUBLE_EXACT = 1L << 53;
    private static final DateTimeFormatter COVEO_DATE = MetadataValues.COVEO_DATE;

    private FieldValues() {
    }

    static IndexField infer(String name, Object value) {
        if (value instanceof List<?>) {
            return new IndexField(name, STRING, true);
        }
        if (isWhole(value)) {
            return new IndexField(name, "LONG_64", false);
        }
        if (value instanceof Double || value instanceof Float) {
            return new IndexField(name, "DOUBLE", false);
        }
        return new IndexField(name, value instanceof String text && isCoveoDate(text) ? "DATE" : STRING, false);
    }

    /** The type two documents ask for together: numbers widen to DOUBLE; otherwise the first stands. */
    static IndexField widen(IndexField first, IndexField second) {
        boolean numbers = first.type().startsWith("LONG") && second.type().equals("DOUBLE");
        return numbers ? second : first;
    }

    /**
     * The value to send to {@code field}: the value itself when it fits, converted when {@code coerce} and nothing is
     * lost, or null when it does not fit.
     */
    static Object fitted(IndexField field, Object value, boolean coerce) {
        Object fitted = switch (field.type()) {
            case STRING -> value;
            case "LONG", "LONG_64" -> isWhole(value) ? value : null;
            case "DOUBLE" -> value instanceof Double || value instanceof Float
                             || isWhole(value) && Math.abs(((Number) value).longValue()) <= DOUBLE_EXACT ? value : null;
            case "DATE" -> value instanceof String text && isCoveoDate(text) ? value : null;
            default -> value;
        };
        if (fitted != null && field.type().equals("LONG") && !fitsInt((Number) fitted)) {
            fitted = null;
        }
        return fitted == null && coerce ? coerced(field.type(), value) : fitted;
    }

    private static Object coerced(String type, Object value) {
        if (type.equals("DATE")) {
            return value instanceof String text ? isoDate(text) : null;
        }
        BigDecimal number = exact(value);
        if (number == null) {
            return null;
        }
        if (type.equals("DOUBLE")) {
            double converted = number.doubleValue();
            return BigDecimal.valueOf(converted).compareTo(number) == 0 ? converted : null;
        }
        try {
            long converted = number.longValueExact();
            return type.equals("LONG_64") || fitsInt(converted) ? converted : null;
        } catch (ArithmeticException fraction) {
            return null;
        }
    }

    /** The exact number a numeric string or a double holds, or null. */
    private static BigDecimal exact(Object value) {
        try {
            if (value instanceof String text) {
                return new BigDecimal(text.strip());
            }
            if (value instanceof Double || value instanceof Float) {
                return BigDecimal.valueOf(((Number) value).doubleValue());
            }
            return isWhole(value) ? BigDecimal.valueOf(((Number) value).longValue()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String isoDate(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.strip());
            return time.getNano() == 0 ? COVEO_DATE.format(time) : null;
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private static boolean isWhole(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static boolean fitsInt(Number number) {
        return number.longValue() == number.intValue();
    }

    static boolean isCoveoDate(String text) {
        try {
            COVEO_DATE.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
