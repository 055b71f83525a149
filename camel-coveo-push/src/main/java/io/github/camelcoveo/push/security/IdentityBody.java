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
import io.github.camelcoveo.push.client.Json;

/**
 * What the bodies of {@link SecurityIdentity} and {@link IdentityAlias} share: an identity, what it holds (members or
 * mappings), and the well-knowns it belongs to.
 *
 * @param <E> what the identity holds
 */
abstract class IdentityBody<E> {

    private final Identity identity;
    private final List<E> entries;
    private final List<Identity> wellKnowns;
    private final String entriesName;

    IdentityBody(Builder<?, E, ?> builder, String entriesName) {
        this.identity = builder.identity;
        this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
        this.wellKnowns = Collections.unmodifiableList(new ArrayList<>(builder.wellKnowns));
        this.entriesName = entriesName;
    }

    public Identity getIdentity() {
        return identity;
    }

    List<E> entries() {
        return entries;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<Identity> getWellKnowns() {
        return wellKnowns;
    }

    /** The Push API JSON shape. */
    public Map<String, Object> toMap() {
        return Json.toMap(this);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + (identity == null ? null : identity.key()) + ", " + entries.size()
               + " " + entriesName + "]";
    }

    /**
     * @param <B> the builder itself
     * @param <T> what it builds
     */
    abstract static class Builder<B extends Builder<B, E, T>, E, T> {
        private final Identity identity;
        private final List<E> entries = new ArrayList<>();
        private final List<Identity> wellKnowns = new ArrayList<>();

        Builder(Identity identity) {
            this.identity = identity;
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        B entry(E entry) {
            entries.add(entry);
            return self();
        }

        B entries(List<E> more) {
            entries.addAll(more);
            return self();
        }

        /** A granted identity that this one belongs to, without being a member of a group pushed here. */
        public B wellKnown(Identity wellKnown) {
            wellKnowns.add(wellKnown);
            return self();
        }

        public B wellKnowns(List<Identity> more) {
            wellKnowns.addAll(more);
            return self();
        }

        public abstract T build();
    }
}
