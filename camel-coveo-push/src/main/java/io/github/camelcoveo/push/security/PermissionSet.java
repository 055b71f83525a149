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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.camelcoveo.push.client.Json;

/**
 * A permission set of an item: who is allowed, who is denied, and whether anonymous users are allowed
 * [docs.coveo.com/en/107]. Send a list of them (or of {@link PermissionLevel}s) as the item's permissions:
 *
 * <pre>{@code
 * PermissionSet.builder().allowGroup("Engineering").allowUser("alice@example.com").denyUser("bob@example.com").build()
 * }</pre>
 */
@JsonPropertyOrder({ "allowAnonymous", "allowedPermissions", "deniedPermissions" })
public final class PermissionSet {

    private final Boolean allowAnonymous;
    private final List<Permission> allowed;
    private final List<Permission> denied;

    private PermissionSet(Builder builder) {
        this.allowAnonymous = builder.allowAnonymous;
        this.allowed = Collections.unmodifiableList(new ArrayList<>(builder.allowed));
        this.denied = Collections.unmodifiableList(new ArrayList<>(builder.denied));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A set that lets everyone, anonymous users included, see the item. */
    public static PermissionSet anonymous() {
        return builder().allowAnonymous(true).build();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Boolean getAllowAnonymous() {
        return allowAnonymous;
    }

    public List<Permission> getAllowedPermissions() {
        return allowed;
    }

    public List<Permission> getDeniedPermissions() {
        return denied;
    }

    /** The Push API JSON shape: {@code {"allowAnonymous", "allowedPermissions", "deniedPermissions"}}. */
    public Map<String, Object> toMap() {
        return Json.toMap(this);
    }

    @Override
    public String toString() {
        return "PermissionSet" + toMap();
    }

    public static final class Builder {
        private Boolean allowAnonymous;
        private final List<Permission> allowed = new ArrayList<>();
        private final List<Permission> denied = new ArrayList<>();

        private Builder() {
        }

        public Builder allowAnonymous(boolean allowAnonymous) {
            this.allowAnonymous = allowAnonymous;
            return this;
        }

        public Builder allow(Permission permission) {
            allowed.add(permission);
            return this;
        }

        public Builder allow(String identity, IdentityType type) {
            return allow(new Permission(identity, type, null));
        }

        public Builder allowUser(String identity) {
            return allow(Permission.user(identity));
        }

        public Builder allowGroup(String identity) {
            return allow(Permission.group(identity));
        }

        public Builder allowVirtualGroup(String identity) {
            return allow(Permission.virtualGroup(identity));
        }

        public Builder deny(Permission permission) {
            denied.add(permission);
            return this;
        }

        public Builder deny(String identity, IdentityType type) {
            return deny(new Permission(identity, type, null));
        }

        public Builder denyUser(String identity) {
            return deny(Permission.user(identity));
        }

        public Builder denyGroup(String identity) {
            return deny(Permission.group(identity));
        }

        public PermissionSet build() {
            return new PermissionSet(this);
        }
    }
}
