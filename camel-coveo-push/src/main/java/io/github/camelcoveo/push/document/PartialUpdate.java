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

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelcoveo.push.error.InvalidDocumentException;

/**
 * One field of an existing catalog item, changed in place by a Stream API update file's {@code partialUpdate} array
 * [docs.coveo.com/en/p4eb0515]: {@code {"documentId", "operator", "field", "value"}}. The value's shape is checked
 * against the operator when the update is made, before any request.
 *
 * @param value a String, Number or Boolean; a List of those; or, for {@code dictionaryPut}, a Map of String keys
 */
public record PartialUpdate(String documentId, Operator operator, String field, Object value) {

    /** The operators of a partial update, named as Coveo names them. */
    public enum Operator {
        /** Adds the values (an array) to the field's array. */
        arrayAppend,
        /** Removes the values (an array) from the field's array. */
        arrayRemove,
        /** Replaces the field's value (a scalar or an array). */
        fieldValueReplace,
        /** Adds or replaces keys of a dictionary field (a Map of keys to values). */
        dictionaryPut,
        /** Removes keys (a string or an array of strings) from a dictionary field. */
        dictionaryRemove;

        /** The operator named {@code name}, in any case. */
        public static Operator of(Object name, String header) throws InvalidDocumentException {
            if (name instanceof Operator operator) {
                return operator;
            }
            String text = name == null ? "" : name.toString().strip();
            for (Operator operator : values()) {
                if (operator.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                    return operator;
                }
            }
            throw new InvalidDocumentException(header, (name == null ? "is required" : "must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ", not '" + text + "'"));
        }
    }

    /** The names of a Map partial update's keys. */
    public static final String DOCUMENT_ID = ReservedKeys.DOCUMENT_ID;
    public static final String OPERATOR = "operator";
    public static final String FIELD = "field";
    public static final String VALUE = "value";

    /**
     * A partial update whose value is checked against its operator.
     *
     * @param operatorName the name the operator came in (a header name or {@code operator}), for the error
     * @param fieldName    the name the field came in, for the error
     */
    public static PartialUpdate of(String documentId, Operator operator, String field, Object value,
                                   String operatorName, String fieldName) throws InvalidDocumentException {
        if (documentId == null || documentId.isBlank()) {
            throw new InvalidDocumentException(DOCUMENT_ID, "is required by partialUpdate: the item to change");
        }
        if (operator == null) {
            throw new InvalidDocumentException(operatorName, "is required by partialUpdate: one of "
                    + Arrays.stream(Operator.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (field == null || field.isBlank()) {
            throw new InvalidDocumentException(fieldName, "is required by partialUpdate: the field to change");
        }
        String where = field + " (" + operator + " of " + documentId + ")";
        Object checked = switch (operator) {
            case arrayAppend, arrayRemove -> array(value, where, "an array of strings, numbers or booleans");
            case fieldValueReplace -> value instanceof Collection<?> || value != null && value.getClass().isArray()
                    ? array(value, where, "a string, number, boolean or an array of those")
                    : scalar(value, where, "a string, number, boolean or an array of those");
            case dictionaryPut -> dictionary(value, where);
            case dictionaryRemove -> value instanceof CharSequence text ? text.toString()
                    : stringArray(value, where);
        };
        return new PartialUpdate(documentId, operator, field.strip(), checked);
    }

    /** Its entry of a {@code partialUpdate} array. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(DOCUMENT_ID, documentId);
        json.put(OPERATOR, operator.name());
        json.put(FIELD, field);
        json.put(VALUE, value);
        return json;
    }

    private static List<Object> elements(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
            List<Object> list = new ArrayList<>(Array.getLength(value));
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        return null;
    }

    private static List<Object> array(Object value, String where, String rule) throws InvalidDocumentException {
        List<Object> list = elements(value);
        if (list == null) {
            throw new InvalidDocumentException(where, "must be " + rule + ", not " + kind(value));
        }
        for (Object element : list) {
            scalar(element, where, rule);
        }
        return Collections.unmodifiableList(list);
    }

    private static Object scalar(Object value, String where, String rule) throws InvalidDocumentException {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new InvalidDocumentException(where, "must be " + rule + ", not " + kind(value));
    }

    private static List<Object> stringArray(Object value, String where) throws InvalidDocumentException {
        List<Object> list = elements(value);
        String rule = "a string or an array of strings (the keys to remove)";
        if (list == null) {
            throw new InvalidDocumentException(where, "must be " + rule + ", not " + kind(value));
        }
        List<Object> keys = new ArrayList<>(list.size());
        for (Object element : list) {
            if (!(element instanceof CharSequence key)) {
                throw new InvalidDocumentException(where, "must be " + rule + ", not an array holding " + kind(element));
            }
            keys.add(key.toString());
        }
        return Collections.unmodifiableList(keys);
    }

    private static Map<String, Object> dictionary(Object value, String where) throws InvalidDocumentException {
        String rule = "a Map of string keys to strings, numbers, booleans or arrays of those";
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidDocumentException(where, "must be " + rule + ", not " + kind(value));
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof CharSequence key)) {
                throw new InvalidDocumentException(where, "must be " + rule + ", not a Map with the key "
                        + kind(entry.getKey()));
            }
            Object v = entry.getValue();
            entries.put(key.toString(), elements(v) != null ? array(v, where, rule) : scalar(v, where, rule));
        }
        return Collections.unmodifiableMap(entries);
    }

    private static String kind(Object value) {
        return value == null ? "nothing (null)" : "a " + value.getClass().getSimpleName();
    }
}
