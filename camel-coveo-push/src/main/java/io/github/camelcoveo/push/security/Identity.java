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
 * A security identity as the Security Identity models name it [docs.coveo.com/en/139]: {@code {"name", "type",
 * "additionalInfo"}}. Also the body of {@code deleteIdentity}.
 *
 * @param name           for example {@code alice@example.com} or {@code Engineering}
 * @param type           USER, GROUP, VIRTUAL_GROUP or UNKNOWN
 * @param additionalInfo string keys and values that make the identity unique (for example an employee id); may be empty
 */
@JsonPropertyOrder({ "name", "type", "additionalInfo" })
public record Identity(String name, IdentityType type,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> additionalInfo) {

    public Identity {
        additionalInfo = additionalInfo == null ? Map.of() : Map.copyOf(additionalInfo);
    }

    public Identity(String name, IdentityType type) {
        this(name, type, Map.of());
    }

    public static Identity user(String name) {
        return new Identity(name, IdentityType.USER);
    }

    public static Identity group(String name) {
        return new Identity(name, IdentityType.GROUP);
    }

    public static Identity virtualGroup(String name) {
        return new Identity(name, IdentityType.VIRTUAL_GROUP);
    }

    /** Identifies the identity in a batch: its type and name. */
    String key() {
        return type + ":" + name;
    }

    /** The Push API JSON shape. */
    public Map<String, Object> toMap() {
        return Json.toMap(this);
    }
}
