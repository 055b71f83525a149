package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A security identity provider of an organization: its identities, their members and aliases. Applies the same
 * ordering rule as sources: a change older than what the provider knows of an identity is ignored.
 */
public final class SecurityProvider {

    private final String id;
    private final Map<String, StoredIdentity> identities = new LinkedHashMap<>();
    private final Map<String, Long> deletions = new HashMap<>();

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
        if (orderingId < known(key)) {
            return false;
        }
        StoredIdentity previous = identities.get(key);
        deletions.remove(key);
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
        if (orderingId < known(key)) {
            return false;
        }
        StoredIdentity previous = identities.get(key);
        deletions.remove(key);
        StoredIdentity base = previous != null ? previous
                : new StoredIdentity(identity, List.of(), List.of(), List.of(), orderingId, at);
        identities.put(key, base.withMappings(mappings, wellKnowns, orderingId, at));
        return true;
    }

    public synchronized boolean delete(StoredIdentity.IdentityRef identity, long orderingId) {
        String key = identity.key();
        if (orderingId < known(key)) {
            return false;
        }
        deletions.put(key, orderingId);
        return identities.remove(key) != null;
    }

    /** Removes every identity whose orderingId is below the given one; returns how many went. */
    public synchronized int deleteOlderThan(long orderingId) {
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

    public synchronized void clear() {
        identities.clear();
        deletions.clear();
    }

    private long known(String key) {
        StoredIdentity current = identities.get(key);
        return current != null ? current.orderingId() : deletions.getOrDefault(key, Long.MIN_VALUE);
    }
}
