package io.github.camelcoveo.push.client;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The component's one Jackson mapper, for the JSON it sends and the JSON it reads (bodies, responses). It is shared:
 * never reconfigure it; build a differently configured one with {@code Json.MAPPER.copy()}.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    /** The JSON object that {@code value} writes as, as Maps, Lists and scalars in the order written. */
    public static Map<String, Object> toMap(Object value) {
        return MAPPER.convertValue(value, MAP);
    }
}
