/* Generated from the component's catalog (coveo-push.json) by src/build/generate-component-configuration.py:
 * edit the script, not this file, and run it again when the component's options change. */
package io.github.camelcoveo.push.springboot;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.camelcoveo.push.CoveoPushConfiguration;
import io.github.camelcoveo.push.CoveoPushOperation;
import io.github.camelcoveo.push.SourceStatus;
import io.github.camelcoveo.push.SourceType;
import io.github.camelcoveo.push.budget.RequestBudget;
import io.github.camelcoveo.push.content.CompressionType;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Pushes exchanges to one Coveo Push source. The options of the {@code coveo-push} component, bound from
 * {@code camel.component.coveo-push.*}: each becomes the default of every {@code coveo-push} endpoint. Only the
 * options the application sets reach the component; the others keep the component's defaults (shown here and in the
 * configuration metadata). An unknown option under the prefix fails the startup instead of being ignored.
 */
@ConfigurationProperties(prefix = "camel.component.coveo-push", ignoreUnknownFields = false)
public class CoveoPushComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The options that must never be shown: their values are masked in {@link #toString()}. */
    static final Set<String> SECRET_OPTIONS = Set.of("apiKey");

    /** The options set by the application (properties or code), in the order they were set, with their values. */
    private final Map<String, Object> configured = new LinkedHashMap<>();

    /**
     * How binary content is compressed before it is sent. LZMA is accepted only for content that is already
     * compressed.
     */
    private CompressionType compressionType = CompressionType.ZLIB;

    /** The options shared by every endpoint of this component. */
    private CoveoPushConfiguration configuration;

    /** For delete: also delete the item's children (ids starting with the id followed by /). */
    private Boolean deleteChildren = false;

    /** The Coveo environment of the organization; picks the Push API host. */
    private String environment = "prod";

    /**
     * The file extension (with its dot) to use when none is given by a header, the body or a file name, for example
     * .txt.
     */
    private String fileExtension;

    /**
     * Whether the name, size and last-modified time that the file and FTP consumers put in headers become the
     * title, size and modifiedDate of the item. The headers stay on every exchange split from the file: each record
     * of a JSON or CSV file gets the file's size and date (and name, when it has no title), so set it to false on
     * such routes.
     */
    private Boolean includeFileMetadata = true;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
     * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time and prolong the total processing
     * time of the processing.
     */
    private Boolean lazyStartProducer = false;

    /** The operation to perform; the CamelCoveoPushOperation header overrides it. */
    private CoveoPushOperation operation = CoveoPushOperation.addOrUpdate;

    /** The id of the Coveo organization that owns the Push source. */
    private String organizationId;

    /**
     * Overrides the Push API base URL derived from region and environment, for example
     * http://localhost:8089/push/v1 for the emulator. Plain http is accepted only for loopback hosts.
     */
    private String pushApiUrl;

    /**
     * For deleteOlderThan and deleteIdentitiesOlderThan: minutes before Coveo processes the deletion when no header
     * gives it (Coveo's default is 15).
     */
    private Integer queueDelay;

    /** The region of the organization; picks the Push API host. */
    private String region = "us";

    /** For updateSourceStatus: the status to set when no header gives one. */
    private SourceStatus sourceStatus;

    /**
     * The kind of source: push, a Push source fed through the Push API, or catalog, a Catalog source (commerce
     * products, variants, availabilities) fed through its Stream API: addOrUpdate, delete and partialUpdate go in
     * update files (PUT stream/update), merge in merge files (PUT stream/merge), always batched as the batch
     * options say; deleteOlderThan takes epoch milliseconds.
     */
    private SourceType sourceType = SourceType.push;

