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
