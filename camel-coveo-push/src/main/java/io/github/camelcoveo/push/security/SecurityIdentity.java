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
 * A security identity with its members and well-knowns: the body of {@code addOrUpdateIdentity}, Coveo's IdentityBody
 * [docs.coveo.com/en/139, /en/167], {@code {"identity": {...}, "members": [...], "wellKnowns": [...]}}. Pushing a group
 * replaces its members: give them all.
 *
 * <pre>{@code
 * SecurityIdentity.builder(Identity.group("Engineering")).member(Identity.user("alice@example.com"))
 *         .member(Identity.group("Interns")).wellKnown(Identity.group("Everyone")).build()
 * }</pre>
 */
@JsonPropertyOrder({ "identity", "members", "wellKnowns" })
public final class SecurityIdentity {

    private final Identity identity;
    private final List<Identity> members;
    private final List<Identity> wellKnowns;

    private SecurityIdentity(Builder builder) {
        this.identity = builder.identity;
        this.members = Collections.unmodifiableList(new ArrayList<>(builder.members));
        this.wellKnowns = Collections.unmodifiableList(new ArrayList<>(builder.wellKnowns));
    }

    public static Builder builder(Identity identity) {
        return new Builder(identity);
    }

    /** A group with these users as members. */
    public static SecurityIdentity group(String name, String... users) {
        Builder builder = builder(Identity.group(name));
        for (String user : users) {
            builder.member(Identity.user(user));
        }
        return builder.build();
    }

    public Identity getIdentity() {
        return identity;
    }

    public List<Identity> getMembers() {
        return members;
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
        return "SecurityIdentity[" + (identity == null ? null : identity.key()) + ", " + members.size() + " members]";
    }

    public static final class Builder {
        private final Identity identity;
        private final List<Identity> members = new ArrayList<>();
        private final List<Identity> wellKnowns = new ArrayList<>();

        private Builder(Identity identity) {
            this.identity = identity;
        }

        public Builder member(Identity member) {
            members.add(member);
            return this;
        }

        public Builder members(List<Identity> members) {
            this.members.addAll(members);
            return this;
        }

        /** A granted identity that this one belongs to, without being a member of a group pushed here. */
        public Builder wellKnown(Identity wellKnown) {
            wellKnowns.add(wellKnown);
            return this;
        }

        public Builder wellKnowns(List<Identity> wellKnowns) {
            this.wellKnowns.addAll(wellKnowns);
            return this;
        }

        public SecurityIdentity build() {
            return new SecurityIdentity(this);
        }
    }
}
