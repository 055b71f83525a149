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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A security identity provider of an organization: its identities, their members and aliases. Applies the same
 * ordering rule as sources [docs.coveo.com/en/147]: a change whose orderingId is lower than or equal to the last one
 * applied to that identity is out of sequence, ignored and counted ({@link #ignoredOperations()}); after a
 * delete-older-than, a change older than its orderingId is ignored too. An identity's members and its aliases
 * (mappings) are sequenced apart, so that one batch (one orderingId) can set both; a delete sequences both.
 */
public final class SecurityProvider {

    private final String id;
    private final Map<String, StoredIdentity> identities = new LinkedHashMap<>();
    /** The last orderingId applied to each identity's members (or deletion), kept after a delete. */
    private final Map<String, Long> identityVersions = new HashMap<>();
    /** The last orderingId applied to each identity's aliases (or deletion), kept after a delete. */
    private final Map<String, Long> aliasVersions = new HashMap<>();
    private long olderThanFloor = Long.MIN_VALUE;
    private long ignoredOperations;

    public SecurityProvider(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Adds or replaces an identity with its members (a group's members are replaced, as Coveo does). */
    public synchronized boolean addOrUpdate(StoredIdentity.IdentityRef identity, List<StoredIdentity.IdentityRef> members,
                                            List<StoredIdentity.IdentityRef> wellKnowns, long orderingId, Instant at) {
        String key = identity.key();
        if (!inSequence(identityVersions, key, orderingId)) {
            return false;
        }
        identityVersions.put(key, orderingId);
        StoredIdentity previous = identities.get(key);
        identities.put(key, new StoredIdentity(identity, List.copyOf(members), List.copyOf(wellKnowns),
                previous == null ? List.of() : previous.mappings(), orderingId, at));
        return true;
    }

    /** Sets the aliases (mappings) of an identity, creating it when the provider does not know it yet. */
    public synchronized boolean addOrUpdateAlias(StoredIdentity.IdentityRef identity,
                                                 List<StoredIdentity.IdentityRef> mappings,
                                                 List<StoredIdentity.IdentityRef> wellKnowns, long orderingId,
                                                 Instant at) {
        String key = identity.key();
        if (!inSequence(aliasVersions, key, orderingId)) {
            return false;
        }
        aliasVersions.put(key, orderingId);
        StoredIdentity previous = identities.get(key);
        StoredIdentity base = previous != null ? previous
                : new StoredIdentity(identity, List.of(), List.of(), List.of(), orderingId, at);
        identities.put(key, base.withMappings(mappings, wellKnowns, orderingId, at));
        return true;
    }

    /** Deletes the identity, members and aliases, unless the delete is out of sequence for its members. */
    public synchronized boolean delete(StoredIdentity.IdentityRef identity, long orderingId) {
        String key = identity.key();
        if (orderingId <= identityVersions.getOrDefault(key, Long.MIN_VALUE)) {
            ignoredOperations++;
            return false;
        }
        identityVersions.put(key, orderingId);
        aliasVersions.merge(key, orderingId, Math::max);
        return identities.remove(key) != null;
    }

    /** Removes every identity whose orderingId is below the given one; returns how many went. */
    public synchronized int deleteOlderThan(long orderingId) {
        olderThanFloor = Math.max(olderThanFloor, orderingId);
        List<String> stale = identities.entrySet().stream().filter(e -> e.getValue().orderingId() < orderingId)
                .map(Map.Entry::getKey).toList();
        stale.forEach(identities::remove);
        return stale.size();
    }

    public synchronized List<StoredIdentity> identities() {
        return List.copyOf(identities.values());
    }

    public synchronized Optional<StoredIdentity> identity(String name, String type) {
        return Optional.ofNullable(identities.get(type + ":" + name));
    }

    /** Whether the provider knows the identity: pushed itself, or a member of an identity it holds. */
    public synchronized boolean knows(String name, String type) {
        String key = type + ":" + name;
        return identities.containsKey(key)
               || identities.values().stream().anyMatch(i -> i.members().stream().anyMatch(m -> m.key().equals(key)));
    }

    public synchronized int size() {
        return identities.size();
    }

    /** Changes to an identity ignored as out of sequence since the provider was created or cleared. */
    public synchronized long ignoredOperations() {
        return ignoredOperations;
    }

    public synchronized void clear() {
        identities.clear();
        identityVersions.clear();
        aliasVersions.clear();
        olderThanFloor = Long.MIN_VALUE;
        ignoredOperations = 0;
    }

    private boolean inSequence(Map<String, Long> versions, String key, long orderingId) {
        if (orderingId <= versions.getOrDefault(key, Long.MIN_VALUE) || orderingId < olderThanFloor) {
            ignoredOperations++;
            return false;
        }
        return true;
    }
}
