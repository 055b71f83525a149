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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.http.PushApiException;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a {@code FieldModel} of the Field API (see Coveo's Field API reference and
 * {@code @coveo/platform-client}'s {@code FieldsInterfaces.ts}).
 */
public final class FieldModels {

    /** The Field API's documented rule for {@code FieldModel.name}: at most 255 characters. */
    public static final Pattern NAME = Pattern.compile("^([a-z][a-z0-9_]{0,254})$");

    /** The options documented for STRING fields only. */
    private static final Set<String> STRING_ONLY = Set.of("multiValueFacet", "hierarchicalFacet", "mergeWithLexicon",
            "stemming", "ranking", "keepAccentsDisplayValueFacet", "keepDistinctDisplayValueFacet", "multilingual");

    private FieldModels() {
    }

    /**
     * The documented defaults: {@code includeInQuery} and {@code includeInResults} true; {@code facet} and
     * {@code sort} false for a STRING field, true (and not to be turned off) for the other types; the STRING-only
     * options false.
     */
    static Map<String, Object> defaults(FieldType type) {
        Map<String, Object> options = new LinkedHashMap<>();
        boolean string = type == FieldType.STRING;
        options.put("description", "");
        options.put("facet", !string);
        options.put("sort", !string);
        options.put("includeInQuery", true);
        options.put("includeInResults", true);
        options.put("multiValueFacet", false);
        options.put("mergeWithLexicon", false);
        options.put("keyValue", false);
        return options;
    }

    /**
     * The field a model describes.
     *
     * @throws PushApiException 400 when the name breaks the naming rule, the type is not one of Coveo's, an option
     *                          is given to a type it does not apply to, or {@code system} is true
     */
    public static EmulatedField parse(JsonNode model) {
        if (model == null || !model.isObject()) {
            throw PushApiException.invalidJson("Each field must be a JSON object (a FieldModel).");
        }
        JsonNode nameNode = model.get("name");
        if (nameNode == null || !nameNode.isTextual() || !NAME.matcher(nameNode.asText()).matches()) {
            throw PushApiException.badRequest("INVALID_FIELD_NAME", "The field name " + (nameNode == null ? "is missing"
                    : nameNode + " is invalid") + ": it must match " + NAME.pattern()
                    + " (lower-case letters, digits and underscores, starting with a letter, at most 255 characters).");
        }
        String name = nameNode.asText();
        JsonNode typeNode = model.get("type");
        // the docs give no default type; STRING, the console's default, is the likely one
        FieldType type = typeNode == null || typeNode.isNull() ? FieldType.STRING
                : FieldType.parse(typeNode.asText()).orElseThrow(() -> PushApiException.badRequest("INVALID_FIELD_TYPE",
                        "Field " + name + ": type " + typeNode + " is not one of " + java.util.Arrays.toString(FieldType.values()) + "."));
        Map<String, Object> options = defaults(type);
        for (Iterator<Map.Entry<String, JsonNode>> entries = model.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String option = entry.getKey();
            JsonNode value = entry.getValue();
            if (option.equals("name") || option.equals("type") || value.isNull()) {
                continue;
            }
            if (option.equals("system")) {
                if (value.asBoolean(false)) {
                    throw PushApiException.badRequest("INVALID_FIELD_OPTION",
                            "Field " + name + ": the system option cannot be set to true.");
                }
                continue;
            }
            if (type != FieldType.STRING && value.isBoolean()) {
                if (STRING_ONLY.contains(option) && value.booleanValue()) {
                    throw PushApiException.badRequest("INVALID_FIELD_OPTION",
                            "Field " + name + ": " + option + " applies to STRING fields only, not " + type + ".");
                }
                if ((option.equals("facet") || option.equals("sort")) && !value.booleanValue()) {
                    throw PushApiException.badRequest("INVALID_FIELD_OPTION",
                            "Field " + name + ": " + option + " cannot be false on a " + type + " field.");
                }
            }
            options.put(option, plain(value));
        }
        return new EmulatedField(name, type, false, options);
    }

    private static Object plain(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isArray()) {
            java.util.List<Object> values = new java.util.ArrayList<>();
            value.forEach(element -> values.add(element.isNull() ? "" : plain(element)));
            return java.util.List.copyOf(values);
        }
        return value.toString();
    }
}
