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

import java.time.DateTimeException;
import java.time.ZoneId;

import io.github.camelcoveo.push.budget.RequestBudget;
import io.github.camelcoveo.push.content.CompressionType;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** Options shared by the component (defaults for every endpoint) and each endpoint. */
@UriParams
public class CoveoPushConfiguration implements Cloneable {

    private static final String DURATION = " A duration such as `5s`, `500ms`, `1m30s` or `PT5S` (ISO-8601), or a"
                                           + " number of milliseconds.";

    @UriParam
    @Metadata(required = true, description = "The id of the Coveo organization that owns the Push source.")
    private String organizationId;

    @UriParam(label = "security", secret = true)
    @Metadata(required = true, description = "A Coveo API key of the organization, with the privileges"
                                             + " Organization - View and Sources - View/Edit (documents, source"
                                             + " status) and, for the identity operations, Security identity"
                                             + " providers - View/Edit. Sent only as a Bearer token to the Push API"
                                             + " host. Set it on the component, or in a URI as `RAW(...)`: an"
                                             + " ampersand in it would otherwise cut it.")
    private String apiKey;

    @UriParam(defaultValue = "us", enums = "us,eu,au,ca",
              description = "The region of the organization; picks the Push API host.")
    private String region = "us";

    @UriParam(defaultValue = "prod", enums = "prod,hipaa,dev,stg",
              description = "The Coveo environment of the organization; picks the Push API host.")
    private String environment = "prod";

    @UriParam(description = "Overrides the Push API base URL derived from region and environment, for example"
                            + " `http://localhost:8089/push/v1` for the emulator. Plain http is accepted only for"
                            + " loopback hosts.")
    private String pushApiUrl;

    @UriParam(defaultValue = "addOrUpdate",
              description = "The operation to perform; the `CamelCoveoPushOperation` header overrides it.")
    private CoveoPushOperation operation = CoveoPushOperation.addOrUpdate;

    @UriParam(defaultValue = "push", enums = "push,catalog",
              description = "The kind of source: `push`, a Push source fed through the Push API, or `catalog`, a"
                            + " Catalog source (commerce products, variants, availabilities) fed through its Stream"
                            + " API: addOrUpdate, delete and partialUpdate go in update files (PUT stream/update),"
                            + " merge in merge files (PUT stream/merge), always batched as the batch options say;"
                            + " deleteOlderThan takes epoch milliseconds.")
    private SourceType sourceType = SourceType.push;

    @UriParam(label = "producer,batch", defaultValue = "true",
              description = "Whether addOrUpdate and delete exchanges are gathered into file-container batches (three"
                            + " requests a batch: create the container, upload, push). An exchange completes only when"
                            + " the batch holding its document was accepted. When false, each exchange is one request:"
                            + " for low volumes that need low latency.")
    private boolean batch = true;

    @UriParam(label = "batch", defaultValue = "10000",
              description = "A batch is sent when it holds this many documents (addOrUpdate and delete entries).")
    private int batchMaxDocuments = 10_000;

    @UriParam(label = "batch", defaultValue = "100000000", javaType = "long",
              description = "A batch is sent before its file would grow past this many bytes; 1024 to 256000000, the"
                            + " file-container limit. Batch files past 1 MB are spooled to a temporary file, not held"
                            + " on the heap.")
    private long batchMaxBytes = 100_000_000L;

    @UriParam(label = "batch", defaultValue = "1000", javaType = "java.time.Duration",
              description = "A batch is sent at the latest this long after its first document arrived; 0 or more."
                            + DURATION)
    private long batchLingerTime = 1_000;

    @UriParam(label = "batch", defaultValue = "2",
              description = "How many batches may be on their way to Coveo at the same time.")
    private int maxBatchesInFlight = 2;

    @UriParam(label = "batch", defaultValue = "20000",
              description = "How many documents may wait for Coveo to accept them (in the open batch, in batches"
                            + " waiting or in flight). Beyond it, the thread that sends the next exchange waits.")
    private int maxPendingDocuments = 20_000;

