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
package io.github.camelcoveo.push.security;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.camelcoveo.push.client.Json;

/**
 * One entry of the {@code mappings} of an alias: the same person in another security identity provider
 * [docs.coveo.com/en/142], {@code {"name", "type", "provider", "additionalInfo"}}.
 */
@JsonPropertyOrder({ "name", "type", "provider", "additionalInfo" })
public record AliasMapping(String name, IdentityType type, String provider,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> additionalInfo) {

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
        return Json.toMap(this);
    }
}
