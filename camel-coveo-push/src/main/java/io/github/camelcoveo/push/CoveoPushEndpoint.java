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
package io.github.camelcoveo.push;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.batch.BatchLayout;
import io.github.camelcoveo.push.batch.BatchSender;
import io.github.camelcoveo.push.batch.StreamLoader;
import io.github.camelcoveo.push.batch.BatchSettings;
import io.github.camelcoveo.push.batch.EntryPreparer;
import io.github.camelcoveo.push.batch.LocalRequestBudget;
import io.github.camelcoveo.push.budget.RequestBudget;
import io.github.camelcoveo.push.client.FieldsApiClient;
import io.github.camelcoveo.push.client.HttpClientSettings;
import io.github.camelcoveo.push.client.LogsApiClient;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiUrls;
import io.github.camelcoveo.push.client.RetryPolicy;
import io.github.camelcoveo.push.client.RetryingExecutor;
import io.github.camelcoveo.push.confirm.IndexingConfirmation;
import io.github.camelcoveo.push.confirm.RejectedItem;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.document.ContentPlan;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.fields.FieldService;
import io.github.camelcoveo.push.fields.FieldTypeConflict;
import io.github.camelcoveo.push.metrics.PushStats;
import io.github.camelcoveo.push.metrics.PushStats.Count;
import io.github.camelcoveo.push.operations.IdentityOperations;
import io.github.camelcoveo.push.operations.PushOperations;
import io.github.camelcoveo.push.security.PermissionDefaults;
import io.github.camelcoveo.push.send.DocumentSender;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ShutdownStrategy;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pushes exchanges to one Coveo Push source. */
@UriEndpoint(firstVersion = "0.1.0", scheme = CoveoPushConstants.SCHEME, title = "Coveo Push",
             syntax = "coveo-push:sourceId", producerOnly = true, category = { Category.SEARCH, Category.CLOUD },
             headersClass = CoveoPushConstants.class)