    @UriParam(label = "batch", defaultValue = "0", javaType = "long",
              description = "How many bytes of content the pending documents' exchanges may hold in memory (byte"
                            + " arrays, String, ByteBuffer and in-memory stream-cache bodies; files and unread streams hold"
                            + " none; each document also counts 1024 bytes); beyond it, the thread that sends the next"
                            + " exchange waits, as for `maxPendingDocuments`. A document larger than the bound waits"
                            + " until nothing else is pending. 0 (the default) means a quarter of the JVM's maximum"
                            + " heap.")
    private long maxPendingBytes;

    @UriParam(label = "batch", defaultValue = "500",
              description = "How many exchanges of failed batches are in the hands of Camel's error handler at once"
                            + " (failed, and neither redelivered nor done yet); the others wait their turn, each then"
                            + " completed on a thread of its own. Keeps a failed batch of thousands within the queue of"
                            + " Camel's redelivery scheduler (1000 by default, for the whole CamelContext) with"
                            + " `asyncDelayedRedelivery`, and runs synchronous redeliveries side by side (up to 100"
                            + " threads) instead of one after the other.")
    private int maxFailuresInFlight = 500;

    @UriParam(label = "batch", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long a thread waits for room among the pending documents before its exchange fails"
                            + " with a BatchRejectedException (nothing was sent; redelivery is safe); 0 or more."
                            + DURATION)
    private long maxBlockTime = 60_000;

    @UriParam(label = "batch", defaultValue = "0",
              description = "A client-side request budget: at most this many Push API requests (file-container"
                            + " uploads and retries included) in any `requestWindow`; 0 for no limit. Requests over it"
                            + " wait instead of meeting 429 (Coveo's production quota is 250 per 5 minutes). The"
                            + " budget is per endpoint and per JVM; `requestBudget` replaces it.")
    private int requestsPerWindow;

    @UriParam(label = "batch", defaultValue = "300000", javaType = "java.time.Duration",
              description = "The sliding window of `requestsPerWindow`; at least 1 ms." + DURATION)
    private long requestWindow = 300_000;

    @UriParam(label = "batch", defaultValue = "0",
              description = "A client-side budget of Push API requests in any 24 hours; 0 for no limit (Coveo's"
                            + " production quota is 15000 a day). Requests over it wait. Per endpoint and per JVM;"
                            + " `requestBudget` replaces it.")
    private int requestsPerDay;

    @UriParam(label = "batch",
              description = "A request budget of your own (a bean implementing"
                            + " `io.github.camelcoveo.push.budget.RequestBudget`; a single one in the registry is"
                            + " autowired) that admits every request to Coveo, retries included, and hears of every 429"
                            + " with Retry-After. Use one shared by every instance of a route (the"
                            + " `camel-coveo-push-bucket4j` module keeps it in PostgreSQL or Redis) so that together"
                            + " they stay under the organization's quota. It replaces `requestsPerWindow`,"
                            + " `requestWindow` and `requestsPerDay`, which then do not apply. The component never"
                            + " closes it.")
    @Metadata(autowired = true)
    private RequestBudget requestBudget;

    @UriParam(label = "producer", defaultValue = "ZLIB", enums = "UNCOMPRESSED,DEFLATE,GZIP,LZMA,ZLIB",
              description = "How binary content is compressed before it is sent. LZMA is accepted only for content"
                            + " that is already compressed.")
    private CompressionType compressionType = CompressionType.ZLIB;

