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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An alias: an identity of this provider and the same person in other providers; the body of
 * {@code addOrUpdateAlias}, Coveo's MappedIdentityBody [docs.coveo.com/en/139, /en/142],
 * {@code {"identity": {...}, "mappings": [{"name", "type", "provider"}], "wellKnowns": [...]}}.
 */
@JsonPropertyOrder({ "identity", "mappings", "wellKnowns" })
public final class IdentityAlias extends IdentityBody<AliasMapping> {

    private IdentityAlias(Builder builder) {
        super(builder, "mappings");
    }

    public static Builder builder(Identity identity) {
        return new Builder(identity);
    }

    public List<AliasMapping> getMappings() {
        return entries();
    }

    public static final class Builder extends IdentityBody.Builder<Builder, AliasMapping, IdentityAlias> {
        private Builder(Identity identity) {
            super(identity);
        }

        public Builder mapping(AliasMapping mapping) {
            return entry(mapping);
        }

        public Builder mappings(List<AliasMapping> mappings) {
            return entries(mappings);
        }

        @Override
        public IdentityAlias build() {
            return new IdentityAlias(this);
        }
    }
}
