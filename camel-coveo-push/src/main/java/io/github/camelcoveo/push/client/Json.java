package io.github.camelcoveo.push.client;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The component's one Jackson mapper, for the JSON it sends and reads (bodies, responses). It is shared: never
 * reconfigure it; build a differently configured one from {@code Json.MAPPER.copy()}.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The JSON object that {@code value} writes as, as Maps, Lists and scalars in the order written. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(Object value) {
        return MAPPER.convertValue(value, LinkedHashMap.class);
    }
}