    /**
     * The time zone that date-times without one are read in: LocalDateTime, LocalDate, YearMonth, Year, and JDBC's
     * java.sql.Timestamp and java.sql.Date (which drivers build from the column's wall time in the JVM's default
     * zone). A zone id such as Europe/Paris or UTC, or an offset such as -05:00. Default: the JVM's default zone,
     * so that a Timestamp and the LocalDateTime of one column give the same instant.
     */
    private String timeZone;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * How long to wait for a connection to the Push API; at least 1 ms. A duration such as 5s, 500ms, 1m30s or PT5S
     * (ISO-8601), or a number of milliseconds.
     */
    private Long connectTimeout = 10000L;

    /**
     * A preconfigured Apache HttpClient 5 for the Push API and file-container calls, instead of the one the
     * component builds (a single one in the registry is autowired). The component never closes it. With it,
     * connectTimeout, responseTimeout, maxConnections, proxyHost, proxyPort and sslContextParameters do not apply.
     * The key still goes to Push API requests only; build the client with disableRedirectHandling() (HttpClient
     * before 5.5 follows redirects to other hosts with the key) and disableAutomaticRetries() (the component
     * retries itself), and keep its org.apache.hc.client5.http.headers and .wire loggers below DEBUG: they print
     * the key, which the component's own client never hands them.
     */
    private CloseableHttpClient httpClient;

    /** The largest number of pooled HTTP connections to the Push API and file containers. */
    private Integer maxConnections = 20;

    /**
     * How long to wait for a response from the Push API; at least 1 ms. A duration such as 5s, 500ms, 1m30s or PT5S
     * (ISO-8601), or a number of milliseconds.
     */
    private Long responseTimeout = 60000L;

    /**
     * Sets whether synchronous processing should be strictly used: the calling thread makes each call itself, waits
     * for Coveo's answer (and for any retry), and the route goes on on it, as camel-http does. A route that sends
     * one document at a time then gets the latency of a plain HTTP call; retries still wait on the workers. Needs
     * batch=false.
     */
    private Boolean synchronous = false;

    /** Threads that perform the HTTP calls, so that no Camel thread waits on I/O (unless synchronous is set). */
    private Integer workerPoolSize = 8;

    /**
     * Whether addOrUpdate and delete exchanges are gathered into file-container batches (three requests a batch:
     * create the container, upload, push). An exchange completes only when the batch holding its document was
     * accepted. When false, each exchange is one request: for low volumes that need low latency.
     */
    private Boolean batch = true;

    /**
     * A batch is sent at the latest this long after its first document arrived; 0 or more. A duration such as 5s,
     * 500ms, 1m30s or PT5S (ISO-8601), or a number of milliseconds.
     */
    private Long batchLingerTime = 1000L;

    /**
     * A batch is sent before its file would grow past this many bytes; 1024 to 256000000, the file-container limit.
     * Batch files past 1 MB are spooled to a temporary file, not held on the heap.
     */
    private Long batchMaxBytes = 100000000L;

    /** A batch is sent when it holds this many documents (addOrUpdate and delete entries). */
    private Integer batchMaxDocuments = 10000;

    /** How many batches may be on their way to Coveo at the same time. */
    private Integer maxBatchesInFlight = 2;

    /**
     * How long a thread waits for room among the pending documents before its exchange fails with a
     * BatchRejectedException (nothing was sent; redelivery is safe); 0 or more. A duration such as 5s, 500ms, 1m30s
     * or PT5S (ISO-8601), or a number of milliseconds.
     */
    private Long maxBlockTime = 60000L;

    /**
     * How many exchanges of failed batches are in the hands of Camel's error handler at once (failed, and neither
     * redelivered nor done yet); the others wait their turn, each then completed on a thread of its own. Keeps a
     * failed batch of thousands within the queue of Camel's redelivery scheduler (1000 by default, for the whole
     * CamelContext) with asyncDelayedRedelivery, and runs synchronous redeliveries side by side (up to 100 threads)
     * instead of one after the other.
     */
    private Integer maxFailuresInFlight = 500;

