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

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code synchronous=true}: the caller's thread makes the call, waits for Coveo (and for a retry) and the route goes
 * on on it; the exchange still carries Coveo's refusal.
 */
class SynchronousOptionTest extends CoveoPushTestSupport {

    private static final String DOCUMENTS = BASE + "/sources/src/documents";
    /** The double's endpoints are already batch=false. */
    private static final String SYNCHRONOUS = "synchronous=true&maxRetries=2&retryMaxDelay=50";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sync").to(coveo.endpoint("src", SYNCHRONOUS))
                        .process(e -> e.getMessage().setHeader("wentOnIn", Thread.currentThread().getName()));
            }
        };
    }

    private boolean process(String body, AtomicReference<String> doneOn, Exchange exchange) throws Exception {
        CoveoPushEndpoint endpoint = context.getEndpoint(coveo.endpoint("src", SYNCHRONOUS), CoveoPushEndpoint.class);
        CoveoPushProducer producer = (CoveoPushProducer) endpoint.createProducer();
        producer.start();
        try {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/1");
            CountDownLatch done = new CountDownLatch(1);
            boolean sync = producer.process(exchange, doneSync -> {
                doneOn.set(Thread.currentThread().getName());
                done.countDown();
            });
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            return sync;
        } finally {
            producer.stop();
        }
    }

    @Test
    void theCallerMakesTheCallAndGoesOnOnceCoveoAnswered() throws Exception {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(202).withFixedDelay(300)));
        AtomicReference<String> doneOn = new AtomicReference<>();
        Exchange exchange = context.getEndpoint("direct:sync").createExchange();

        boolean sync = process("x", doneOn, exchange);

        assertThat(sync).as("completed before process returned").isTrue();
        assertThat(doneOn.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(CoveoPushConstants.RESPONSE_STATUS)).isEqualTo(202);
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void aRetryIsWaitedForOnTheCallersThread() throws Exception {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("retry").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(202)));
        AtomicReference<String> doneOn = new AtomicReference<>();
        Exchange exchange = context.getEndpoint("direct:sync").createExchange();

        boolean sync = process("x", doneOn, exchange);

        assertThat(sync).isTrue();
        assertThat(doneOn.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(exchange.getException()).isNull();
        coveo.verify(2, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void theRouteGoesOnOnTheCallersThreadAndARefusalFailsTheExchange() {
        Exchange accepted = template.request("direct:sync", e -> {
            e.getMessage().setBody("x");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/1");
        });
        assertThat(accepted.getException()).isNull();
        assertThat(accepted.getMessage().getHeader("wentOnIn")).isEqualTo(Thread.currentThread().getName());

        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(400)
                .withBody("{\"errorCode\":\"INVALID_DOCUMENT\",\"message\":\"no\"}")));
        Exchange refused = template.request("direct:sync", e -> {
            e.getMessage().setBody("x");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/2");
        });
        assertThat(refused.getException()).isInstanceOf(CoveoPushApiException.class);
        assertThat(((CoveoPushApiException) refused.getException()).getStatusCode()).isEqualTo(400);
    }
}
