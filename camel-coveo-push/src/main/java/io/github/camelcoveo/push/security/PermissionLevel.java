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
 * A permission level: permission sets that Coveo evaluates together; the levels of an item are evaluated in order, and
 * the first that allows or denies the user decides [docs.coveo.com/en/1526].
 */
@JsonPropertyOrder({ "name", "permissionSets" })
public final class PermissionLevel {

    private final String name;
    private final List<PermissionSet> permissionSets;

    private PermissionLevel(Builder builder) {
        this.name = builder.name;
        this.permissionSets = Collections.unmodifiableList(new ArrayList<>(builder.permissionSets));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String getName() {
        return name;
    }

    public List<PermissionSet> getPermissionSets() {
        return permissionSets;
    }

    /** The Push API JSON shape: {@code {"name", "permissionSets": [...]}}. */
    public Map<String, Object> toMap() {
        return Json.toMap(this);
    }

    @Override
    public String toString() {
        return "PermissionLevel" + toMap();
    }

    public static final class Builder {
        private String name;
        private final List<PermissionSet> permissionSets = new ArrayList<>();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder permissionSet(PermissionSet set) {
            permissionSets.add(set);
            return this;
        }

        public PermissionLevel build() {
            return new PermissionLevel(this);
        }
    }
}
