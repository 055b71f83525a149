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

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** The meters count what the routes did, in the MeterRegistry the application has in the Camel registry. */
class MicrometerMetersTest extends CoveoPushTestSupport {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("meters", meters);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batch").to(coveo.batchedEndpoint("&batchMaxDocuments=2&requestsPerWindow=100"));
                from("direct:single").to(coveo.endpoint("single", "maxRetries=1"));
            }
        };
    }

    private double count(String name, String... tags) {
        return meters.get(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private double gauge(String name) {
        return meters.get(name).tag("source", "src").gauge().value();
    }

    @Test
    void aBatchIsCountedFromItsDocumentsToItsRequestsAndItsLatency() {
        template.sendBody("direct:batch", List.of(Map.of("documentId", "https://intranet/1", "data", "one"),
                Map.of("documentId", "https://intranet/2", "data", "two")));

        int uploaded = coveo.uploads().get(0).getBody().length;
        assertThat(count("coveo.push.documents.admitted", "source", "src", "operation", "addOrUpdate")).isEqualTo(2);
        assertThat(count("coveo.push.documents.accepted", "source", "src", "operation", "addOrUpdate")).isEqualTo(2);
        assertThat(meters.find("coveo.push.documents.failed").counters()).isEmpty();
        assertThat(count("coveo.push.requests", "kind", "createFileContainer", "status", "201")).isEqualTo(1);
        assertThat(count("coveo.push.requests", "kind", "uploadToFileContainer", "status", "200")).isEqualTo(1);
        assertThat(count("coveo.push.requests", "kind", "pushBatch", "status", "202")).isEqualTo(1);
        assertThat(count("coveo.push.bytes.sent", "kind", "uploadToFileContainer")).isEqualTo(uploaded);
        assertThat(meters.get("coveo.push.batch.documents").summary().totalAmount()).isEqualTo(2);
        assertThat(meters.get("coveo.push.batch.documents").summary().count()).isEqualTo(1);
        assertThat(meters.get("coveo.push.batch.bytes").summary().totalAmount()).isEqualTo(uploaded);
        assertThat(meters.get("coveo.push.batch.latency").tag("outcome", "accepted").timer().count()).isEqualTo(1);
        assertThat(gauge("coveo.push.pending.documents")).isZero();
        assertThat(gauge("coveo.push.batches.in.flight")).isZero();
        assertThat(gauge("coveo.push.budget.window.left")).isEqualTo(97); // 3 requests of 100
        assertThat(meters.get("coveo.push.requests").tags("kind", "pushBatch").counter().getId().getTags())
                .containsAll(Tags.of("source", "src", "endpoint",
                        "coveo-push://src?apiKey=xxxxxx&batchMaxDocuments=2&maxRetries=1&organizationId=org-1"
                        + "&pushApiUrl=" + coveo.pushApiUrl().replace(":", "%3A").replace("/", "%2F")
                        + "&requestsPerWindow=100&retryInitialDelay=10&retryMaxDelay=50"));
    }

    @Test
    void failuresAreCountedByTheirCause() {
        coveo.stubFor(put(urlPathEqualTo(BASE + "/sources/single/documents")).withQueryParam("documentId",
                com.github.tomakehurst.wiremock.client.WireMock.containing("busy"))
                .willReturn(aResponse().withStatus(429)));
        coveo.stubFor(put(urlPathEqualTo(BASE + "/sources/single/documents")).withQueryParam("documentId",
                com.github.tomakehurst.wiremock.client.WireMock.containing("refused"))
                .willReturn(aResponse().withStatus(400).withBody("{\"errorCode\":\"INVALID_DOCUMENT\"}")));

        assertThat(push("https://intranet/busy").getException()).isNotNull();
        assertThat(push("https://intranet/refused").getException()).isNotNull();
        assertThat(push("relative/id").getException()).isNotNull();
        assertThat(push("https://intranet/fine").getException()).isNull();

        String[] single = { "source", "single", "operation", "addOrUpdate" };
        assertThat(count("coveo.push.documents.admitted", single)).isEqualTo(4);
        assertThat(count("coveo.push.documents.accepted", single)).isEqualTo(1);
        assertThat(count("coveo.push.documents.failed", "cause", "retriesExhausted", "code", "429")).isEqualTo(1);
        assertThat(count("coveo.push.documents.failed", "cause", "refused", "code", "INVALID_DOCUMENT"))
                .isEqualTo(1);
        assertThat(count("coveo.push.documents.failed", "cause", "invalid", "code", "none")).isEqualTo(1);
        assertThat(count("coveo.push.requests", "kind", "addOrUpdate", "status", "429")).isEqualTo(2);
        assertThat(count("coveo.push.requests", "kind", "addOrUpdate", "status", "400")).isEqualTo(1);
        assertThat(count("coveo.push.requests", "kind", "addOrUpdate", "status", "202")).isEqualTo(1);
        assertThat(count("coveo.push.retries", "kind", "addOrUpdate", "status", "429")).isEqualTo(1);
        assertThat(count("coveo.push.throttled", "kind", "addOrUpdate")).isEqualTo(2);
        assertThat(meters.find("coveo.push.budget.window.left").tag("source", "single").gauges()).isEmpty();
    }

    @Test
    void theMetersGoAwayWithTheirEndpoint() throws Exception {
        assertThat(push("https://intranet/x").getException()).isNull();
        assertThat(meters.find("coveo.push.pending.documents").tag("source", "single").gauges()).isNotEmpty();
        context.stop();
        assertThat(meters.getMeters()).isEmpty();
    }

    private Exchange push(String documentId) {
        return template.send("direct:single", e -> {
            e.getMessage().setBody("text");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, documentId);
        });
    }
}