    @UriParam(label = "producer", description = "The file extension (with its dot) to use when none is given by a"
                                                + " header, the body or a file name, for example `.txt`.")
    private String fileExtension;

    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether the name, size and last-modified time that the file and FTP consumers put in"
                            + " headers become the `title`, `size` and `modifiedDate` of the item. The headers stay on"
                            + " every exchange split from the file: each record of a JSON or CSV file gets the file's"
                            + " size and date (and name, when it has no title), so set it to false on such routes.")
    private boolean includeFileMetadata = true;

    @UriParam(label = "producer", defaultValue = "false",
              description = "For `delete`: also delete the item's children (ids starting with the id followed by `/`).")
    private boolean deleteChildren;

    @UriParam(label = "producer", enums = "REBUILD,REFRESH,INCREMENTAL,IDLE",
              description = "For `updateSourceStatus`: the status to set when no header gives one.")
    private SourceStatus sourceStatus;

    @UriParam(label = "producer", description = "For `deleteOlderThan` and `deleteIdentitiesOlderThan`: minutes before Coveo processes the deletion"
                                                + " when no header gives it (Coveo's default is 15).")
    private Integer queueDelay;

    @UriParam(label = "security",
              description = "The id of the security identity provider that the identity operations (addOrUpdateIdentity,"
                            + " addOrUpdateAlias, deleteIdentity, deleteIdentitiesOlderThan) act on.")
    private String securityProviderId;

    @UriParam(label = "security",
              description = "Item permissions: the `securityProvider` written into each allowed or denied permission"
                            + " that names none. Without it, none is written and Coveo uses the first security"
                            + " identity provider of the source.")
    private String defaultSecurityProvider;

    @UriParam(label = "security",
              description = "Item permissions: the `allowAnonymous` of each permission set that does not give one.")
    private Boolean allowAnonymous;

    @UriParam(label = "security",
              description = "Item permissions: the permissions of items that have none, in the simple form (entries"
                            + " `TYPE:name`, `-TYPE:name` to deny, or `anonymous`, separated by commas, for example"
                            + " `GROUP:Everyone,-GROUP:Contractors`) or as Push API JSON.")
    private String defaultPermissions;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to the Push API; at least 1 ms." + DURATION)
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long to wait for a response from the Push API; at least 1 ms." + DURATION)
    private long responseTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "20",
              description = "The largest number of pooled HTTP connections to the Push API and file containers.")
    private int maxConnections = 20;

    @UriParam(label = "advanced", defaultValue = "8",
              description = "Threads that perform the HTTP calls, so that no Camel thread waits on I/O (unless"
                            + " `synchronous` is set).")
    private int workerPoolSize = 8;

    @UriParam(label = "advanced", description = "Sets whether synchronous processing should be strictly used: the"
                                                + " calling thread makes each call itself, waits for Coveo's answer"
                                                + " (and for any retry), and the route goes on on it, as camel-http"
                                                + " does. A route that sends one document at a time then gets the"
                                                + " latency of a plain HTTP call; retries still wait on the workers."
                                                + " Needs `batch=false`.")
    private boolean synchronous;

    @UriParam(label = "proxy", description = "An HTTP proxy host to reach Coveo through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy port (1 to 65535), with `proxyHost`; 8080 when only the"
                                             + " host is set.")
    private Integer proxyPort;

    @UriParam(label = "security", description = "TLS settings (trust store, key store, protocols) for the HTTPS"
                                                + " connections.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced",
              description = "A preconfigured Apache HttpClient 5 for the Push API and file-container calls, instead of"
                            + " the one the component builds (a single one in the registry is autowired). The"
                            + " component never closes it. With it, `connectTimeout`, `responseTimeout`,"
                            + " `maxConnections`, `proxyHost`, `proxyPort` and `sslContextParameters` do not apply."
                            + " The key still goes to Push API requests only; build the client with"
                            + " `disableRedirectHandling()` (HttpClient before 5.5 follows redirects to other hosts"
                            + " with the key) and `disableAutomaticRetries()` (the component retries itself), and"
                            + " keep its `org.apache.hc.client5.http.headers` and `.wire` loggers below DEBUG: they"
                            + " print the key, which the component's own client never hands them.")
    @Metadata(autowired = true)
    private CloseableHttpClient httpClient;

    @UriParam(label = "retry", defaultValue = "5", description = "How many times a call that failed transiently"
                                                                + " (429, 502, 503, 504, timeout, reset connection)"
                                                                + " is retried before the exchange fails; 0 for no"
                                                                + " retry.")
    private int maxRetries = 5;

    @UriParam(label = "retry", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The delay before the first retry; it doubles on each retry, with jitter; 0 or more."
                            + DURATION)
    private long retryInitialDelay = 1_000;

    @UriParam(label = "retry", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest delay between two attempts, Retry-After included: a longer Retry-After"
                            + " fails the exchange instead of waiting. At least `retryInitialDelay`." + DURATION)
    private long retryMaxDelay = 60_000;

    @UriParam(label = "producer",
              description = "The time zone that date-times without one are read in: `LocalDateTime`, `LocalDate`,"
                            + " `YearMonth`, `Year`, and JDBC's `java.sql.Timestamp` and `java.sql.Date` (which"
                            + " drivers build from the column's wall time in the JVM's default zone). A zone id such"
                            + " as `Europe/Paris` or `UTC`, or an offset such as `-05:00`. Default: the JVM's default"
                            + " zone, so that a `Timestamp` and the `LocalDateTime` of one column give the same"
                            + " instant.")
    private String timeZone;

    @UriParam(label = "fields", defaultValue = "false",
              description = "Whether the metadata names of a document that are no index field of the organization"
                            + " become fields before the document is sent, typed from their values (whole numbers"
                            + " LONG_64, decimals DOUBLE, the component's date strings DATE, lists multi-value STRING,"
                            + " anything else STRING), through the Platform API. The field list is read once, at the"
                            + " first document, and each field is created once. Needs an API key with the"
                            + " privileges Fields - View and Fields - Edit. Values are then checked against their"
                            + " field's type (see `fieldTypeConflict`), and names against Coveo's rule (see"
                            + " `normalizeFieldNames`).")
    private boolean createMissingFields;

    @UriParam(label = "fields", defaultValue = "fail", enums = "fail,coerce,ignore",
              description = "With `createMissingFields`: what a metadata value that does not fit its field's type"
                            + " does. `fail`: the exchange fails with an `InvalidDocumentException` naming the field,"
                            + " the value and the type, nothing of it sent. `coerce`: the value is converted where"
                            + " nothing is lost (the text `42` to a LONG field, `3.0` to `3`, an ISO-8601 date-time to a DATE"
                            + " field), else fails. `ignore`: the value is left out of the document (logged at DEBUG"
                            + " once a field).")
    private String fieldTypeConflict = "fail";

    @UriParam(label = "fields", defaultValue = "false",
              description = "Whether metadata names that Coveo refuses as field names (lower-case letters, digits and"
                            + " `_`, starting with a letter, at most 255 characters) are normalized rather than"
                            + " refused: lower-cased, every other character replaced by `_`, and prefixed with `f`"
                            + " when they do not start with a letter (`2024 Sales` goes to `f2024_sales`). The"
                            + " standard keys (`title`, `clickableUri`, `author`, `date`, `modifiedDate`,"
                            + " `permanentId`, `size`) keep their names. The names are checked only with"
                            + " `createMissingFields` or this option.")
    private boolean normalizeFieldNames;

    @UriParam(label = "fields",
              description = "Overrides the Platform API base URL derived from region and environment"
                            + " (`https://platform{env}{-region}.cloud.coveo.com/rest`), for example"
                            + " `http://localhost:8089/rest` for the emulator. Plain http is accepted only for loopback"
                            + " hosts.")
    private String platformApiUrl;

    @UriParam(label = "confirmation",
              description = "Turns on confirmation: a Camel endpoint URI (a dead-letter queue, a log) that receives"
                            + " one exchange per item Coveo accepted and then refused when indexing it, as its"
                            + " indexing logs tell. The body is a Map of `documentId`, `reason`, `fileId` (the batch's,"
                            + " or null), `orderingId` and `sourceId`; the headers `CamelCoveoPushDocumentId` and"
                            + " `CamelCoveoPushRejectionReason`. The API key then also needs the privileges to read"
                            + " logs. See the section Confirming what Coveo indexed.")
    private String rejectedItemsUri;

    @UriParam(label = "confirmation", defaultValue = "30000", javaType = "java.time.Duration",
              description = "With `rejectedItemsUri`: how long after Coveo accepted a batch or a document its indexing"
                            + " logs are first read, and between two reads while they are not final." + DURATION)
    private long confirmationDelay = 30_000;

    @UriParam(label = "confirmation", defaultValue = "10",
              description = "With `rejectedItemsUri`: how many times the logs of a batch or a document are read"
                            + " before giving up on it with a WARN.")
    private int confirmationAttempts = 10;

    @UriParam(label = "confirmation",
              description = "Overrides the Logs API base URL, by default on the Push API's host"
                            + " (`https://api.cloud.coveo.com/logs/v1`), or next to a `pushApiUrl` that ends with"
                            + " `/push/v1`. Plain http is accepted only for loopback hosts.")
    private String logsApiUrl;

    public CoveoPushConfiguration copy() {
        try {
            return (CoveoPushConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getPushApiUrl() {
        return pushApiUrl;
    }

    public void setPushApiUrl(String pushApiUrl) {
        this.pushApiUrl = pushApiUrl;
    }

    public CoveoPushOperation getOperation() {
        return operation;
    }

    public void setOperation(CoveoPushOperation operation) {
        this.operation = operation;
    }

    public boolean isBatch() {
        return batch;
    }

    public void setBatch(boolean batch) {
        this.batch = batch;
    }

    public int getBatchMaxDocuments() {
        return batchMaxDocuments;
    }

    public void setBatchMaxDocuments(int batchMaxDocuments) {
        this.batchMaxDocuments = batchMaxDocuments;
    }

    public long getBatchMaxBytes() {
        return batchMaxBytes;
    }

    public void setBatchMaxBytes(long batchMaxBytes) {
        this.batchMaxBytes = batchMaxBytes;
    }

    public long getBatchLingerTime() {
        return batchLingerTime;
    }

    public void setBatchLingerTime(long batchLingerTime) {
        this.batchLingerTime = batchLingerTime;
    }

    public int getMaxBatchesInFlight() {
        return maxBatchesInFlight;
    }

    public void setMaxBatchesInFlight(int maxBatchesInFlight) {
        this.maxBatchesInFlight = maxBatchesInFlight;
    }

    public int getMaxPendingDocuments() {
        return maxPendingDocuments;
    }

    public void setMaxPendingDocuments(int maxPendingDocuments) {
        this.maxPendingDocuments = maxPendingDocuments;
    }

    public long getMaxPendingBytes() {
        return maxPendingBytes;
    }

    public void setMaxPendingBytes(long maxPendingBytes) {
        this.maxPendingBytes = maxPendingBytes;
    }

    /** {@link #getMaxPendingBytes()}, or its default, a quarter of the maximum heap, when it is 0. */
    public long effectiveMaxPendingBytes() {
        return maxPendingBytes > 0 ? maxPendingBytes : Runtime.getRuntime().maxMemory() / 4;
    }

    public int getMaxFailuresInFlight() {
        return maxFailuresInFlight;
    }

    public void setMaxFailuresInFlight(int maxFailuresInFlight) {
        this.maxFailuresInFlight = maxFailuresInFlight;
    }

    public long getMaxBlockTime() {
        return maxBlockTime;
    }

    public void setMaxBlockTime(long maxBlockTime) {
        this.maxBlockTime = maxBlockTime;
    }

    public int getRequestsPerWindow() {
        return requestsPerWindow;
    }

    public void setRequestsPerWindow(int requestsPerWindow) {
        this.requestsPerWindow = requestsPerWindow;
    }

    public long getRequestWindow() {
        return requestWindow;
    }

    public void setRequestWindow(long requestWindow) {
        this.requestWindow = requestWindow;
    }

    public int getRequestsPerDay() {
        return requestsPerDay;
    }

    public void setRequestsPerDay(int requestsPerDay) {
        this.requestsPerDay = requestsPerDay;
    }

    public RequestBudget getRequestBudget() {
        return requestBudget;
    }

    public void setRequestBudget(RequestBudget requestBudget) {
        this.requestBudget = requestBudget;
    }

    public CompressionType getCompressionType() {
        return compressionType;
    }

    public void setCompressionType(CompressionType compressionType) {
        this.compressionType = compressionType;
    }

    public String getFileExtension() {
        return fileExtension;
    }

    public void setFileExtension(String fileExtension) {
        this.fileExtension = fileExtension;
    }

    public boolean isIncludeFileMetadata() {
        return includeFileMetadata;
    }

    public void setIncludeFileMetadata(boolean includeFileMetadata) {
        this.includeFileMetadata = includeFileMetadata;
    }

    public boolean isDeleteChildren() {
        return deleteChildren;
    }

    public void setDeleteChildren(boolean deleteChildren) {
        this.deleteChildren = deleteChildren;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public void setSourceType(SourceType sourceType) {
        this.sourceType = sourceType;
    }

    public SourceStatus getSourceStatus() {
        return sourceStatus;
    }

    public void setSourceStatus(SourceStatus sourceStatus) {
        this.sourceStatus = sourceStatus;
    }

    public Integer getQueueDelay() {
        return queueDelay;
    }

    public void setQueueDelay(Integer queueDelay) {
        this.queueDelay = queueDelay;
    }

    public String getSecurityProviderId() {
        return securityProviderId;
    }

    public void setSecurityProviderId(String securityProviderId) {
        this.securityProviderId = securityProviderId;
    }

    public String getDefaultSecurityProvider() {
        return defaultSecurityProvider;
    }

    public void setDefaultSecurityProvider(String defaultSecurityProvider) {
        this.defaultSecurityProvider = defaultSecurityProvider;
    }

    public Boolean getAllowAnonymous() {
        return allowAnonymous;
    }

    public void setAllowAnonymous(Boolean allowAnonymous) {
        this.allowAnonymous = allowAnonymous;
    }

    public String getDefaultPermissions() {
        return defaultPermissions;
    }

    public void setDefaultPermissions(String defaultPermissions) {
        this.defaultPermissions = defaultPermissions;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getRejectedItemsUri() {
        return rejectedItemsUri;
    }

    public void setRejectedItemsUri(String rejectedItemsUri) {
        this.rejectedItemsUri = rejectedItemsUri;
    }

    public long getConfirmationDelay() {
        return confirmationDelay;
    }

    public void setConfirmationDelay(long confirmationDelay) {
        this.confirmationDelay = confirmationDelay;
    }

    public int getConfirmationAttempts() {
        return confirmationAttempts;
    }

    public void setConfirmationAttempts(int confirmationAttempts) {
        this.confirmationAttempts = confirmationAttempts;
    }

    public String getLogsApiUrl() {
        return logsApiUrl;
    }

    public void setLogsApiUrl(String logsApiUrl) {
        this.logsApiUrl = logsApiUrl;
    }

    /** The zone of {@code timeZone}, or the JVM's default zone when none is set; refuses an unknown zone. */
    public boolean isCreateMissingFields() {
        return createMissingFields;
    }

    public void setCreateMissingFields(boolean createMissingFields) {
        this.createMissingFields = createMissingFields;
    }

    public String getFieldTypeConflict() {
        return fieldTypeConflict;
    }

    public void setFieldTypeConflict(String fieldTypeConflict) {
        this.fieldTypeConflict = fieldTypeConflict;
    }

    public boolean isNormalizeFieldNames() {
        return normalizeFieldNames;
    }

    public void setNormalizeFieldNames(boolean normalizeFieldNames) {
        this.normalizeFieldNames = normalizeFieldNames;
    }

    public String getPlatformApiUrl() {
        return platformApiUrl;
    }

    public void setPlatformApiUrl(String platformApiUrl) {
        this.platformApiUrl = platformApiUrl;
    }

    public ZoneId wallTimeZone() {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone: '" + timeZone + "' is no time zone (" + e.getMessage()
                                               + "): give a zone id such as Europe/Paris or UTC, or an offset such as"
                                               + " -05:00", e);
        }
    }
}
