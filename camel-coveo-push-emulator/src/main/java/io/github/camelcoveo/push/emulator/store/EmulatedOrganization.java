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

import io.github.camelcoveo.push.emulator.fields.FieldCatalog;
import io.github.camelcoveo.push.emulator.logs.IndexingLog;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A Coveo organization: its API key, its Push sources, its security identity providers and its index's fields. */
public final class EmulatedOrganization {

    private final String id;
    private final byte[] apiKey;
    private final Map<String, EmulatedSource> sources = new ConcurrentSkipListMap<>();
    private final Map<String, SecurityProvider> providers = new ConcurrentSkipListMap<>();
    private final FieldCatalog fields = new FieldCatalog();
    private final IndexingLog indexingLog = new IndexingLog();
    private volatile boolean fieldEditPrivilege = true;
    private volatile boolean logsViewPrivilege = true;

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
        return addSource(sourceId, SourceType.PUSH);
    }

    /** The source, created with this type when absent (an existing source keeps its type). */
    public EmulatedSource addSource(String sourceId, SourceType type) {
        return sources.computeIfAbsent(sourceId, id -> new EmulatedSource(id, type));
    }

    public Optional<EmulatedSource> source(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    public List<EmulatedSource> sources() {
        return List.copyOf(sources.values());
    }

    public SecurityProvider addProvider(String providerId) {
        return providers.computeIfAbsent(providerId, SecurityProvider::new);
    }

    public Optional<SecurityProvider> provider(String providerId) {
        return Optional.ofNullable(providers.get(providerId));
    }

    public List<SecurityProvider> providers() {
        return List.copyOf(providers.values());
    }

    public FieldCatalog fields() {
        return fields;
    }

    /** Whether the organization's API key may create fields (the "Fields - Create" and "Fields - Edit" privileges). */
    public boolean hasFieldEditPrivilege() {
        return fieldEditPrivilege;
    }

    /** Takes the privilege to create or edit fields from the organization's API key; viewing them stays allowed. */
    public void revokeFieldEditPrivilege() {
        fieldEditPrivilege = false;
    }

    /** What the index did with each item operation the Push API accepted for this organization. */
    public IndexingLog indexingLog() {
        return indexingLog;
    }

    /**
     * Whether the organization's API key may read the indexing logs (Coveo asks for the View access level on the
     * Organizations domain and View All on the Sources domain).
     */
    public boolean hasLogsViewPrivilege() {
        return logsViewPrivilege;
    }

    /** Takes the privilege to read the indexing logs from the organization's API key. */
    public void revokeLogsViewPrivilege() {
        logsViewPrivilege = false;
    }

    /**
     * Whether a permission's identity resolves: in the provider it names, or, when it names none, in any provider of
     * the organization (Coveo would use the first provider of the item's source; the emulator does not link sources
     * to providers).
     */
    public boolean resolves(String name, String type, String providerId) {
        if (providerId != null) {
            return provider(providerId).map(p -> p.knows(name, type)).orElse(false);
        }
        return providers.values().stream().anyMatch(p -> p.knows(name, type));
    }

    /** Deliberately leaves the API key out. */
    @Override
    public String toString() {
        return "EmulatedOrganization[" + id + ", sources=" + sources.keySet() + ", providers=" + providers.keySet() + "]";
    }
}
