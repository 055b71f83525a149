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

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.camelcoveo.push.emulator.browser.ContentBrowser;
import io.github.camelcoveo.push.emulator.faults.FaultInjector;
import io.github.camelcoveo.push.emulator.faults.IndexingRules;
import io.github.camelcoveo.push.emulator.faults.QuotaEnforcer;
import io.github.camelcoveo.push.emulator.fields.EmulatedField;
import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.http.EmulatorContext;
import io.github.camelcoveo.push.emulator.http.EmulatorDispatcher;
import io.github.camelcoveo.push.emulator.http.PushApiService;
import io.github.camelcoveo.push.emulator.http.RawBodyServerFactory;
import io.github.camelcoveo.push.emulator.http.UploadHandler;
import io.github.camelcoveo.push.emulator.logs.IndexingLogEntry;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.LoadStream;
import io.github.camelcoveo.push.emulator.store.SourceType;
import io.github.camelcoveo.push.emulator.store.RejectedItem;
import io.github.camelcoveo.push.emulator.store.SecurityProvider;
import io.github.camelcoveo.push.emulator.store.StoredIdentity;
import io.github.camelcoveo.push.emulator.store.StatusChange;

import java.util.List;
import java.util.Optional;

/**
 * An emulator of the Coveo Push API on an embedded WireMock (Jetty) server.
 *
 * <pre>{@code
 * try (PushApiEmulator coveo = PushApiEmulator.builder().port(0)
 *         .organization("org", "api-key").source("org", "src").build().start()) {
 *     String base = coveo.pushApiUrl();   // http://localhost:PORT/push/v1
 *     ...
 *     coveo.items("org", "src");
 * }
 * }</pre>
 */
public final class PushApiEmulator implements AutoCloseable {

    private final EmulatorContext context;
    private final WireMockServer server;

