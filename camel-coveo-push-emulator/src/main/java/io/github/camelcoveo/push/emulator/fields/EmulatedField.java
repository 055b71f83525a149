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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A field of an organization's index: its name, its type, whether it is one of Coveo's default (system) fields, and
 * the options of its {@code FieldModel} ({@code facet}, {@code multiValueFacet}, {@code sort}, {@code includeInQuery},
 * ...), kept as received with the Field API's documented defaults filled in.
 */
public record EmulatedField(String name, FieldType type, boolean system, Map<String, Object> options) {

    public EmulatedField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        options = Map.copyOf(options);
    }

    /** A field with the Field API's defaults for its type. */
    public static EmulatedField of(String name, FieldType type) {
        return new EmulatedField(name, type, false, FieldModels.defaults(type));
    }

    static EmulatedField system(String name, FieldType type) {
        return new EmulatedField(name, type, true, FieldModels.defaults(type));
    }

    /** USER or SYSTEM, as the Field API's {@code origin} filter tells them apart. */
    public String origin() {
        return system ? "SYSTEM" : "USER";
    }

    /** An option of the model ({@code facet}, {@code sort}...) as a boolean; false when absent. */
    public boolean option(String name) {
        return Boolean.TRUE.equals(options.get(name));
    }

    /** The {@code FieldModel} the Field API returns: name, type, system, then the options. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("type", type.name());
        model.putAll(new java.util.TreeMap<>(options));
        model.put("system", system);
        return model;
    }
}
