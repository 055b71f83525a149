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
package io.github.camelcoveo.push.emulator;

import io.github.camelcoveo.push.emulator.faults.FaultInjector;
import io.github.camelcoveo.push.emulator.faults.IndexingRules;
import io.github.camelcoveo.push.emulator.fields.EmulatedField;
import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.faults.QuotaEnforcer;
import io.github.camelcoveo.push.emulator.http.EmulatorContext;
import io.github.camelcoveo.push.emulator.http.IdentityLimits;
import io.github.camelcoveo.push.emulator.http.Limits;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.OrganizationRegistry;
import io.github.camelcoveo.push.emulator.store.SourceType;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Configuration of a {@link PushApiEmulator}. */
public final class PushApiEmulatorBuilder {

    private static final System.Logger LOGGER = System.getLogger(PushApiEmulator.class.getName());

    private int port;
    private String bindAddress = "0.0.0.0";
    private final Map<String, String> organizations = new LinkedHashMap<>();
    private final List<String[]> sources = new ArrayList<>();
    private final List<String[]> catalogSources = new ArrayList<>();
    private final List<String[]> providers = new ArrayList<>();
    private final Map<String, List<EmulatedField>> fields = new LinkedHashMap<>();
    private final List<String> fieldsReadOnly = new ArrayList<>();
    private final List<String> withoutLogsPrivilege = new ArrayList<>();
    private final List<Consumer<IndexingRules>> indexingRules = new ArrayList<>();
    private IdentityLimits identityLimits = IdentityLimits.defaults();
    private boolean permissive;
    private Limits limits = Limits.coveo();
    private Clock clock = Clock.systemUTC();
    private long faultSeed = 42L;
    private final List<Consumer<FaultInjector>> faultSetup = new ArrayList<>();
    private final List<Consumer<QuotaEnforcer>> quotaSetup = new ArrayList<>();
    private Consumer<String> log = line -> LOGGER.log(System.Logger.Level.INFO, line);
    private int retainedRequests = RequestLog.DEFAULT_CAPACITY;
    private long retainContentUpTo = Long.MAX_VALUE;
    private Duration fileContainerLifetime = FileContainerStore.COVEO_LIFETIME;

    PushApiEmulatorBuilder() {
    }