    /**
     * How many bytes of content the pending documents' exchanges may hold in memory (byte arrays, String,
     * ByteBuffer and in-memory stream-cache bodies; files and unread streams hold none; each document also counts
     * 1024 bytes); beyond it, the thread that sends the next exchange waits, as for maxPendingDocuments. A document
     * larger than the bound waits until nothing else is pending. 0 (the default) means a quarter of the JVM's
     * maximum heap.
     */
    private Long maxPendingBytes = 0L;

    /**
     * How many documents may wait for Coveo to accept them (in the open batch, in batches waiting or in flight).
     * Beyond it, the thread that sends the next exchange waits.
     */
    private Integer maxPendingDocuments = 20000;

    /**
     * A request budget of your own (a bean implementing io.github.camelcoveo.push.budget.RequestBudget; a single
     * one in the registry is autowired) that admits every request to Coveo, retries included, and hears of every
     * 429 with Retry-After. Use one shared by every instance of a route (the camel-coveo-push-bucket4j module keeps
     * it in PostgreSQL or Redis) so that together they stay under the organization's quota. It replaces
     * requestsPerWindow, requestWindow and requestsPerDay, which then do not apply. The component never closes it.
     */
    private RequestBudget requestBudget;

    /**
     * A client-side budget of Push API requests in any 24 hours; 0 for no limit (Coveo's production quota is 15000
     * a day). Requests over it wait. Per endpoint and per JVM; requestBudget replaces it.
     */
    private Integer requestsPerDay = 0;

    /**
     * A client-side request budget: at most this many Push API requests (file-container uploads and retries
     * included) in any requestWindow; 0 for no limit. Requests over it wait instead of meeting 429 (Coveo's
     * production quota is 250 per 5 minutes). The budget is per endpoint and per JVM; requestBudget replaces it.
     */
    private Integer requestsPerWindow = 0;

    /**
     * The sliding window of requestsPerWindow; at least 1 ms. A duration such as 5s, 500ms, 1m30s or PT5S
     * (ISO-8601), or a number of milliseconds.
     */
    private Long requestWindow = 300000L;

    /**
     * With rejectedItemsUri: how many times the logs of a batch or a document are read before giving up on it with
     * a WARN.
     */
    private Integer confirmationAttempts = 10;

    /**
     * With rejectedItemsUri: how long after Coveo accepted a batch or a document its indexing logs are first read,
     * and between two reads while they are not final. A duration such as 5s, 500ms, 1m30s or PT5S (ISO-8601), or a
     * number of milliseconds.
     */
    private Long confirmationDelay = 30000L;

    /**
     * Overrides the Logs API base URL, by default on the Push API's host (https://api.cloud.coveo.com/logs/v1), or
     * next to a pushApiUrl that ends with /push/v1. Plain http is accepted only for loopback hosts.
     */
    private String logsApiUrl;

    /**
     * Turns on confirmation: a Camel endpoint URI (a dead-letter queue, a log) that receives one exchange per item
     * Coveo accepted and then refused when indexing it, as its indexing logs tell. The body is a Map of documentId,
     * reason, fileId (the batch's, or null), orderingId and sourceId; the headers CamelCoveoPushDocumentId and
     * CamelCoveoPushRejectionReason. The API key then also needs the privileges to read logs. See the section
     * Confirming what Coveo indexed.
     */
    private String rejectedItemsUri;

    /**
     * Whether the metadata names of a document that are no index field of the organization become fields before the
     * document is sent, typed from their values (whole numbers LONG_64, decimals DOUBLE, the component's date
     * strings DATE, lists multi-value STRING, anything else STRING), through the Platform API. The field list is
     * read once, at the first document, and each field is created once. Needs an API key with the privileges Fields
     * - View and Fields - Edit. Values are then checked against their field's type (see fieldTypeConflict), and
     * names against Coveo's rule (see normalizeFieldNames).
     */
    private Boolean createMissingFields = false;

