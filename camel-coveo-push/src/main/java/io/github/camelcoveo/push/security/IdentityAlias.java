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
 * An alias: an identity of this provider and the same person in other providers; the body of
 * {@code addOrUpdateAlias}, Coveo's MappedIdentityBody [docs.coveo.com/en/139, /en/142],
 * {@code {"identity": {...}, "mappings": [{"name", "type", "provider"}], "wellKnowns": [...]}}.
 */
@JsonPropertyOrder({ "identity", "mappings", "wellKnowns" })
public final class IdentityAlias {

    private final Identity identity;
    private final List<AliasMapping> mappings;
    private final List<Identity> wellKnowns;

    private IdentityAlias(Builder builder) {
        this.identity = builder.identity;
        this.mappings = Collections.unmodifiableList(new ArrayList<>(builder.mappings));
        this.wellKnowns = Collections.unmodifiableList(new ArrayList<>(builder.wellKnowns));
    }

    public static Builder builder(Identity identity) {
        return new Builder(identity);
    }

    public Identity getIdentity() {
        return identity;
    }

    public List<AliasMapping> getMappings() {
        return mappings;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<Identity> getWellKnowns() {
        return wellKnowns;
    }

    public Map<String, Object> toMap() {
        return Json.toMap(this);
    }

    @Override
    public String toString() {
        return "IdentityAlias[" + (identity == null ? null : identity.key()) + ", " + mappings.size() + " mappings]";
    }

    public static final class Builder {
        private final Identity identity;
        private final List<AliasMapping> mappings = new ArrayList<>();
        private final List<Identity> wellKnowns = new ArrayList<>();

        private Builder(Identity identity) {
            this.identity = identity;
        }

        public Builder mapping(AliasMapping mapping) {
            mappings.add(mapping);
            return this;
        }

        public Builder mappings(List<AliasMapping> mappings) {
            this.mappings.addAll(mappings);
            return this;
        }

        public Builder wellKnown(Identity wellKnown) {
            wellKnowns.add(wellKnown);
            return this;
        }

        public IdentityAlias build() {
            return new IdentityAlias(this);
        }
    }
}
