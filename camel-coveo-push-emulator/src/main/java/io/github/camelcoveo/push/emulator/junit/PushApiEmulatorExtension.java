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
package io.github.camelcoveo.push.emulator.junit;

import io.github.camelcoveo.push.emulator.PushApiEmulator;
import io.github.camelcoveo.push.emulator.PushApiEmulatorBuilder;
import io.github.camelcoveo.push.emulator.fields.EmulatedField;
import io.github.camelcoveo.push.emulator.fields.FieldType;
import io.github.camelcoveo.push.emulator.logs.IndexingLogEntry;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.StoredIdentity;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a {@link PushApiEmulator} for a test class:
 * <pre>{@code
 * @RegisterExtension
 * static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "key").source("src");
 * }</pre>
 * Started before all tests (or before each, on an instance field), reset before each test unless
 * {@link #resetBetweenTests(boolean)} says otherwise, stopped after all.
 */
public final class PushApiEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {

    private final PushApiEmulatorBuilder builder = PushApiEmulator.builder().port(0);
    private String defaultOrganization;
    private boolean resetBetweenTests = true;
    private boolean startedPerTest;
    private PushApiEmulator emulator;

    private PushApiEmulatorExtension() {
    }

    public static PushApiEmulatorExtension create() {
        return new PushApiEmulatorExtension();
    }

    /** Adds an organization; the first one is the default for {@link #source(String)} and {@link #assertThat(String)}. */
    public PushApiEmulatorExtension organization(String organizationId, String apiKey) {
        builder.organization(organizationId, apiKey);
        if (defaultOrganization == null) {
            defaultOrganization = organizationId;
        }
        return this;
    }

    /** Adds a source to the default organization. */
    public PushApiEmulatorExtension source(String sourceId) {
        return source(requireDefaultOrganization(), sourceId);
    }

    public PushApiEmulatorExtension source(String organizationId, String sourceId) {
        builder.source(organizationId, sourceId);
        return this;
    }

    /** Adds a Catalog source (Stream API only) to the default organization. */
    public PushApiEmulatorExtension catalogSource(String sourceId) {
        return catalogSource(requireDefaultOrganization(), sourceId);
    }

    public PushApiEmulatorExtension catalogSource(String organizationId, String sourceId) {
        builder.catalogSource(organizationId, sourceId);
        return this;
    }

    /** Adds a security identity provider to the default organization. */
    public PushApiEmulatorExtension securityProvider(String providerId) {
        builder.securityProvider(requireDefaultOrganization(), providerId);
        return this;
    }

    /** Gives the default organization's index a field (see the builder's {@code field}). */
    public PushApiEmulatorExtension field(String name, FieldType type) {
        builder.field(requireDefaultOrganization(), name, type);
        return this;
    }

    /** The default organization's API key may not create fields: the Field API's batch/create answers 403. */
    public PushApiEmulatorExtension fieldsReadOnly() {
        builder.fieldsReadOnly(requireDefaultOrganization());
        return this;
    }

    /** The default organization's API key may not read the indexing logs: the Logs API answers 403. */
    public PushApiEmulatorExtension withoutLogsPrivilege() {
        builder.withoutLogsPrivilege(requireDefaultOrganization());
        return this;
    }

    /**
     * The index refuses, after a 202, the items of a source of the default organization that {@code which} picks;
     * a rule of the builder, so that it survives the reset between tests.
     */
    public PushApiEmulatorExtension rejectAtIndexing(String sourceId, Predicate<IndexedItem> which, String reason) {
        builder.rejectAtIndexing(requireDefaultOrganization(), sourceId, which, reason);
        return this;
    }

    /** The default organization's indexing log, oldest first. */
    public List<IndexingLogEntry> indexingLog() {
        return emulator().indexingLog(requireDefaultOrganization());
    }

    /** The Logs API base, {@code http://localhost:PORT/logs/v1} (see {@link PushApiEmulator#logsApiUrl()}). */
    public String logsApiUrl() {
        return emulator().logsApiUrl();
    }

    /** The fields of the default organization's index. */
    public List<EmulatedField> fields() {
        return emulator().fields(requireDefaultOrganization());
    }

    /** The identities a provider of the default organization holds; empty for an unknown provider. */
    public List<StoredIdentity> identities(String providerId) {
        return emulator().identities(requireDefaultOrganization(), providerId);
    }

    public PushApiEmulatorExtension resetBetweenTests(boolean reset) {
        this.resetBetweenTests = reset;
        return this;
    }

    /** Any other setting of the builder: permissive mode, quotas, faults, limits, port... */
    public PushApiEmulatorExtension configure(Consumer<PushApiEmulatorBuilder> settings) {
        settings.accept(builder);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            startedPerTest = true;
            start();
        } else if (resetBetweenTests) {
            emulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (startedPerTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public PushApiEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("The emulator runs only while the tests of its class run.");
        }
        return emulator;
    }

    public String pushApiUrl() {
        return emulator().pushApiUrl();
    }

    /** The Platform API base, {@code http://localhost:PORT/rest} (see {@link PushApiEmulator#platformApiUrl()}). */
    public String platformApiUrl() {
        return emulator().platformApiUrl();
    }

    public List<IndexedItem> items(String sourceId) {
        return emulator().items(requireDefaultOrganization(), sourceId);
    }

    public SourceAssert assertThat(String sourceId) {
        return assertThat(requireDefaultOrganization(), sourceId);
    }

    public SourceAssert assertThat(String organizationId, String sourceId) {
        return new SourceAssert("Source " + organizationId + "/" + sourceId, emulator().source(organizationId, sourceId)
                .orElseThrow(() -> new AssertionError("No source " + sourceId + " in organization " + organizationId)));
    }

    private void start() {
        emulator = builder.build().start();
    }

    private void stop() {
        if (emulator != null) {
            emulator.stop();
            emulator = null;
        }
    }

    private String requireDefaultOrganization() {
        if (defaultOrganization == null) {
            throw new IllegalStateException("Call organization(id, apiKey) first.");
        }
        return defaultOrganization;
    }
}
