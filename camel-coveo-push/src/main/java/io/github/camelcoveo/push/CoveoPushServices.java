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
import io.github.camelcoveo.push.batch.BatchSettings;
import io.github.camelcoveo.push.batch.EntryPreparer;
import io.github.camelcoveo.push.batch.LocalRequestBudget;
import io.github.camelcoveo.push.batch.StreamLoader;
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
import io.github.camelcoveo.push.document.ContentPlan;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.fields.FieldService;
import io.github.camelcoveo.push.fields.FieldTypeConflict;
import io.github.camelcoveo.push.metrics.PushStats;
import io.github.camelcoveo.push.operations.IdentityOperations;
import io.github.camelcoveo.push.operations.PushOperations;
import io.github.camelcoveo.push.security.PermissionDefaults;
import io.github.camelcoveo.push.send.DocumentSender;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ShutdownStrategy;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an endpoint runs on: its clients, pools, batch ingesters, operations and indexing confirmation, built from its
 * options when it starts and closed when it stops. The fields the producer, the input reader and the health check read
 * are null before the first start; those that hold threads or connections are null again once stopped.
 */
final class CoveoPushServices {

    private static final Logger LOG = LoggerFactory.getLogger(CoveoPushEndpoint.class);
    /** The most threads that complete failed exchanges at once, each possibly sleeping in a synchronous redelivery. */
    private static final int MAX_FAILURE_THREADS = 100;
    /** How long a failed exchange counts as being in Camel's hands without coming back or finishing. */
    private static final long FAILURE_HOLD_MILLIS = 120_000;
    private static final Duration MIN_STOP_WAIT = Duration.ofSeconds(1);
    /** Meters only when Micrometer is there: {@link MicrometerMeters}, which names it, is not loaded otherwise. */
    private static final boolean MICROMETER = micrometerPresent();
    /** The most batches and documents waiting for their indexing logs to be read, with rejectedItemsUri. */
    private static final int MAX_PENDING_CHECKS = 10_000;

    private final CoveoPushEndpoint endpoint;
    private final OrderingClock orderingClock = new OrderingClock();
    private CoveoPushConfiguration configuration;
    private String sourceId;
    private ScheduledExecutorService workers;
    private RetryingExecutor retrying;
    private ExecutorService failureThreadPool;
    private ExecutorService completions;
    /** The encoding pool shared by the document batches and loads; closed once, after all of them. */
    private EntryPreparer preparer;
    private FlushOnStop flushOnStop;
    private ProducerTemplate rejectedItems;
    /** rejectedItemsUri's endpoint, resolved once at start. */
    private Endpoint rejectedItemsEndpoint;

    PushApiClient client;
    PushOperations operations;
    IdentityOperations identities;
    ExchangeDocumentMapper mapper;
    FailureHandOff failures;
    /** The in-JVM request budget of requestsPerWindow and requestsPerDay, or null without one or with requestBudget. */
    LocalRequestBudget localBudget;
    /** The document batches, or null when batching is off or the endpoint is stopped. */
    BatchIngester ingester;
    /** The security identity batches, or null when batching is off, no securityProviderId is set, or stopped. */
    private BatchIngester identityIngester;
    /** A catalog source's shallow merge batches; null on a Push source. */
    private BatchIngester mergeIngester;
    /** What Coveo did with what it accepted, with rejectedItemsUri; else null. */
    IndexingConfirmation confirmation;