    /**
     * With createMissingFields: what a metadata value that does not fit its field's type does. fail: the exchange
     * fails with an InvalidDocumentException naming the field, the value and the type, nothing of it sent. coerce:
     * the value is converted where nothing is lost (the text 42 to a LONG field, 3.0 to 3, an ISO-8601 date-time to
     * a DATE field), else fails. ignore: the value is left out of the document (logged at DEBUG once a field).
     */
    private String fieldTypeConflict = "fail";

    /**
     * Whether metadata names that Coveo refuses as field names (lower-case letters, digits and _, starting with a
     * letter, at most 255 characters) are normalized rather than refused: lower-cased, every other character
     * replaced by _, and prefixed with f when they do not start with a letter (2024 Sales goes to f2024_sales). The
     * standard keys (title, clickableUri, author, date, modifiedDate, permanentId, size) keep their names. The
     * names are checked only with createMissingFields or this option.
     */
    private Boolean normalizeFieldNames = false;

    /**
     * Overrides the Platform API base URL derived from region and environment
     * (https://platform{env}{-region}.cloud.coveo.com/rest), for example http://localhost:8089/rest for the
     * emulator. Plain http is accepted only for loopback hosts.
     */
    private String platformApiUrl;

    /** Used for enabling or disabling all consumer based health checks from this component */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /** An HTTP proxy host to reach Coveo through. */
    private String proxyHost;

    /** The HTTP proxy port (1 to 65535), with proxyHost; 8080 when only the host is set. */
    private Integer proxyPort;

    /**
     * How many times a call that failed transiently (429, 502, 503, 504, timeout, reset connection) is retried
     * before the exchange fails; 0 for no retry.
     */
    private Integer maxRetries = 5;

    /**
     * The delay before the first retry; it doubles on each retry, with jitter; 0 or more. A duration such as 5s,
     * 500ms, 1m30s or PT5S (ISO-8601), or a number of milliseconds.
     */
    private Long retryInitialDelay = 1000L;

    /**
     * The longest delay between two attempts, Retry-After included: a longer Retry-After fails the exchange instead
     * of waiting. At least retryInitialDelay. A duration such as 5s, 500ms, 1m30s or PT5S (ISO-8601), or a number
     * of milliseconds.
     */
    private Long retryMaxDelay = 60000L;

    /** Item permissions: the allowAnonymous of each permission set that does not give one. */
    private Boolean allowAnonymous = false;

    /**
     * A Coveo API key of the organization, with the privileges Organization - View and Sources - View/Edit
     * (documents, source status) and, for the identity operations, Security identity providers - View/Edit. Sent
     * only as a Bearer token to the Push API host. Set it on the component, or in a URI as RAW(...): an ampersand
     * in it would otherwise cut it.
     */
    private String apiKey;

    /**
     * Item permissions: the permissions of items that have none, in the simple form (entries TYPE:name, -TYPE:name
     * to deny, or anonymous, separated by commas, for example GROUP:Everyone,-GROUP:Contractors) or as Push API
     * JSON.
     */
    private String defaultPermissions;

    /**
     * Item permissions: the securityProvider written into each allowed or denied permission that names none.
     * Without it, none is written and Coveo uses the first security identity provider of the source.
     */
    private String defaultSecurityProvider;

    /**
     * The id of the security identity provider that the identity operations (addOrUpdateIdentity, addOrUpdateAlias,
     * deleteIdentity, deleteIdentitiesOlderThan) act on.
     */
    private String securityProviderId;

    /** TLS settings (trust store, key store, protocols) for the HTTPS connections. */
    private SSLContextParameters sslContextParameters;

    /**
     * Whether endpoints without sslContextParameters of their own (nor the component's) use the CamelContext's
     * global SSL context parameters.
     */
    private Boolean useGlobalSslContextParameters = false;

    public CompressionType getCompressionType() {
        return compressionType;
    }

