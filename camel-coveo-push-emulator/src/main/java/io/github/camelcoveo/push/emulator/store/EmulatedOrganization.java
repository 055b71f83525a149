package io.github.camelcoveo.push.emulator.store;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A Coveo organization: its API key and its Push sources. */
public final class EmulatedOrganization {

    private final String id;
    private final byte[] apiKey;
    private final Map<String, EmulatedSource> sources = new ConcurrentSkipListMap<>();

    public EmulatedOrganization(String id, String apiKey) {
        this.id = id;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    }

    public String id() {
        return id;
    }

    public boolean acceptsApiKey(String candidate) {
        return candidate != null && MessageDigest.isEqual(apiKey, candidate.getBytes(StandardCharsets.UTF_8));
    }

    public EmulatedSource addSource(String sourceId) {
        return sources.computeIfAbsent(sourceId, EmulatedSource::new);
    }

    public Optional<EmulatedSource> source(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    public List<EmulatedSource> sources() {
        return List.copyOf(sources.values());
    }

    /** Deliberately leaves the API key out. */
    @Override
    public String toString() {
        return "EmulatedOrganization[" + id + ", sources=" + sources.keySet() + "]";
    }
}
