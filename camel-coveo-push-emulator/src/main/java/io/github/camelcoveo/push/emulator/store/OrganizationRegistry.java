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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Every emulated organization, by id. */
public final class OrganizationRegistry {

    private final Map<String, EmulatedOrganization> organizations = new ConcurrentSkipListMap<>();

    public EmulatedOrganization register(String organizationId, String apiKey) {
        EmulatedOrganization organization = new EmulatedOrganization(organizationId, apiKey);
        EmulatedOrganization existing = organizations.putIfAbsent(organizationId, organization);
        if (existing != null) {
            throw new IllegalStateException("Organization already registered: " + organizationId);
        }
        return organization;
    }

    public Optional<EmulatedOrganization> find(String organizationId) {
        return Optional.ofNullable(organizations.get(organizationId));
    }

    public EmulatedOrganization require(String organizationId) {
        return find(organizationId).orElseThrow(() -> new IllegalArgumentException("Unknown organization: " + organizationId));
    }

    public Optional<EmulatedSource> findSource(String organizationId, String sourceId) {
        return find(organizationId).flatMap(organization -> organization.source(sourceId));
    }

    public List<EmulatedOrganization> all() {
        return List.copyOf(organizations.values());
    }

    /**
     * Empties every source and security identity provider forgets the fields created through the Field API and the indexing logs;
     * organizations, sources, providers and the fields they were configured with stay.
     */
    public void clearContent() {
        organizations.values().forEach(organization -> {
            organization.sources().forEach(EmulatedSource::clear);
            organization.providers().forEach(SecurityProvider::clear);
            organization.fields().reset();
            organization.indexingLog().clear();
        });
    }
}
