package io.github.camelcoveo.push.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the {@code mappings} of an alias: the same person in another security identity provider
 * [docs.coveo.com/en/142], {@code {"name", "type", "provider", "additionalInfo"}}.
 */
public record AliasMapping(String name, IdentityType type, String provider, Map<String, String> additionalInfo) {

    public AliasMapping {
        additionalInfo = additionalInfo == null ? Map.of() : Map.copyOf(additionalInfo);
    }

    public AliasMapping(String name, IdentityType type, String provider) {
        this(name, type, provider, Map.of());
    }

    /** A user in another provider, for example {@code AliasMapping.user("asmith@example.com", "Email Security Provider")}. */
    public static AliasMapping user(String name, String provider) {
        return new AliasMapping(name, IdentityType.USER, provider);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("type", type == null ? null : type.name());
        map.put("provider", provider);
        if (!additionalInfo.isEmpty()) {
            map.put("additionalInfo", new LinkedHashMap<>(additionalInfo));
        }
        return map;
    }
}
