package io.github.camelcoveo.push;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.batch.FlushOnStop;
import io.github.camelcoveo.push.batch.BatchLayout;
import io.github.camelcoveo.push.batch.BatchSender;
import io.github.camelcoveo.push.batch.BatchSettings;
import io.github.camelcoveo.push.batch.EntryPreparer;
import io.github.camelcoveo.push.batch.RequestBudget;
import io.github.camelcoveo.push.client.HttpClientSettings;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiUrls;
import io.github.camelcoveo.push.client.RetryPolicy;
import io.github.camelcoveo.push.client.RetryingExecutor;
import io.github.camelcoveo.push.document.ExchangeDocumentMapper;
import io.github.camelcoveo.push.document.InvalidDocumentException;
import io.github.camelcoveo.push.security.PermissionDefaults;
import io.github.camelcoveo.push.send.ContentPreparer;
import io.github.camelcoveo.push.send.DocumentSender;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.ObjectHelper;

/** Pushes exchanges to one Coveo Push source. */
@UriEndpoint(firstVersion = "0.1.0", scheme = CoveoPushConstants.SCHEME, title = "Coveo Push",
             syntax = "coveo-push:sourceId", producerOnly = true, category = { Category.SEARCH, Category.CLOUD },
             headersClass = CoveoPushConstants.class)
public class CoveoPushEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(description = "The id of the Push source, as the Coveo administration console shows it.")
    @Metadata(required = true)
    private String sourceId;

    @UriParam
    private CoveoPushConfiguration configuration;

    private ScheduledExecutorService workers;
    private PushApiClient client;
    private DocumentSender sender;
    private ExchangeDocumentMapper mapper;
    private RequestBudget budget;
    private ExecutorService completions;
    private BatchIngester ingester;
    private BatchIngester identityIngester;
    private FlushOnStop flushOnStop;

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
        if (ObjectHelper.isEmpty(configuration.getOrganizationId())) {
            throw new IllegalArgumentException("coveo-push:" + sourceId + " needs the organizationId option");
        }
        if (ObjectHelper.isEmpty(configuration.getApiKey())) {
            throw new IllegalArgumentException("coveo-push:" + sourceId + " needs the apiKey option");
        }
        PushApiUrls.baseUrl(configuration.getPushApiUrl(), configuration.getRegion(), configuration.getEnvironment());
        batchSettings(); // refuses inconsistent batch options before the route starts
        permissionDefaults(); // and permission defaults that break the permission model
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
                configuration.getMaxPendingDocuments(), configuration.getMaxBlockTime());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        workers = getCamelContext().getExecutorServiceManager()
                .newScheduledThreadPool(this, "CoveoPush[" + sourceId + "]", configuration.getWorkerPoolSize());
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                configuration.getRetryMaxDelay());
        PushApiUrls urls = new PushApiUrls(
                PushApiUrls.baseUrl(configuration.getPushApiUrl(), configuration.getRegion(), configuration.getEnvironment()),
                configuration.getOrganizationId());
        budget = RequestBudget.isLimited(configuration.getRequestsPerWindow(), configuration.getRequestsPerDay())
                ? new RequestBudget(configuration.getRequestsPerWindow(), configuration.getRequestWindow(),
                        configuration.getRequestsPerDay(), workers)
                : null;
        client = new PushApiClient(urls, configuration.getApiKey(), httpSettings(),
                new RetryingExecutor(workers, retryPolicy, budget));
        ContentPreparer contentPreparer = new ContentPreparer(configuration.getCompressionType());
        sender = new DocumentSender(client, contentPreparer, workers);
        mapper = new ExchangeDocumentMapper(configuration.getFileExtension(), configuration.isIncludeFileMetadata(),
                permissionDefaults(), configuration.wallTimeZone());
        if (configuration.isBatch()) {
            // exchanges complete (and routing goes on) on threads of their own, never on the HTTP workers: a route
            // that blocks for room in a batch after this endpoint cannot starve the calls that make room
            completions = getCamelContext().getExecutorServiceManager()
                    .newFixedThreadPool(this, "CoveoPushDone[" + sourceId + "]", configuration.getWorkerPoolSize());
            ingester = new BatchIngester(batchSettings(), new EntryPreparer(client, contentPreparer),
                    BatchSender.pushApi(client, sourceId), workers, completions);
            if (ObjectHelper.isNotEmpty(configuration.getSecurityProviderId())) {
                // security identities go in batches of their own, with the same bounds and guarantees
                identityIngester = new BatchIngester(batchSettings(), BatchLayout.IDENTITIES,
                        BatchSender.identities(client, configuration.getSecurityProviderId()), workers, completions);
            }
            // a stopping route or context waits for its exchanges in flight: send the open batch at once rather
            // than after the linger time
            flushOnStop = new FlushOnStop(ingester, identityIngester);
            getCamelContext().getManagementStrategy().addEventNotifier(flushOnStop);
        }
    }

    /** How long stopping waits for Coveo to accept what is pending before failing it. */
    Duration stopTimeout() {
        return Duration.ofMillis(Math.max(30_000, 2 * configuration.getResponseTimeout() + configuration.getRetryMaxDelay()));
    }

    @Override
    protected void doStop() throws Exception {
        if (flushOnStop != null) {
            getCamelContext().getManagementStrategy().removeEventNotifier(flushOnStop);
            flushOnStop = null;
        }
        if (identityIngester != null) {
            identityIngester.close(stopTimeout());
            identityIngester = null;
        }
        if (ingester != null) {
            ingester.close(stopTimeout());
            ingester = null;
        }
        if (completions != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(completions);
            completions = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
        if (workers != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(workers);
            workers = null;
        }
        super.doStop();
    }

    private HttpClientSettings httpSettings() throws Exception {
        SSLContext ssl = configuration.getSslContextParameters() == null
                ? null : configuration.getSslContextParameters().createSSLContext(getCamelContext());
        return new HttpClientSettings(configuration.getConnectTimeout(), configuration.getResponseTimeout(),
                configuration.getMaxConnections(), ssl, configuration.getProxyHost(), configuration.getProxyPort(),
                "camel-coveo-push/" + version());
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

    DocumentSender sender() {
        return sender;
    }

    ExchangeDocumentMapper mapper() {
        return mapper;
    }

    /** The batch ingester of this endpoint, or null when batching is off or the endpoint is stopped. */
    public BatchIngester ingester() {
        return ingester;
    }

    /** The security identity batch ingester, or null when batching is off, no securityProviderId is set, or stopped. */
    public BatchIngester identityIngester() {
        return identityIngester;
    }

    /** The client-side request budget, or null when none is set. */
    public RequestBudget requestBudget() {
        return budget;
    }
}