    public void setCompressionType(CompressionType compressionType) {
        this.compressionType = compressionType;
        configured("compressionType", this.compressionType);
    }

    public CoveoPushConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CoveoPushConfiguration configuration) {
        this.configuration = configuration;
        configured("configuration", this.configuration);
    }

    public Boolean getDeleteChildren() {
        return deleteChildren;
    }

    public void setDeleteChildren(Boolean deleteChildren) {
        this.deleteChildren = deleteChildren;
        configured("deleteChildren", this.deleteChildren);
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = oneOf("environment", environment, "prod", "hipaa", "dev", "stg");
        configured("environment", this.environment);
    }

    public String getFileExtension() {
        return fileExtension;
    }

    public void setFileExtension(String fileExtension) {
        this.fileExtension = fileExtension;
        configured("fileExtension", this.fileExtension);
    }

    public Boolean getIncludeFileMetadata() {
        return includeFileMetadata;
    }

    public void setIncludeFileMetadata(Boolean includeFileMetadata) {
        this.includeFileMetadata = includeFileMetadata;
        configured("includeFileMetadata", this.includeFileMetadata);
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
        configured("lazyStartProducer", this.lazyStartProducer);
    }

    public CoveoPushOperation getOperation() {
        return operation;
    }

    public void setOperation(CoveoPushOperation operation) {
        this.operation = operation;
        configured("operation", this.operation);
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
        configured("organizationId", this.organizationId);
    }

    public String getPushApiUrl() {
        return pushApiUrl;
    }

    public void setPushApiUrl(String pushApiUrl) {
        this.pushApiUrl = pushApiUrl;
        configured("pushApiUrl", this.pushApiUrl);
    }

    public Integer getQueueDelay() {
        return queueDelay;
    }

    public void setQueueDelay(Integer queueDelay) {
        this.queueDelay = queueDelay;
        configured("queueDelay", this.queueDelay);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = oneOf("region", region, "us", "eu", "au", "ca");
        configured("region", this.region);
    }

    public SourceStatus getSourceStatus() {
        return sourceStatus;
    }

    public void setSourceStatus(SourceStatus sourceStatus) {
        this.sourceStatus = sourceStatus;
        configured("sourceStatus", this.sourceStatus);
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public void setSourceType(SourceType sourceType) {
        this.sourceType = sourceType;
        configured("sourceType", this.sourceType);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
        configured("timeZone", this.timeZone);
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
        configured("autowiredEnabled", this.autowiredEnabled);
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
        configured("connectTimeout", this.connectTimeout);
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
        configured("httpClient", this.httpClient);
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
        configured("maxConnections", this.maxConnections);
    }

    public Long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Long responseTimeout) {
        this.responseTimeout = responseTimeout;
        configured("responseTimeout", this.responseTimeout);
    }

    public Boolean getSynchronous() {
        return synchronous;
    }

    public void setSynchronous(Boolean synchronous) {
        this.synchronous = synchronous;
        configured("synchronous", this.synchronous);
    }

    public Integer getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(Integer workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
        configured("workerPoolSize", this.workerPoolSize);
    }

    public Boolean getBatch() {
        return batch;
    }

    public void setBatch(Boolean batch) {
        this.batch = batch;
        configured("batch", this.batch);
    }

    public Long getBatchLingerTime() {
        return batchLingerTime;
    }

    public void setBatchLingerTime(Long batchLingerTime) {
        this.batchLingerTime = batchLingerTime;
        configured("batchLingerTime", this.batchLingerTime);
    }

    public Long getBatchMaxBytes() {
        return batchMaxBytes;
    }

    public void setBatchMaxBytes(Long batchMaxBytes) {
        this.batchMaxBytes = batchMaxBytes;
        configured("batchMaxBytes", this.batchMaxBytes);
    }

    public Integer getBatchMaxDocuments() {
        return batchMaxDocuments;
    }

    public void setBatchMaxDocuments(Integer batchMaxDocuments) {
        this.batchMaxDocuments = batchMaxDocuments;
        configured("batchMaxDocuments", this.batchMaxDocuments);
    }

    public Integer getMaxBatchesInFlight() {
        return maxBatchesInFlight;
    }

    public void setMaxBatchesInFlight(Integer maxBatchesInFlight) {
        this.maxBatchesInFlight = maxBatchesInFlight;
        configured("maxBatchesInFlight", this.maxBatchesInFlight);
    }

    public Long getMaxBlockTime() {
        return maxBlockTime;
    }

    public void setMaxBlockTime(Long maxBlockTime) {
        this.maxBlockTime = maxBlockTime;
        configured("maxBlockTime", this.maxBlockTime);
    }

    public Integer getMaxFailuresInFlight() {
        return maxFailuresInFlight;
    }

    public void setMaxFailuresInFlight(Integer maxFailuresInFlight) {
        this.maxFailuresInFlight = maxFailuresInFlight;
        configured("maxFailuresInFlight", this.maxFailuresInFlight);
    }

    public Long getMaxPendingBytes() {
        return maxPendingBytes;
    }

    public void setMaxPendingBytes(Long maxPendingBytes) {
        this.maxPendingBytes = maxPendingBytes;
        configured("maxPendingBytes", this.maxPendingBytes);
    }

    public Integer getMaxPendingDocuments() {
        return maxPendingDocuments;
    }

    public void setMaxPendingDocuments(Integer maxPendingDocuments) {
        this.maxPendingDocuments = maxPendingDocuments;
        configured("maxPendingDocuments", this.maxPendingDocuments);
    }

    public RequestBudget getRequestBudget() {
        return requestBudget;
    }

    public void setRequestBudget(RequestBudget requestBudget) {
        this.requestBudget = requestBudget;
        configured("requestBudget", this.requestBudget);
    }

    public Integer getRequestsPerDay() {
        return requestsPerDay;
    }

    public void setRequestsPerDay(Integer requestsPerDay) {
        this.requestsPerDay = requestsPerDay;
        configured("requestsPerDay", this.requestsPerDay);
    }

    public Integer getRequestsPerWindow() {
        return requestsPerWindow;
    }

    public void setRequestsPerWindow(Integer requestsPerWindow) {
        this.requestsPerWindow = requestsPerWindow;
        configured("requestsPerWindow", this.requestsPerWindow);
    }

    public Long getRequestWindow() {
        return requestWindow;
    }

    public void setRequestWindow(Long requestWindow) {
        this.requestWindow = requestWindow;
        configured("requestWindow", this.requestWindow);
    }

    public Integer getConfirmationAttempts() {
        return confirmationAttempts;
    }

    public void setConfirmationAttempts(Integer confirmationAttempts) {
        this.confirmationAttempts = confirmationAttempts;
        configured("confirmationAttempts", this.confirmationAttempts);
    }

    public Long getConfirmationDelay() {
        return confirmationDelay;
    }

    public void setConfirmationDelay(Long confirmationDelay) {
        this.confirmationDelay = confirmationDelay;
        configured("confirmationDelay", this.confirmationDelay);
    }

    public String getLogsApiUrl() {
        return logsApiUrl;
    }

    public void setLogsApiUrl(String logsApiUrl) {
        this.logsApiUrl = logsApiUrl;
        configured("logsApiUrl", this.logsApiUrl);
    }

    public String getRejectedItemsUri() {
        return rejectedItemsUri;
    }

    public void setRejectedItemsUri(String rejectedItemsUri) {
        this.rejectedItemsUri = rejectedItemsUri;
        configured("rejectedItemsUri", this.rejectedItemsUri);
    }

    public Boolean getCreateMissingFields() {
        return createMissingFields;
    }

    public void setCreateMissingFields(Boolean createMissingFields) {
        this.createMissingFields = createMissingFields;
        configured("createMissingFields", this.createMissingFields);
    }

    public String getFieldTypeConflict() {
        return fieldTypeConflict;
    }

    public void setFieldTypeConflict(String fieldTypeConflict) {
        this.fieldTypeConflict = oneOf("fieldTypeConflict", fieldTypeConflict, "fail", "coerce", "ignore");
        configured("fieldTypeConflict", this.fieldTypeConflict);
    }

    public Boolean getNormalizeFieldNames() {
        return normalizeFieldNames;
    }

    public void setNormalizeFieldNames(Boolean normalizeFieldNames) {
        this.normalizeFieldNames = normalizeFieldNames;
        configured("normalizeFieldNames", this.normalizeFieldNames);
    }

    public String getPlatformApiUrl() {
        return platformApiUrl;
    }

    public void setPlatformApiUrl(String platformApiUrl) {
        this.platformApiUrl = platformApiUrl;
        configured("platformApiUrl", this.platformApiUrl);
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
        configured("healthCheckConsumerEnabled", this.healthCheckConsumerEnabled);
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
        configured("healthCheckProducerEnabled", this.healthCheckProducerEnabled);
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
        configured("proxyHost", this.proxyHost);
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
        configured("proxyPort", this.proxyPort);
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
        configured("maxRetries", this.maxRetries);
    }

    public Long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
        configured("retryInitialDelay", this.retryInitialDelay);
    }

    public Long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
        configured("retryMaxDelay", this.retryMaxDelay);
    }

    public Boolean getAllowAnonymous() {
        return allowAnonymous;
    }

    public void setAllowAnonymous(Boolean allowAnonymous) {
        this.allowAnonymous = allowAnonymous;
        configured("allowAnonymous", this.allowAnonymous);
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
        configured("apiKey", this.apiKey);
    }

    public String getDefaultPermissions() {
        return defaultPermissions;
    }

    public void setDefaultPermissions(String defaultPermissions) {
        this.defaultPermissions = defaultPermissions;
        configured("defaultPermissions", this.defaultPermissions);
    }

    public String getDefaultSecurityProvider() {
        return defaultSecurityProvider;
    }

    public void setDefaultSecurityProvider(String defaultSecurityProvider) {
        this.defaultSecurityProvider = defaultSecurityProvider;
        configured("defaultSecurityProvider", this.defaultSecurityProvider);
    }

    public String getSecurityProviderId() {
        return securityProviderId;
    }

    public void setSecurityProviderId(String securityProviderId) {
        this.securityProviderId = securityProviderId;
        configured("securityProviderId", this.securityProviderId);
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
        configured("sslContextParameters", this.sslContextParameters);
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
        configured("useGlobalSslContextParameters", this.useGlobalSslContextParameters);
    }

    /**
     * The options the application set, with their values: the {@code configuration} bean first (when one is given)
     * so that the options set beside it apply to it.
     */
    Map<String, Object> configuredOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        if (configured.containsKey("configuration")) {
            options.put("configuration", configured.get("configuration"));
        }
        options.putAll(configured);
        return Collections.unmodifiableMap(options);
    }

    private void configured(String option, Object value) {
        configured.remove(option);
        configured.put(option, value);
    }

    private static String oneOf(String option, String value, String... allowed) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("camel.component.coveo-push." + dashed(option) + " must be one of "
                + Arrays.toString(allowed) + ", not '" + value + "'");
    }

    private static String dashed(String option) {
        return option.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** The options the application set, secrets masked. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CoveoPushComponentConfiguration[");
        String separator = "";
        for (Map.Entry<String, Object> option : configuredOptions().entrySet()) {
            boolean secret = SECRET_OPTIONS.contains(option.getKey()) && option.getValue() != null;
            text.append(separator).append(option.getKey()).append('=').append(secret ? "******" : option.getValue());
            separator = ", ";
        }
        return text.append(']').toString();
    }
}