@ManagedResource(description = "Coveo Push endpoint: what it sent, what Coveo accepted or refused, what is pending")
public class CoveoPushEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(description = "The id of the Push source, as the Coveo administration console shows it.")
    @Metadata(required = true)
    private String sourceId;

    @UriParam
    private CoveoPushConfiguration configuration;

    private static final Logger LOG = LoggerFactory.getLogger(CoveoPushEndpoint.class);
    /** The most threads that complete failed exchanges at once, each possibly sleeping in a synchronous redelivery. */
    private static final int MAX_FAILURE_THREADS = 100;
    /** How long a failed exchange counts as being in Camel's hands without coming back or finishing. */
    private static final long FAILURE_HOLD_MILLIS = 120_000;
    private static final Duration MIN_STOP_WAIT = Duration.ofSeconds(1);
    /** Meters only when Micrometer is there: {@link MicrometerMeters}, which names it, is not loaded otherwise. */
    private static final boolean MICROMETER = micrometerPresent();

    /** The most batches and documents waiting for their indexing logs to be read, with rejectedItemsUri. */
    static final int MAX_PENDING_CHECKS = 10_000;

    private final OrderingClock orderingClock = new OrderingClock();
    private final PushStats stats = new PushStats(() -> "coveo-push:" + sourceId);
    private ScheduledExecutorService workers;
    private RetryingExecutor retrying;
    private ExecutorService failureThreadPool;
    private FailureHandOff failures;
    private PushApiClient client;
    private PushOperations operations;
    private IdentityOperations identities;
    private ExchangeDocumentMapper mapper;
    private RequestBudget budget;
    private LocalRequestBudget localBudget;
    private ExecutorService completions;
    private BatchIngester ingester;
    private BatchIngester identityIngester;
    /** A catalog source's shallow merge batches; null on a Push source. */
    private BatchIngester mergeIngester;
    /** The encoding pool shared by the document batches and loads; closed once, after all of them. */
    private EntryPreparer preparer;
    private FlushOnStop flushOnStop;
    private IndexingConfirmation confirmation;
    private ProducerTemplate rejectedItems;

    public CoveoPushEndpoint(String uri, CoveoPushComponent component, CoveoPushConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new CoveoPushProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("coveo-push only sends: use it in to()");
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        ObjectHelper.notNull(sourceId, "sourceId");
        ConfigurationRules.ofEndpoint(sourceId).checkEndpoint(configuration);
    }

    private PermissionDefaults permissionDefaults() {
        try {
            return PermissionDefaults.of(configuration.getDefaultSecurityProvider(), configuration.getAllowAnonymous(),
                    configuration.getDefaultPermissions());
        } catch (InvalidDocumentException e) {
            throw new IllegalArgumentException("coveo-push:" + sourceId + ": " + e.getMessage(), e);
        }
    }

    private BatchSettings batchSettings() {
        return new BatchSettings(configuration.getBatchMaxDocuments(), configuration.getBatchMaxBytes(),
                configuration.getBatchLingerTime(), configuration.getMaxBatchesInFlight(),
                configuration.getMaxPendingDocuments(), configuration.effectiveMaxPendingBytes(),
                configuration.getMaxBlockTime());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        workers = executors.newScheduledThreadPool(this, "CoveoPush[" + sourceId + "]", configuration.getWorkerPoolSize());
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                configuration.getRetryMaxDelay());
        PushApiUrls urls = new PushApiUrls(
                PushApiUrls.baseUrl(configuration.getPushApiUrl(), configuration.getRegion(), configuration.getEnvironment()),
                configuration.getOrganizationId());
        localBudget = configuration.getRequestBudget() == null
                      && LocalRequestBudget.isLimited(configuration.getRequestsPerWindow(), configuration.getRequestsPerDay())
                ? new LocalRequestBudget(configuration.getRequestsPerWindow(), configuration.getRequestWindow(),
                        configuration.getRequestsPerDay(), workers)
                : null;
        budget = configuration.getRequestBudget() != null ? configuration.getRequestBudget() : localBudget;
        stats.forwardTo(MICROMETER ? MicrometerMeters.bind(this) : null);
        retrying = new RetryingExecutor(workers, retryPolicy, configuration.getOrganizationId(), budget, stats);
        client = new PushApiClient(urls, configuration.getApiKey(), httpSettings(), retrying);
        ContentPlan contentPlan = new ContentPlan(configuration.getCompressionType());
        DocumentSender sender = new DocumentSender(client, contentPlan, workers);
        mapper = new ExchangeDocumentMapper(configuration.getFileExtension(), configuration.isIncludeFileMetadata(),
                permissionDefaults(), configuration.wallTimeZone());
        // exchanges complete (and routing goes on) on threads of their own, never on the HTTP workers: a route that
        // blocks for room in a batch after this endpoint cannot starve the calls that make room
        completions = queueingPool("CoveoPushDone", configuration.getWorkerPoolSize());
        failureThreadPool = queueingPool("CoveoPushFailed",
                Math.min(configuration.getMaxFailuresInFlight(), MAX_FAILURE_THREADS));
        failures = new FailureHandOff(configuration.getMaxFailuresInFlight(), FAILURE_HOLD_MILLIS, failureThreadPool,
                workers, System::currentTimeMillis);
        confirmation = ObjectHelper.isEmpty(configuration.getRejectedItemsUri()) ? null : confirmation();
        boolean catalog = configuration.getSourceType() == SourceType.catalog;
        if (configuration.isBatch()) {
            preparer = new EntryPreparer(client, contentPlan,
                    executors.newFixedThreadPool(this, "CoveoPushEncode[" + sourceId + "]", EntryPreparer.ENCODERS),
                    executors.newFixedThreadPool(this, "CoveoPushText[" + sourceId + "]", EntryPreparer.ENCODERS));
            // a catalog source's update files take addOrUpdate, delete and partialUpdate entries; its merges go in
            // files of their own: the same batches, sent to the Stream API
            ingester = catalog
                    ? new BatchIngester(batchSettings(), BatchLayout.CATALOG_UPDATE, preparer,
                            BatchSender.streamUpdate(client, sourceId), workers, orderingClock)
                    : new BatchIngester(batchSettings(), BatchLayout.DOCUMENTS, preparer,
                            confirming(BatchSender.pushApi(client, sourceId)), workers, orderingClock);
            ingester.metrics(stats);
            if (catalog) {
                mergeIngester = new BatchIngester(batchSettings(), BatchLayout.CATALOG_MERGE, preparer,
                        BatchSender.streamMerge(client, sourceId), workers, orderingClock);
                mergeIngester.metrics(stats);
            }
            if (ObjectHelper.isNotEmpty(configuration.getSecurityProviderId())) {
                // security identities go in batches of their own, with the same bounds and guarantees
                identityIngester = new BatchIngester(batchSettings(), BatchLayout.IDENTITIES, null,
                        BatchSender.identities(client, configuration.getSecurityProviderId()), workers, orderingClock);
            }
            // a stopping route or context waits for its exchanges in flight: send the open batch at once rather
            // than after the linger time
            flushOnStop = new FlushOnStop(ingester, mergeIngester, identityIngester);
            getCamelContext().getManagementStrategy().addEventNotifier(flushOnStop);
        }
        operations = catalog
                ? PushOperations.catalog(sourceId, client, ingester, mergeIngester, new StreamLoader(client, sourceId,
                        preparer, configuration.getBatchMaxBytes(), orderingClock), orderingClock, fields())
                : new PushOperations(sourceId, client, sender, ingester, orderingClock, fields(), confirmation);
        identities = new IdentityOperations(configuration.getSecurityProviderId(), client, identityIngester,
                orderingClock);
    }

    /** Whether this class's own loader sees Micrometer (Camel's ObjectHelper.loadClass would try others too). */
    private static boolean micrometerPresent() {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, CoveoPushEndpoint.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The fields service when createMissingFields or normalizeFieldNames is on, else null. */
    private FieldService fields() {
        return FieldService.of(new FieldsApiClient(client, FieldsApiClient.baseUrl(configuration.getPlatformApiUrl(),
                configuration.getRegion(), configuration.getEnvironment()), configuration.getOrganizationId()),
                configuration.isCreateMissingFields(), FieldTypeConflict.of(configuration.getFieldTypeConflict()),
                configuration.isNormalizeFieldNames(), "coveo-push:" + sourceId);
    }

    // --- confirmation: what Coveo did with what it accepted -------------------------------------------------------

    private IndexingConfirmation confirmation() {
        LogsApiClient logs = new LogsApiClient(client, new PushApiUrls(PushApiUrls.logsUrl(configuration.getLogsApiUrl(),
                configuration.getPushApiUrl(), configuration.getRegion(), configuration.getEnvironment()),
                configuration.getOrganizationId()));
        rejectedItems = getCamelContext().createProducerTemplate();
        return new IndexingConfirmation(sourceId, (from, to) -> logs.entries(sourceId, from, to), workers,
                new IndexingConfirmation.Settings(Duration.ofMillis(configuration.getConfirmationDelay()),
                        configuration.getConfirmationAttempts(), MAX_PENDING_CHECKS),
                this::sendRejected, Clock.systemUTC());
    }

    private BatchSender confirming(BatchSender sender) {
        IndexingConfirmation checks = confirmation;
        return checks == null ? sender : (file, orderingId) -> sender.send(file, orderingId).thenApply(receipt -> {
            checks.batchAccepted(receipt.fileId());
            return receipt;
        });
    }

    /** Sends an item Coveo refused at indexing to rejectedItemsUri, on a thread of the endpoint's own. */
    private void sendRejected(RejectedItem item) {
        ProducerTemplate template = rejectedItems;
        continueExchange(() -> {
            Exchange sent = template.send(configuration.getRejectedItemsUri(), exchange -> {
                exchange.getMessage().setBody(item.toMap());
                exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, item.documentId());
                exchange.getMessage().setHeader(CoveoPushConstants.REJECTION_REASON, item.reason());
            });
            if (sent.getException() != null) {
                LOG.warn("coveo-push:{}: {} refused at indexing ({}) could not be sent to rejectedItemsUri: {}",
                        sourceId, item.documentId(), item.reason(), sent.getException().toString());
            }
        });
    }

    /** How many items Coveo accepted and then refused at indexing since the endpoint started; 0 without confirmation. */
    @ManagedAttribute(description = "Items Coveo accepted, then refused when indexing them (with rejectedItemsUri)")
    public long getItemsRejectedAtIndexing() {
        IndexingConfirmation checks = confirmation;
        return checks == null ? 0 : checks.itemsRejected();
    }

    /** How many accepted batches and documents wait for their indexing logs to be read; 0 without confirmation. */
    public int getPendingConfirmations() {
        IndexingConfirmation checks = confirmation;
        return checks == null ? 0 : checks.pendingChecks();
    }

    /**
     * A pool of up to {@code threads} threads (only while there is work) whose queue takes every task: Camel's default
     * pools run a task on the caller's thread once their queue is full, and the caller here is an HTTP worker, which
     * must never wait on a route (nor sleep in its synchronous redelivery). What the queue holds is bounded by the
     * pending documents.
     */
    private ExecutorService queueingPool(String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(Integer.MAX_VALUE);
        profile.setAllowCoreThreadTimeOut(true);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(TimeUnit.SECONDS);
        return getCamelContext().getExecutorServiceManager().newThreadPool(this, name + "[" + sourceId + "]", profile);
    }

    /**
     * How long stopping waits for Coveo to accept what is pending before failing it: what is left of Camel's shutdown
     * timeout since the context or route started stopping, and at least a second.
     */
    Duration stopTimeout() {
        ShutdownStrategy shutdown = getCamelContext().getShutdownStrategy();
        Duration timeout = Duration.ofMillis(shutdown.getTimeUnit().toMillis(shutdown.getTimeout()));
        Duration left = flushOnStop != null ? flushOnStop.left(timeout) : timeout;
        return left.compareTo(MIN_STOP_WAIT) < 0 ? MIN_STOP_WAIT : left;
    }

    @Override
    protected void doStop() throws Exception {
        Duration wait = stopTimeout();
        if (flushOnStop != null) {
            getCamelContext().getManagementStrategy().removeEventNotifier(flushOnStop);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        int failed = 0;
        if (identityIngester != null) {
            failed += identityIngester.close(wait);
            identityIngester = null;
        }
        if (mergeIngester != null) {
            failed += mergeIngester.close(wait);
            mergeIngester = null;
        }
        if (ingester != null) {
            failed += ingester.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            ingester = null;
        }
        if (preparer != null) {
            preparer.close();
            preparer = null;
        }
        flushOnStop = null;
        if (confirmation != null) {
            // checks still waiting are dropped: nothing waits for them, and Coveo's logs keep the outcome
            confirmation.close();
        }
        if (failed > 0) {
            LOG.warn("coveo-push:{} stopped before Coveo answered for {} documents within the {} ms left of Camel's"
                     + " shutdown timeout: their exchanges failed, but Coveo may still apply their batches", sourceId,
                    failed, wait.toMillis());
        }
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        if (workers != null) {
            // what is still scheduled (a retry, a request waiting for the budget) would never answer its exchange
            executors.shutdownNow(workers);
            workers = null;
        }
        if (retrying != null) {
            retrying.failPending(new RejectedExecutionException("the coveo-push:" + sourceId + " endpoint stopped"));
            retrying = null;
        }
        if (failures != null) {
            failures.close();
        }
        if (completions != null) {
            executors.shutdownGraceful(completions);
            completions = null;
        }
        if (failureThreadPool != null) {
            executors.shutdownGraceful(failureThreadPool);
            failureThreadPool = null;
        }
        if (rejectedItems != null) {
            rejectedItems.stop();
            rejectedItems = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
        stats.close();
        stats.forwardTo(null);
        super.doStop();
    }

    /** Goes on with an exchange Coveo answered, on a thread of the endpoint's own. */
    void continueExchange(Runnable exchange) {
        ExecutorService pool = completions;
        try {
            if (pool == null) {
                throw new RejectedExecutionException("stopped");
            }
            pool.execute(exchange);
        } catch (RejectedExecutionException stopped) {
            exchange.run();
        }
    }

    /** Sends the open batches at once rather than after the linger time. */
    @ManagedOperation(description = "Sends the open batches at once rather than after the linger time")
    public void flush() {
        BatchIngester documents = ingester;
        if (documents != null) {
            documents.flush();
        }
        BatchIngester identityBatches = identityIngester;
        if (identityBatches != null) {
            identityBatches.flush();
        }
        BatchIngester merges = mergeIngester;
        if (merges != null) {
            merges.flush();
        }
    }

    /** Hands the exchanges of failed calls to Camel's error handler. */
    FailureHandOff failures() {
        return failures;
    }

    private HttpClientSettings httpSettings() throws Exception {
        SSLContext ssl = configuration.getSslContextParameters() == null
                ? null : configuration.getSslContextParameters().createSSLContext(getCamelContext());
        return new HttpClientSettings(configuration.getConnectTimeout(), configuration.getResponseTimeout(),
                configuration.getMaxConnections(), ssl, configuration.getProxyHost(), configuration.getProxyPort(),
                "camel-coveo-push/" + version(), configuration.getHttpClient());
    }

    static String version() {
        try (InputStream in = CoveoPushEndpoint.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String getServiceUrl() {
        return PushApiUrls.baseUrl(configuration.getPushApiUrl(), configuration.getRegion(), configuration.getEnvironment())
                .toString();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public CoveoPushComponent getComponent() {
        return (CoveoPushComponent) super.getComponent();
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public CoveoPushConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CoveoPushConfiguration configuration) {
        this.configuration = configuration;
    }

    PushApiClient client() {
        return client;
    }

    PushOperations operations() {
        return operations;
    }

    IdentityOperations identities() {
        return identities;
    }

    ExchangeDocumentMapper mapper() {
        return mapper;
    }

    /** The batch ingester of this endpoint, or null when batching is off or the endpoint is stopped. */
    BatchIngester ingester() {
        return ingester;
    }

    /** The security identity batch ingester, or null when batching is off, no securityProviderId is set, or stopped. */
    BatchIngester identityIngester() {
        return identityIngester;
    }

    /** The in-JVM request budget of requestsPerWindow and requestsPerDay, or null without one or with requestBudget. */
    LocalRequestBudget requestBudget() {
        return localBudget;
    }

    /**
     * What the endpoint's document batches hold and did: the documents admitted and not yet answered, the bytes of
     * content they hold in memory (as {@code maxPendingBytes} counts them), the most documents pending at once, the
     * batches sealed and waiting for a slot, those sent and not yet answered, and those Coveo accepted.
     */
    public record BatchFigures(long pendingDocuments, long pendingBytes, long peakPendingDocuments, long batchesReady,
                               long batchesInFlight, long batchesAccepted) {
    }

    /** The figures of the document batches now; all 0 when batching is off or the endpoint is stopped. */
    public BatchFigures batchFigures() {
        BatchIngester documents = ingester;
        return documents == null ? new BatchFigures(0, 0, 0, 0, 0, 0)
                : new BatchFigures(documents.pendingDocuments(), documents.pendingBytes(),
                        documents.peakPendingDocuments(), documents.batchesReady(), documents.batchesInFlight(),
                        documents.batchesSent());
    }

    /** What the endpoint reports to, and the figures JMX and the dev console show. */
    PushStats stats() {
        return stats;
    }

    @ManagedOperation(description = "Sets the counters back to 0 and forgets the last errors (not the meters)")
    public void resetCounters() {
        stats.resetCounters();
    }

    @ManagedAttribute(description = "Documents (and identities) handed to the endpoint")
    public long getDocumentsAdmitted() {
        return stats.count(Count.ADMITTED);
    }

    @ManagedAttribute(description = "Documents Coveo accepted")
    public long getDocumentsAccepted() {
        return stats.count(Count.ACCEPTED);
    }

    @ManagedAttribute(description = "Documents that failed, for any cause")
    public long getDocumentsFailed() {
        return stats.count(Count.FAILED);
    }

    @ManagedAttribute(description = "Documents that failed as invalid input, nothing of them sent")
    public long getDocumentsInvalid() {
        return stats.count(Count.INVALID);
    }

    @ManagedAttribute(description = "Documents Coveo refused")
    public long getDocumentsRefused() {
        return stats.count(Count.REFUSED);
    }

    @ManagedAttribute(description = "Documents that failed once retries ran out")
    public long getDocumentsRetriesExhausted() {
        return stats.count(Count.RETRIES_EXHAUSTED);
    }

    @ManagedAttribute(description = "Documents rejected by back-pressure (no room in time) or a stopping endpoint")
    public long getDocumentsRejected() {
        return stats.count(Count.REJECTED);
    }

    @ManagedAttribute(description = "HTTP requests made, retries included")
    public long getRequests() {
        return stats.count(Count.REQUESTS);
    }

    @ManagedAttribute(description = "Retries scheduled")
    public long getRetries() {
        return stats.count(Count.RETRIES);
    }

    @ManagedAttribute(description = "Answers 429 Too Many Requests")
    public long getThrottled() {
        return stats.count(Count.THROTTLED);
    }

    @ManagedAttribute(description = "Bytes of request bodies sent, retries included")
    public long getBytesSent() {
        return stats.count(Count.BYTES_SENT);
    }

    @ManagedAttribute(description = "Batches Coveo accepted")
    public long getBatchesAccepted() {
        return stats.count(Count.BATCHES_ACCEPTED);
    }

    @ManagedAttribute(description = "Batches that failed")
    public long getBatchesFailed() {
        return stats.count(Count.BATCHES_FAILED);
    }

    @ManagedAttribute(description = "Documents admitted to batches and not yet answered")
    public long getPendingDocuments() {
        return batchFigures().pendingDocuments();
    }

    @ManagedAttribute(description = "Batches sent and not yet answered")
    public long getBatchesInFlight() {
        return batchFigures().batchesInFlight();
    }

    @ManagedAttribute(description = "Requests the requestsPerWindow budget still allows now; -1 without one")
    public int getRequestsLeftInWindow() {
        LocalRequestBudget limit = localBudget;
        return limit == null ? -1 : limit.leftInWindow();
    }

    @ManagedAttribute(description = "Requests the requestsPerDay budget still allows now; -1 without one")
    public int getRequestsLeftToday() {
        LocalRequestBudget limit = localBudget;
        return limit == null ? -1 : limit.leftToday();
    }

    @ManagedAttribute(description = "The last failure: when, the operation, the cause and the message (never the key)")
    public String getLastError() {
        return stats.lastErrors().stream().findFirst().map(String::valueOf).orElse(null);
    }
}
