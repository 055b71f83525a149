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
 * One entry of the {@code allowedPermissions} or {@code deniedPermissions} of a permission set: a reference to a
 * security identity, {@code {"identity", "identityType", "securityProvider"}}. The identity itself lives in a security
 * identity provider; an item only refers to it.
 *
 * @param identity         the name of the identity, for example {@code alice@example.com} or {@code Engineering}
 * @param identityType     its type
 * @param securityProvider the security identity provider that holds it; null for the source's first provider (or the
 *                         endpoint's {@code defaultSecurityProvider})
 */
@JsonPropertyOrder({ "identity", "identityType", "securityProvider" })
public record Permission(String identity, IdentityType identityType,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String securityProvider) {

    public static Permission user(String name) {
        return new Permission(name, IdentityType.USER, null);
    }

    public static Permission group(String name) {
        return new Permission(name, IdentityType.GROUP, null);
    }

    public static Permission virtualGroup(String name) {
        return new Permission(name, IdentityType.VIRTUAL_GROUP, null);
    }

    /** The same reference, in another provider. */
    public Permission in(String provider) {
        return new Permission(identity, identityType, provider);
    }

    /** The Push API JSON shape. */
    public Map<String, Object> toMap() {
        return Json.toMap(this);
    }
}