    /** The HTTP port; 0 (the default) picks a free one. */
    public PushApiEmulatorBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** The address to listen on (default all interfaces). */
    public PushApiEmulatorBuilder bindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
        return this;
    }

    public PushApiEmulatorBuilder organization(String organizationId, String apiKey) {
        organizations.put(organizationId, apiKey);
        return this;
    }

    public PushApiEmulatorBuilder source(String organizationId, String sourceId) {
        sources.add(new String[] {organizationId, sourceId});
        return this;
    }

    /**
     * Adds a Catalog source (Coveo for Commerce's products, variants, availabilities), which takes content through the
     * Stream API only ({@code /sources/{src}/stream/update}, {@code /merge}, {@code /open}...); the Push API's
     * document calls on it answer 400 {@code SOURCE_TYPE_MISMATCH}, as the Stream API's calls on a Push source do.
     */
    public PushApiEmulatorBuilder catalogSource(String organizationId, String sourceId) {
        catalogSources.add(new String[] {organizationId, sourceId});
        return this;
    }

    /** Adds a security identity provider, for the {@code /providers/{providerId}/...} calls. */
    public PushApiEmulatorBuilder securityProvider(String organizationId, String providerId) {
        providers.add(new String[] {organizationId, providerId});
        return this;
    }

    /**
     * Gives an organization's index a field (with the Field API's defaults for its type), as if created before the
     * run; it replaces a default field of the same name. Every organization starts with Coveo's default fields
     * ({@code title}, {@code date}, {@code uri}...: {@code FieldCatalog.DEFAULT_FIELDS}).
     */
    public PushApiEmulatorBuilder field(String organizationId, String name, FieldType type) {
        if (!io.github.camelcoveo.push.emulator.fields.FieldModels.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid Coveo field name: " + name);
        }
        fields.computeIfAbsent(organizationId, org -> new ArrayList<>()).add(EmulatedField.of(name, type));
        return this;
    }

    /**
     * Gives the organization's API key no privilege to create or edit fields ("Fields - Create", "Fields - Edit"): the
     * Field API's batch/create answers 403, listing and searching fields still work.
     */
    public PushApiEmulatorBuilder fieldsReadOnly(String organizationId) {
        fieldsReadOnly.add(organizationId);
        return this;
    }

    /**
     * Gives the organization's API key no privilege to read the indexing logs: the Logs API answers 403, as Coveo
     * does without the View access level on Organizations and View All on Sources.
     */
    public PushApiEmulatorBuilder withoutLogsPrivilege(String organizationId) {
        withoutLogsPrivilege.add(organizationId);
        return this;
    }

    /**
     * A late failure from the start: the Push API accepts (202) the items of the source (null: of any source of
     * the organization) that {@code which} picks, and the index refuses them: they are not indexed and their
     * indexing log entry is {@code ERROR} with this reason (e.g. "conversion failed").
     */
    public PushApiEmulatorBuilder rejectAtIndexing(String organizationId, String sourceId, Predicate<IndexedItem> which,
                                                   String reason) {
        return indexingRules(rules -> rules.rejectAtIndexing(organizationId, sourceId, which, reason));
    }

    /**
     * The index refuses an item whose permissions name a security identity provider the organization does not have
     * (see {@link IndexingRules#rejectUnknownSecurityProviders(String)}); off by default.
     */
    public PushApiEmulatorBuilder rejectUnknownSecurityProviders(String organizationId) {
        return indexingRules(rules -> rules.rejectUnknownSecurityProviders(organizationId));
    }

    /** Indexing rules from the start, e.g. {@code indexingRules(r -> r.rejectDocument("org", "src", id, "...").times(1))}. */
    public PushApiEmulatorBuilder indexingRules(Consumer<IndexingRules> setup) {
        indexingRules.add(setup);
        return this;
    }

    /** Limits on security identities; {@link IdentityLimits#defaults()} by default. */
    public PushApiEmulatorBuilder identityLimits(IdentityLimits identityLimits) {
        this.identityLimits = identityLimits;
        return this;
    }

    /**
     * Creates unknown sources, security identity providers (and organizations, keyed to the first bearer token used) on first use.
     * Handy for demos; by default unknown sources get 404 and unknown organizations 403.
     */
    public PushApiEmulatorBuilder permissive(boolean permissive) {
        this.permissive = permissive;
        return this;
    }

    public PushApiEmulatorBuilder permissive() {
        return permissive(true);
    }

    /** Size limits; {@link Limits#coveo()} by default. */
    public PushApiEmulatorBuilder limits(Limits limits) {
        this.limits = limits;
        return this;
    }

    /** The clock for receipt times, default orderingIds, quotas and the expiry of file containers. */
    public PushApiEmulatorBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Seed of the random draws of {@code faults().rate(...)}, for repeatable runs. */
    public PushApiEmulatorBuilder faultSeed(long seed) {
        this.faultSeed = seed;
        return this;
    }

    /** Faults active from the start, e.g. {@code faults(f -> f.rate(0.1).withStatus(503))}. */
    public PushApiEmulatorBuilder faults(Consumer<FaultInjector> setup) {
        faultSetup.add(setup);
        return this;
    }

    public PushApiEmulatorBuilder requestQuota(int limit, Duration window) {
        quotaSetup.add(quotas -> quotas.requestsPerWindow(limit, window));
        return this;
    }

    public PushApiEmulatorBuilder dailyItemQuota(long limit) {
        quotaSetup.add(quotas -> quotas.dailyItems(limit));
        return this;
    }

    /**
     * How many of the most recent request records {@link PushApiEmulator#requests()} keeps (default
     * {@value RequestLog#DEFAULT_CAPACITY}); its counts stay exact however many it keeps. 0 keeps none.
     */
    public PushApiEmulatorBuilder retainRequests(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("retainRequests cannot be negative: " + count);
        }
        this.retainedRequests = count;
        return this;
    }

    /**
     * The largest decoded content, in bytes, that an item keeps in memory (default: all of it). Above it the item
     * keeps only its size and SHA-256 digest ({@code IndexedItem.contentSha256()}), which is what a long soak
     * compares. 0 keeps no content at all.
     */
    public PushApiEmulatorBuilder retainContentUpTo(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("retainContentUpTo cannot be negative: " + bytes);
        }
        this.retainContentUpTo = bytes;
        return this;
    }

    /**
     * How long a file container lives, by the emulator's clock, when no push consumes it: Coveo's 60 minutes by
     * default. An expired container and its bytes are forgotten.
     */
    public PushApiEmulatorBuilder fileContainerLifetime(Duration lifetime) {
        this.fileContainerLifetime = lifetime;
        return this;
    }

    /** Where the emulator's log lines go (default: System.Logger at INFO). Lines never hold an API key. */
    public PushApiEmulatorBuilder log(Consumer<String> log) {
        this.log = log;
        return this;
    }

    public PushApiEmulator build() {
        OrganizationRegistry registry = new OrganizationRegistry();
        organizations.forEach(registry::register);
        for (String[] source : sources) {
            registry.require(source[0]).addSource(source[1]);
        }
        for (String[] source : catalogSources) {
            registry.require(source[0]).addSource(source[1], SourceType.CATALOG);
        }
        for (String[] provider : providers) {
            registry.require(provider[0]).addProvider(provider[1]);
        }
        fields.forEach((organizationId, defined) -> defined.forEach(registry.require(organizationId).fields()::define));
        fieldsReadOnly.forEach(organizationId -> registry.require(organizationId).revokeFieldEditPrivilege());
        withoutLogsPrivilege.forEach(organizationId -> registry.require(organizationId).revokeLogsViewPrivilege());
        FaultInjector faults = new FaultInjector(faultSeed);
        faultSetup.forEach(setup -> setup.accept(faults));
        QuotaEnforcer quotas = new QuotaEnforcer(clock);
        quotaSetup.forEach(setup -> setup.accept(quotas));
        EmulatorContext context = new EmulatorContext(registry, new FileContainerStore(clock, fileContainerLifetime),
                new RequestLog(retainedRequests),
                faults, new IndexingRules(indexingRules), quotas, limits, identityLimits, permissive, retainContentUpTo, clock, log);
        return new PushApiEmulator(context, port, bindAddress);
    }
}