    PushApiEmulator(EmulatorContext context, int port, String bindAddress) {
        this.context = context;
        EmulatorDispatcher dispatcher = new EmulatorDispatcher(new PushApiService(context), new UploadHandler(context),
                new ContentBrowser(context), context.clock());
        this.server = new WireMockServer(WireMockConfiguration.options()
                .port(port)
                .bindAddress(bindAddress)
                // WireMock asks Jetty for 3 acceptor threads, and Jetty warns at start-up whenever that exceeds the
                // processors (as on a 2-core CI machine); one acceptor serves a local emulator, as Jetty's own default
                .jettyAcceptors(1)
                .httpServerFactory(new RawBodyServerFactory())
                .disableRequestJournal()
                .gzipDisabled(true)
                .notifier(new EmulatorNotifier(context.log()))
                .extensions(dispatcher));
        server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.ok()));
    }

    public static PushApiEmulatorBuilder builder() {
        return new PushApiEmulatorBuilder();
    }

    public synchronized PushApiEmulator start() {
        if (!server.isRunning()) {
            server.start();
            context.log().accept("Coveo Push API emulator listening: " + pushApiUrl() + " (browser " + browserUrl() + ")");
        }
        return this;
    }

    public synchronized void stop() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    public int port() {
        return server.port();
    }

    /** {@code http://localhost:PORT}. */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** The base a client appends {@code /organizations/{org}/sources/{src}/...} to: {@code http://localhost:PORT/push/v1}. */
    public String pushApiUrl() {
        return baseUrl() + "/push/v1";
    }

    /**
     * The Platform API base, Coveo's {@code https://platform.cloud.coveo.com/rest}: a client appends
     * {@code /organizations/{org}/indexes/page/fields}, {@code .../indexes/fields/search} or
     * {@code .../indexes/fields/batch/create}. {@code http://localhost:PORT/rest}; the same server as
     * {@link #pushApiUrl()}, with the same API key per organization.
     */
    public String platformApiUrl() {
        return baseUrl() + "/rest";
    }

    /**
     * The Logs API base, Coveo's {@code https://api.cloud.coveo.com/logs/v1} (the Push API's host, not the Platform
     * API's): a client POSTs to {@code /organizations/{org}?from=&to=} for the indexing pipeline log entries.
     * {@code http://localhost:PORT/logs/v1}, with the same API key per organization.
     */
    public String logsApiUrl() {
        return baseUrl() + "/logs/v1";
    }

    /** The HTML content browser. */
    public String browserUrl() {
        return baseUrl() + "/emulator/";
    }

    /** Adds an organization while running. */
    public PushApiEmulator addOrganization(String organizationId, String apiKey) {
        context.organizations().register(organizationId, apiKey);
        return this;
    }

    /** Adds a source to a known organization while running. */
    public PushApiEmulator addSource(String organizationId, String sourceId) {
        context.organizations().require(organizationId).addSource(sourceId);
        return this;
    }

    /** Adds a Catalog source (see the builder's {@code catalogSource}) to a known organization while running. */
    public PushApiEmulator addCatalogSource(String organizationId, String sourceId) {
        context.organizations().require(organizationId).addSource(sourceId, SourceType.CATALOG);
        return this;
    }

    /** Adds a security identity provider to a known organization while running. */
    public PushApiEmulator addSecurityProvider(String organizationId, String providerId) {
        context.organizations().require(organizationId).addProvider(providerId);
        return this;
    }

    /** The fields of an organization's index, by name: the default ones, those configured and those created. */
    public List<EmulatedField> fields(String organizationId) {
        return context.organizations().find(organizationId).map(org -> org.fields().all()).orElse(List.of());
    }

    /** A field of an organization's index by name (case-insensitive, as metadata keys find their field). */
    public Optional<EmulatedField> field(String organizationId, String name) {
        return context.organizations().find(organizationId).flatMap(org -> org.fields().find(name));
    }

    /** Gives a known organization's index a field while running (see the builder's {@code field}). */
    public PushApiEmulator addField(String organizationId, String name, FieldType type) {
        if (!io.github.camelcoveo.push.emulator.fields.FieldModels.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid Coveo field name: " + name);
        }
        context.organizations().require(organizationId).fields().define(EmulatedField.of(name, type));
        return this;
    }

    public Optional<SecurityProvider> securityProvider(String organizationId, String providerId) {
        return context.organizations().find(organizationId).flatMap(organization -> organization.provider(providerId));
    }

    /** The security identities a provider holds, in the order first received; empty for an unknown provider. */
    public List<StoredIdentity> identities(String organizationId, String providerId) {
        return securityProvider(organizationId, providerId).map(SecurityProvider::identities).orElse(List.of());
    }

    public Optional<StoredIdentity> identity(String organizationId, String providerId, String name, String type) {
        return securityProvider(organizationId, providerId).flatMap(provider -> provider.identity(name, type));
    }

    public List<EmulatedOrganization> organizations() {
        return context.organizations().all();
    }

    public Optional<EmulatedSource> source(String organizationId, String sourceId) {
        return context.organizations().findSource(organizationId, sourceId);
    }

    /** The items indexed in a source, in the order first received; empty for an unknown source. */
    public List<IndexedItem> items(String organizationId, String sourceId) {
        return source(organizationId, sourceId).map(EmulatedSource::items).orElse(List.of());
    }

    /**
     * The items of a (Catalog) source whose {@code objecttype} is the given one ({@code Product}, {@code Variant},
     * {@code Availability}; compared without regard to case), in the order of their last update.
     */
    public List<IndexedItem> items(String organizationId, String sourceId, String objectType) {
        return items(organizationId, sourceId).stream()
                .filter(item -> objectType.equalsIgnoreCase(item.objectType()))
                .toList();
    }

    /**
     * The load streams of a Catalog source opened and not closed: they have applied nothing and removed nothing
     * (Coveo applies a load only when it is closed). Empty for an unknown source.
     */
    public List<LoadStream> openStreams(String organizationId, String sourceId) {
        return source(organizationId, sourceId).map(EmulatedSource::openStreams).orElse(List.of());
    }

    /** Every load stream of a Catalog source, open or closed, in the order opened. */
    public List<LoadStream> loadStreams(String organizationId, String sourceId) {
        return source(organizationId, sourceId).map(EmulatedSource::loadStreams).orElse(List.of());
    }

    public Optional<IndexedItem> item(String organizationId, String sourceId, String documentId) {
        return source(organizationId, sourceId).flatMap(source -> source.item(documentId));
    }

    /** Operations on the source's items ignored as out of sequence (see {@link EmulatedSource}); 0 for an unknown source. */
    public long ignoredOperations(String organizationId, String sourceId) {
        return source(organizationId, sourceId).map(EmulatedSource::ignoredOperations).orElse(0L);
    }

    public List<StatusChange> statusHistory(String organizationId, String sourceId) {
        return source(organizationId, sourceId).map(EmulatedSource::statusHistory).orElse(List.of());
    }

    /**
     * What the index did with each item operation the Push API accepted for the organization, oldest first (see
     * {@link IndexingLogEntry}); empty for an unknown organization.
     */
    public List<IndexingLogEntry> indexingLog(String organizationId) {
        return context.organizations().find(organizationId).map(org -> org.indexingLog().all()).orElse(List.of());
    }

    /** The indexing log entries of one item (their {@code id} is its documentId), oldest first. */
    public List<IndexingLogEntry> indexingLog(String organizationId, String documentId) {
        return indexingLog(organizationId).stream().filter(entry -> documentId.equals(entry.id())).toList();
    }

    /** The items of a source that the index refused after the Push API accepted them. */
    public List<RejectedItem> rejectedItems(String organizationId, String sourceId) {
        return source(organizationId, sourceId).map(EmulatedSource::rejectedItems).orElse(List.of());
    }

    /** Run-time late failures: {@code indexingRules().rejectAtIndexing("org", "src", item -> ..., "conversion failed")}. */
    public IndexingRules indexingRules() {
        return context.indexingRules();
    }

    /** Every Push API, Field API and upload request received, with counters by kind. */
    public RequestLog requests() {
        return context.requestLog();
    }

    public EmulatorStats stats() {
        return EmulatorStats.of(context);
    }

    /** Run-time fault injection: {@code faults().failNext(3).withStatus(429).retryAfterSeconds(1)}. */
    public FaultInjector faults() {
        return context.faults();
    }

    /** Run-time quotas: {@code quotas().requestsPerWindow(250, Duration.ofMinutes(5))}. */
    public QuotaEnforcer quotas() {
        return context.quotas();
    }

    /**
     * Empties every source and security identity provider, forgets file containers, requests, fault rules, quota
     * counters, indexing logs, the indexing rules added at run time and the fields created through the Field API.
     * Organizations, sources, configured fields, the builder's indexing rules and quota limits stay.
     */
    public void reset() {
        context.organizations().clearContent();
        context.fileContainers().clear();
        context.requestLog().clear();
        context.faults().clear();
        context.indexingRules().reset();
        context.quotas().resetCounters();
    }
}
