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
public final class SecurityIdentity extends IdentityBody<Identity> {

    private SecurityIdentity(Builder builder) {
        super(builder, "members");
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

    public List<Identity> getMembers() {
        return entries();
    }

    public static final class Builder extends IdentityBody.Builder<Builder, Identity, SecurityIdentity> {
        private Builder(Identity identity) {
            super(identity);
        }

        public Builder member(Identity member) {
            return entry(member);
        }

        public Builder members(List<Identity> members) {
            return entries(members);
        }

        @Override
        public SecurityIdentity build() {
            return new SecurityIdentity(this);
        }
    }
}
