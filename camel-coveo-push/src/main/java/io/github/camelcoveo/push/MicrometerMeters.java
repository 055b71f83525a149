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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.github.camelcoveo.push.metrics.PushMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.util.URISupport;

/**
 * An endpoint's meters, in the {@link MeterRegistry} of the Camel registry (camel-micrometer's, Spring Boot's). The
 * only class that names Micrometer: the endpoint loads it only when Micrometer is on the classpath.
 */
final class MicrometerMeters implements PushMetrics {

    private final MeterRegistry registry;
    private final Tags tags;
    private final Set<Meter> registered = ConcurrentHashMap.newKeySet();

    private MicrometerMeters(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    /**
     * The endpoint's meters, or null when the Camel registry holds no MeterRegistry: its only one, or when it holds
     * several (Spring Boot with more than one exporter), the composite one.
     */
    static PushMetrics bind(CoveoPushEndpoint endpoint) {
        Set<MeterRegistry> all = endpoint.getCamelContext().getRegistry().findByType(MeterRegistry.class);
        MeterRegistry registry = all.size() == 1 ? all.iterator().next()
                : all.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst().orElse(null);
        if (registry == null) {
            return null;
        }
        MicrometerMeters meters = new MicrometerMeters(registry, Tags.of("endpoint",
                URISupport.sanitizeUri(endpoint.getEndpointUri()), "source", endpoint.getSourceId()));
        meters.gauge("coveo.push.pending.documents", endpoint, e -> e.batchFigures().pendingDocuments());
        meters.gauge("coveo.push.batches.in.flight", endpoint, e -> e.batchFigures().batchesInFlight());
        if (endpoint.getConfiguration().getRejectedItemsUri() != null) {
            meters.registered.add(FunctionCounter.builder("coveo.push.documents.rejected.at.indexing", endpoint,
                    CoveoPushEndpoint::getItemsRejectedAtIndexing).tags(meters.tags).register(registry));
        }
        if (endpoint.requestBudget() != null) {
            meters.gauge("coveo.push.budget.window.left", endpoint, CoveoPushEndpoint::getRequestsLeftInWindow);
            meters.gauge("coveo.push.budget.day.left", endpoint, CoveoPushEndpoint::getRequestsLeftToday);
        }
        return meters;
    }

    private <T> void gauge(String name, T owner, ToDoubleFunction<T> value) {
        registered.add(Gauge.builder(name, owner, value).tags(tags).register(registry));
    }

    private Counter counter(String name, String... more) {
        Counter counter = Counter.builder(name).tags(tags).tags(more).register(registry);
        registered.add(counter);
        return counter;
    }

    private DistributionSummary summary(String name, String unit) {
        DistributionSummary summary = DistributionSummary.builder(name).baseUnit(unit).tags(tags).register(registry);
        registered.add(summary);
        return summary;
    }

    @Override
    public void admitted(String operation, int items) {
        counter("coveo.push.documents.admitted", "operation", operation).increment(items);
    }

    @Override
    public void accepted(String operation, int items) {
        counter("coveo.push.documents.accepted", "operation", operation).increment(items);
    }

    @Override
    public void failed(String operation, int items, Cause cause, String code, Throwable error) {
        counter("coveo.push.documents.failed", "operation", operation, "cause", cause.tag, "code",
                code == null ? "none" : code).increment(items);
    }

    @Override
    public void request(String kind, int status, long bytes) {
        counter("coveo.push.requests", "kind", kind, "status", Integer.toString(status)).increment();
        Counter sent = Counter.builder("coveo.push.bytes.sent").baseUnit("bytes").tags(tags).tag("kind", kind)
                .register(registry);
        registered.add(sent);
        sent.increment(bytes);
        if (status == 429) {
            counter("coveo.push.throttled", "kind", kind).increment();
        }
    }

    @Override
    public void retry(String kind, int status, long delayMillis) {
        counter("coveo.push.retries", "kind", kind, "status", Integer.toString(status)).increment();
    }

    @Override
    public void batchSealed(int documents, long bytes) {
        summary("coveo.push.batch.documents", "documents").record(documents);
        summary("coveo.push.batch.bytes", "bytes").record(bytes);
    }

    @Override
    public void batchSettled(int documents, long bytes, String fileId, int status, Throwable error,
                             long latencyNanos) {
        Timer timer = Timer.builder("coveo.push.batch.latency").tags(tags)
                .tag("outcome", error == null ? "accepted" : "failed").register(registry);
        registered.add(timer);
        timer.record(latencyNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        registered.forEach(registry::remove);
        registered.clear();
    }
}
