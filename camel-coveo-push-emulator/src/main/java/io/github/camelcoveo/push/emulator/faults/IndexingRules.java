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
package io.github.camelcoveo.push.emulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcoveo.push.emulator.content.StrictJson;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.IndexedItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What the emulated index refuses after the Push API accepted it (202): configured rules
 * ({@code rejectAtIndexing(org, source, item -> ..., "conversion failed")}) and, when switched on for an
 * organization, the built-in check of {@link #rejectUnknownSecurityProviders(String)}. The first rule that hits an
 * item decides. {@link #reset()} forgets the rules added at run time and brings back those of the builder.
 */
public final class IndexingRules {

    private final List<Consumer<IndexingRules>> configured;
    private final List<IndexingRule> rules = new CopyOnWriteArrayList<>();
    private final Set<String> checkProviders = ConcurrentHashMap.newKeySet();

    public IndexingRules(List<Consumer<IndexingRules>> configured) {
        this.configured = List.copyOf(configured);
        configured.forEach(setup -> setup.accept(this));
    }

    /**
     * Refuses at indexing the items of a source (null: of every source of the organization) that {@code which}
     * picks, for instance {@code item -> item.documentId().endsWith(".pdf")} or
     * {@code item -> item.metadata("lang").isEmpty()}.
     */
    public IndexingRule rejectAtIndexing(String organizationId, String sourceId, Predicate<IndexedItem> which,
                                         String reason) {
        IndexingRule rule = new IndexingRule(organizationId, sourceId, which, reason);
        rules.add(rule);
        return rule;
    }

    /** Refuses one documentId at indexing. */
    public IndexingRule rejectDocument(String organizationId, String sourceId, String documentId, String reason) {
        return rejectAtIndexing(organizationId, sourceId, item -> item.documentId().equals(documentId), reason);
    }

    /**
     * Refuses at indexing an item whose permissions name, in a {@code securityProvider}, a security identity
     * provider the organization does not have. Off by default: Coveo's documentation does not say what its index
     * does with such an item, and the emulator creates providers only when told to.
     */
    public IndexingRules rejectUnknownSecurityProviders(String organizationId) {
        checkProviders.add(organizationId);
        return this;
    }

    public List<IndexingRule> rules() {
        return List.copyOf(rules);
    }

    /** Forgets every rule and built-in check, including the builder's. */
    public void clear() {
        rules.clear();
        checkProviders.clear();
    }

    /** Back to the rules and checks the builder configured. */
    public void reset() {
        clear();
        configured.forEach(setup -> setup.accept(this));
    }

    /** Why the index refuses this item, if it does. */
    public Optional<String> rejection(EmulatedOrganization organization, String sourceId, IndexedItem item) {
        for (IndexingRule rule : rules) {
            boolean hit = rule.hits(organization.id(), sourceId, item);
            if (rule.isExhausted()) {
                rules.remove(rule);
            }
            if (hit) {
                return Optional.of(rule.reason());
            }
        }
        if (checkProviders.contains(organization.id())) {
            return unknownProvider(organization, item);
        }
        return Optional.empty();
    }

    private static Optional<String> unknownProvider(EmulatedOrganization organization, IndexedItem item) {
        if (item.permissionsJson() == null) {
            return Optional.empty();
        }
        List<String> providers = new ArrayList<>();
        try {
            collectProviders(StrictJson.mapper().readTree(item.permissionsJson()), providers);
        } catch (IOException e) {
            return Optional.empty();
        }
        return providers.stream().filter(provider -> organization.provider(provider).isEmpty()).findFirst()
                .map(provider -> "Invalid permissions: the security identity provider '" + provider
                        + "' does not exist in organization " + organization.id() + ".");
    }

    /** Every {@code securityProvider} value (key matched case-insensitively, as Coveo reads keys) in the permissions. */
    private static void collectProviders(JsonNode node, List<String> providers) {
        if (node.isArray()) {
            node.forEach(element -> collectProviders(element, providers));
        } else if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equalsIgnoreCase("securityProvider") && field.getValue().isTextual()) {
                    providers.add(field.getValue().asText());
                } else {
                    collectProviders(field.getValue(), providers);
                }
            }
        }
    }
}
