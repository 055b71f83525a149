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

import java.util.Arrays;
import java.util.Optional;

/**
 * The data types of an index field, as the Field API names them ({@code FieldModel.type}): LONG is a 32-bit integer
 * ("Integer 32" in the console), LONG_64 a 64-bit one, DOUBLE a decimal.
 */
public enum FieldType {
    STRING,
    LONG,
    LONG_64,
    DOUBLE,
    DATE,
    VECTOR;

    /** The type of this exact (case-sensitive) name, as the Field API accepts it. */
    public static Optional<FieldType> parse(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