    CoveoPushServices(CoveoPushEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    void start() throws Exception {
        configuration = endpoint.getConfiguration();
        sourceId = endpoint.getSourceId();
        CamelContext camel = endpoint.getCamelContext();
        ExecutorServiceManager executors = camel.getExecutorServiceManager();
        PushStats stats = endpoint.stats();
        workers = executors.newScheduledThreadPool(endpoint, "CoveoPush[" + sourceId + "]",
                configuration.getWorkerPoolSize());
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
        RequestBudget budget = configuration.getRequestBudget() != null ? configuration.getRequestBudget() : localBudget;
        stats.forwardTo(MICROMETER ? MicrometerMeters.bind(endpoint) : null);
        retrying = new RetryingExecutor(workers, retryPolicy, configuration.getOrganizationId(), budget, stats,
                configuration.isSynchronous());
        client = new PushApiClient(urls, configuration.getApiKey(), httpSettings(camel), retrying);
        ContentPlan contentPlan = new ContentPlan(configuration.getCompressionType());
        DocumentSender sender = new DocumentSender(client, contentPlan, workers);
        mapper = new ExchangeDocumentMapper(configuration.getFileExtension(), configuration.isIncludeFileMetadata(),
                permissionDefaults(), configuration.wallTimeZone());
        // exchanges complete (and routing goes on) on threads of their own, never on the HTTP workers: a route that
        // blocks for room in a batch after this endpoint cannot starve the calls that make room
        completions = queueingPool(executors, "CoveoPushDone", configuration.getWorkerPoolSize());
        failureThreadPool = queueingPool(executors, "CoveoPushFailed",
                Math.min(configuration.getMaxFailuresInFlight(), MAX_FAILURE_THREADS));
        failures = new FailureHandOff(configuration.getMaxFailuresInFlight(), FAILURE_HOLD_MILLIS, failureThreadPool,
                workers, System::currentTimeMillis);
        confirmation = ObjectHelper.isEmpty(configuration.getRejectedItemsUri()) ? null : confirmation(camel);
        boolean catalog = configuration.getSourceType() == SourceType.catalog;
        if (configuration.isBatch()) {
            preparer = new EntryPreparer(client, contentPlan,
                    executors.newFixedThreadPool(endpoint, "CoveoPushEncode[" + sourceId + "]", EntryPreparer.ENCODERS));
            // a catalog source's update files take addOrUpdate, delete and partialUpdate entries; its merges go in
            // files of their own: the same batches, sent to the Stream API
            ingester = catalog
                    ? batches(BatchLayout.CATALOG_UPDATE, preparer, BatchSender.streamUpdate(client, sourceId))
                    : batches(BatchLayout.DOCUMENTS, preparer, confirming(BatchSender.pushApi(client, sourceId)));
            ingester.metrics(stats);
            if (catalog) {
                mergeIngester = batches(BatchLayout.CATALOG_MERGE, preparer, BatchSender.streamMerge(client, sourceId));
                mergeIngester.metrics(stats);
            }
            if (ObjectHelper.isNotEmpty(configuration.getSecurityProviderId())) {
                // security identities go in batches of their own, with the same bounds and guarantees
                identityIngester = batches(BatchLayout.IDENTITIES, null,
                        BatchSender.identities(client, configuration.getSecurityProviderId()));
            }
            // a stopping route or context waits for its exchanges in flight: send the open batch at once rather
            // than after the linger time
            flushOnStop = new FlushOnStop(ingester, mergeIngester, identityIngester);
            camel.getManagementStrategy().addEventNotifier(flushOnStop);
        }
        operations = catalog
                ? PushOperations.catalog(sourceId, client, ingester, mergeIngester, new StreamLoader(client, sourceId,
                        preparer, configuration.getBatchMaxBytes(), orderingClock), orderingClock, fields())
                : PushOperations.push(sourceId, client, sender, ingester, orderingClock, fields(), confirmation);
        identities = new IdentityOperations(configuration.getSecurityProviderId(), client, identityIngester,
                orderingClock);
    }

    private BatchIngester batches(BatchLayout layout, EntryPreparer entries, BatchSender sender) {
        return new BatchIngester(new BatchSettings(configuration.getBatchMaxDocuments(), configuration.getBatchMaxBytes(),
                configuration.getBatchLingerTime(), configuration.getMaxBatchesInFlight(),
                configuration.getMaxPendingDocuments(), configuration.effectiveMaxPendingBytes(),
                configuration.getMaxBlockTime()), layout, entries, sender, workers, orderingClock);
    }

    private PermissionDefaults permissionDefaults() {
        try {
            return PermissionDefaults.of(configuration.getDefaultSecurityProvider(), configuration.getAllowAnonymous(),
                    configuration.getDefaultPermissions());
        } catch (InvalidDocumentException e) {
            throw new IllegalArgumentException("coveo-push:" + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** Whether this class's own loader sees Micrometer (Camel's ObjectHelper.loadClass would try others too). */
    private static boolean micrometerPresent() {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, CoveoPushServices.class.getClassLoader());
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

    private IndexingConfirmation confirmation(CamelContext camel) {
        LogsApiClient logs = new LogsApiClient(client, new PushApiUrls(PushApiUrls.logsUrl(configuration.getLogsApiUrl(),
                configuration.getPushApiUrl(), configuration.getRegion(), configuration.getEnvironment()),
                configuration.getOrganizationId()));
        // resolved once, now, rather than by its URI at each refused item: Camel's getEndpoint is not atomic for a URI
        // it does not hold yet, so the first refused item, resolving it on a worker while another thread (a route
        // starting, a test's getMockEndpoint) resolved it too, went to a second endpoint of that URI that nobody else
        // holds, and was lost without a WARN; and a URI that names no endpoint stops the start, not the first item
        rejectedItemsEndpoint = CamelContextHelper.getMandatoryEndpoint(camel, configuration.getRejectedItemsUri());
        rejectedItems = camel.createProducerTemplate();
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
        Endpoint target = rejectedItemsEndpoint;
        continueExchange(() -> {
            Exchange sent = template.send(target, exchange -> {
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

    /**
     * A pool of up to {@code threads} threads (only while there is work) whose queue takes every task: Camel's default
     * pools run a task on the caller's thread once their queue is full, and the caller here is an HTTP worker, which
     * must never wait on a route (nor sleep in its synchronous redelivery). What the queue holds is bounded by the
     * pending documents.
     */
    private ExecutorService queueingPool(ExecutorServiceManager executors, String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(Integer.MAX_VALUE);
        profile.setAllowCoreThreadTimeOut(true);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(TimeUnit.SECONDS);
        return executors.newThreadPool(endpoint, name + "[" + sourceId + "]", profile);
    }

    /**
     * How long stopping waits for Coveo to accept what is pending before failing it: what is left of Camel's shutdown
     * timeout since the context or route started stopping, and at least a second.
     */
    private Duration stopTimeout(CamelContext camel) {
        ShutdownStrategy shutdown = camel.getShutdownStrategy();
        Duration timeout = Duration.ofMillis(shutdown.getTimeUnit().toMillis(shutdown.getTimeout()));
        Duration left = flushOnStop != null ? flushOnStop.left(timeout) : timeout;
        return left.compareTo(MIN_STOP_WAIT) < 0 ? MIN_STOP_WAIT : left;
    }

    void stop() throws Exception {
        CamelContext camel = endpoint.getCamelContext();
        Duration wait = stopTimeout(camel);
        if (flushOnStop != null) {
            camel.getManagementStrategy().removeEventNotifier(flushOnStop);
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
        ExecutorServiceManager executors = camel.getExecutorServiceManager();
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
            rejectedItemsEndpoint = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /** Goes on with an exchange Coveo answered, on a thread of the endpoint's own (the caller's once stopped). */
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
    void flush() {
        for (BatchIngester batches : new BatchIngester[] { ingester, identityIngester, mergeIngester }) {
            if (batches != null) {
                batches.flush();
            }
        }
    }

    private HttpClientSettings httpSettings(CamelContext camel) throws Exception {
        SSLContext ssl = configuration.getSslContextParameters() == null
                ? null : configuration.getSslContextParameters().createSSLContext(camel);
        return new HttpClientSettings(configuration.getConnectTimeout(), configuration.getResponseTimeout(),
                configuration.getMaxConnections(), ssl, configuration.getProxyHost(), configuration.getProxyPort(),
                "camel-coveo-push/" + version(), configuration.getHttpClient());
    }

    private static String version() {
        try (InputStream in = CoveoPushServices.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
