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
package io.github.camelcoveo.push.emulator.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operators of a Catalog source's partial item updates [docs.coveo.com/en/p4eb0515], each with the value shape it
 * takes and what it does to the field's current value. A field absent from the item is created by the operators that
 * add ({@code arrayAppend}, {@code fieldValueReplace}, {@code dictionaryPut}) and left absent by those that remove; a
 * current value of the wrong kind (a single value for an array operator, anything but a dictionary for a dictionary
 * operator) makes the index refuse the update, which is then not applied.
 */
public enum PartialUpdateOperator {

    ARRAY_APPEND("arrayAppend") {
        @Override
        Outcome apply(String field, boolean present, Object current, Object value) {
            if (!present || current == null) {
                return Outcome.set(value);
            }
            if (!(current instanceof List<?> list)) {
                return Outcome.refuse(notAn(field, "an array", current));
            }
            List<Object> appended = new ArrayList<>(list);
            appended.addAll((List<?>) value);
            return Outcome.set(List.copyOf(appended));
        }
    },
    ARRAY_REMOVE("arrayRemove") {
        @Override
        Outcome apply(String field, boolean present, Object current, Object value) {
            if (!present || current == null) {
                return Outcome.unchanged();
            }
            if (!(current instanceof List<?> list)) {
                return Outcome.refuse(notAn(field, "an array", current));
            }
            List<Object> kept = new ArrayList<>();
            for (Object element : list) {
                if (((List<?>) value).stream().noneMatch(removed -> same(element, removed))) {
                    kept.add(element);
                }
            }
            return Outcome.set(java.util.Collections.unmodifiableList(kept));
        }
    },
    FIELD_VALUE_REPLACE("fieldValueReplace") {
        @Override
        Outcome apply(String field, boolean present, Object current, Object value) {
            return Outcome.set(value);
        }
    },
    DICTIONARY_PUT("dictionaryPut") {
        @Override
        Outcome apply(String field, boolean present, Object current, Object value) {
            if (!present || current == null) {
                return Outcome.set(value);
            }
            if (!(current instanceof Map<?, ?> map)) {
                return Outcome.refuse(notAn(field, "a dictionary", current));
            }
            Map<Object, Object> put = new LinkedHashMap<>(map);
            put.putAll((Map<?, ?>) value);
            return Outcome.set(java.util.Collections.unmodifiableMap(put));
        }
    },
    DICTIONARY_REMOVE("dictionaryRemove") {
        @Override
        Outcome apply(String field, boolean present, Object current, Object value) {
            if (!present || current == null) {
                return Outcome.unchanged();
            }
            if (!(current instanceof Map<?, ?> map)) {
                return Outcome.refuse(notAn(field, "a dictionary", current));
            }
            Map<Object, Object> kept = new LinkedHashMap<>(map);
            List<?> keys = value instanceof List<?> list ? list : List.of(value);
            keys.forEach(kept::remove);
            return Outcome.set(java.util.Collections.unmodifiableMap(kept));
        }
    };

    private final String jsonName;

    PartialUpdateOperator(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The operator's name in an update file: {@code arrayAppend}, {@code dictionaryPut}... */
    public String jsonName() {
        return jsonName;
    }

    /** The operator an update file names; Coveo's names are matched without regard to case. */
    public static Optional<PartialUpdateOperator> parse(String name) {
        for (PartialUpdateOperator operator : values()) {
            if (operator.jsonName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    /** Why a value does not fit the operator (checked when the update file is read), or empty when it does. */
    public Optional<String> valueProblem(Object value) {
        boolean fits = switch (this) {
            case ARRAY_APPEND, ARRAY_REMOVE -> value instanceof List<?>;
            case FIELD_VALUE_REPLACE -> true;
            case DICTIONARY_PUT -> value instanceof Map<?, ?>;
            case DICTIONARY_REMOVE -> value instanceof String
                    || value instanceof List<?> list && list.stream().allMatch(key -> key instanceof String);
        };
        if (fits) {
            return Optional.empty();
        }
        String expected = switch (this) {
            case ARRAY_APPEND, ARRAY_REMOVE -> "an array";
            case DICTIONARY_PUT -> "an object (the dictionary entries to put)";
            case DICTIONARY_REMOVE -> "a string or an array of strings (the dictionary keys to remove)";
            case FIELD_VALUE_REPLACE -> "any value";
        };
        return Optional.of("The value of a " + jsonName + " partial update must be " + expected + ".");
    }

    /** What the operator makes of the field's current value ({@code present} false when the item has no such field). */
    abstract Outcome apply(String field, boolean present, Object current, Object value);

    /** The field's new value, no change, or the reason the index refuses the update. */
    record Outcome(boolean changed, Object value, String refusal) {
        static Outcome set(Object value) {
            return new Outcome(true, value, null);
        }

        static Outcome unchanged() {
            return new Outcome(false, null, null);
        }

        static Outcome refuse(String reason) {
            return new Outcome(false, null, reason);
        }
    }

    private static String notAn(String field, String kind, Object current) {
        String held = current instanceof List<?> ? "an array" : current instanceof Map<?, ?> ? "a dictionary"
                : "a single value";
        return "The field '" + field + "' holds " + held + ", not " + kind + ".";
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return java.util.Objects.equals(a, b);
    }
}
