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
package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A security identity as an emulated provider holds it: its members, well-knowns and aliases (mappings), and the
 * orderingId of the last change.
 */
public record StoredIdentity(IdentityRef identity, List<IdentityRef> members, List<IdentityRef> wellKnowns,
                             List<IdentityRef> mappings, long orderingId, Instant updatedAt) {

    /**
     * A reference to an identity: name, type, additionalInfo; {@code provider} only for the mappings of an alias.
     */
    public record IdentityRef(String name, String type, Map<String, String> additionalInfo, String provider) {

        public IdentityRef {
            additionalInfo = additionalInfo == null ? Map.of() : Map.copyOf(additionalInfo);
        }

        public IdentityRef(String name, String type) {
            this(name, type, Map.of(), null);
        }

        /** TYPE:name, how the provider keys identities. */
        public String key() {
            return type + ":" + name;
        }
    }

    public String name() {
        return identity.name();
    }

    public String type() {
        return identity.type();
    }

    StoredIdentity withMappings(List<IdentityRef> newMappings, List<IdentityRef> newWellKnowns, long ordering,
                                Instant at) {
        return new StoredIdentity(identity, members, newWellKnowns.isEmpty() ? wellKnowns : newWellKnowns,
                List.copyOf(newMappings), ordering, at);
    }
}
