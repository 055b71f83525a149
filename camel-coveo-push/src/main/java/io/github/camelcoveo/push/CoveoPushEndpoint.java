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

import java.util.function.ToLongFunction;

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.batch.LocalRequestBudget;
import io.github.camelcoveo.push.client.PushApiUrls;
import io.github.camelcoveo.push.confirm.IndexingConfirmation;
import io.github.camelcoveo.push.metrics.PushStats;
import io.github.camelcoveo.push.metrics.PushStats.Count;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
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
@ManagedResource(description = "Coveo Push endpoint: what it sent, what Coveo accepted or refused, what is pending")
public class CoveoPushEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(description = "The id of the Push source, as the Coveo administration console shows it.")
    @Metadata(required = true)
    private String sourceId;

    @UriParam
    private CoveoPushConfiguration configuration;

    private final PushStats stats = new PushStats(() -> "coveo-push:" + sourceId);
    private final CoveoPushServices services = new CoveoPushServices(this);

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

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        services.start();
    }

    @Override
    protected void doStop() throws Exception {
        services.stop();
        stats.close();
        stats.forwardTo(null);
        super.doStop();
    }

    /** What the endpoint runs on: the producer's operations, the clients, the batches. */
    CoveoPushServices services() {
        return services;
    }

    /** Sends the open batches at once rather than after the linger time. */
    @ManagedOperation(description = "Sends the open batches at once rather than after the linger time")
    public void flush() {
        services.flush();
    }

    /** How many items Coveo accepted and then refused at indexing since the endpoint started; 0 without confirmation. */
    @ManagedAttribute(description = "Items Coveo accepted, then refused when indexing them (with rejectedItemsUri)")
    public long getItemsRejectedAtIndexing() {
        return figure(services.confirmation, IndexingConfirmation::itemsRejected, 0);
    }

    /** How many accepted batches and documents wait for their indexing logs to be read; 0 without confirmation. */
    public int getPendingConfirmations() {
        return (int) figure(services.confirmation, IndexingConfirmation::pendingChecks, 0);
    }

    /** A figure of a service the endpoint has only once started, and with the options that ask for it. */
    private static <T> long figure(T service, ToLongFunction<T> figure, long without) {
        return service == null ? without : figure.applyAsLong(service);
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

    /** The in-JVM request budget of requestsPerWindow and requestsPerDay, or null without one or with requestBudget. */
    LocalRequestBudget requestBudget() {
        return services.localBudget;
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
        BatchIngester documents = services.ingester;
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
        return (int) figure(services.localBudget, LocalRequestBudget::leftInWindow, -1);
    }

    @ManagedAttribute(description = "Requests the requestsPerDay budget still allows now; -1 without one")
    public int getRequestsLeftToday() {
        return (int) figure(services.localBudget, LocalRequestBudget::leftToday, -1);
    }

    @ManagedAttribute(description = "The last failure: when, the operation, the cause and the message (never the key)")
    public String getLastError() {
        return stats.lastErrors().stream().findFirst().map(String::valueOf).orElse(null);
    }
}
