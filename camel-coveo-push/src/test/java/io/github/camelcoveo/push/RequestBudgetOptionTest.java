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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelcoveo.push.budget.BudgetedRequest;
import io.github.camelcoveo.push.budget.CoveoApi;
import io.github.camelcoveo.push.budget.RequestBudget;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static io.github.camelcoveo.push.PushApiDouble.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request budget of the user's own, named on the URI or autowired, admits every request (retries too) before it
 * goes, hears of Coveo's Retry-After, and replaces the in-JVM budget of requestsPerWindow and requestsPerDay.
 */
class RequestBudgetOptionTest {

    private static final String DOCUMENTS = BASE + "/sources/src/documents";

    @RegisterExtension
    static final PushApiDouble coveo = new PushApiDouble();

    /** Admits at once, or holds each request until the test lets it go; records what it was asked and told. */
    static final class RecordingBudget implements RequestBudget {
        final List<BudgetedRequest> asked = new CopyOnWriteArrayList<>();
        final List<Map.Entry<BudgetedRequest, Instant>> pauses = new CopyOnWriteArrayList<>();
        final BlockingQueue<CompletableFuture<Void>> held = new LinkedBlockingQueue<>();
        volatile boolean hold;
        volatile RuntimeException broken;

        @Override
        public CompletableFuture<Void> acquire(BudgetedRequest request) {
            asked.add(request);
            if (broken != null) {
                return CompletableFuture.failedFuture(broken);
            }
            if (!hold) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> permit = new CompletableFuture<>();
            held.add(permit);
            return permit;
        }

        @Override
        public void pauseUntil(BudgetedRequest request, Instant notBefore) {
            pauses.add(Map.entry(request, notBefore));
        }
    }

    private final RecordingBudget budget = new RecordingBudget();

    private static Exchange push(DefaultCamelContext context, String uri, String id) {
        return context.createProducerTemplate().request(uri, e -> {
            e.getMessage().setBody("text");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
        });
    }

    @Test
    void aRequestGoesOnlyOnceTheBudgetNamedOnTheUriAdmitsIt() throws Exception {
        budget.hold = true;
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("shared", budget);
            context.start();
            CompletableFuture<Exchange> sent = CompletableFuture.supplyAsync(
                    () -> push(context, coveo.endpoint("src", "requestBudget=#shared"), "https://x/held"));

            await().until(() -> !budget.held.isEmpty());
            assertThat(budget.asked).containsExactly(new BudgetedRequest(ORG, CoveoApi.PUSH, "addOrUpdate"));
            assertThat(coveo.requests()).isZero();
            assertThat(sent).isNotDone();

            budget.held.poll().complete(null);
            assertThat(sent.get().getException()).isNull();
            assertThat(coveo.requests()).isEqualTo(1);
        }
    }

    @Test
    void aTooManyRequestsAnswerWithRetryAfterPausesTheBudgetAndItsRetryIsAdmittedToo() throws Exception {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"errorCode\":\"TOO_MANY_REQUESTS\"}"))
                .willSetStateTo("accepting"));
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("429").whenScenarioStateIs("accepting")
                .willReturn(aResponse().withStatus(202)));
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("shared", budget);
            context.start();
            Instant before = Instant.now();
            Exchange result = push(context, coveo.endpoint("src", "requestBudget=#shared&maxRetries=2"), "https://x/1");
            Instant after = Instant.now();

            assertThat(result.getException()).isNull();
            assertThat(budget.asked).hasSize(2).allMatch(r -> r.api() == CoveoApi.PUSH && r.organizationId().equals(ORG));
            assertThat(budget.pauses).singleElement().satisfies(pause -> {
                assertThat(pause.getKey().operation()).isEqualTo("addOrUpdate");
                assertThat(pause.getValue()).isBetween(before.plusSeconds(1), after.plusSeconds(1));
            });
        }
    }

    @Test
    void theSingleBudgetInTheRegistryIsAutowiredAndReplacesTheWindowOptions() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("shared", budget);
            context.start();
            // an in-JVM budget of one request in 5 minutes would hold the second and third for minutes
            String uri = coveo.endpoint("src", "requestsPerWindow=1&requestsPerDay=1");
            for (int i = 1; i <= 3; i++) {
                assertThat(push(context, uri, "https://x/" + i).getException()).isNull();
            }
            assertThat(budget.asked).hasSize(3);
            CoveoPushEndpoint endpoint = context.getEndpoint(uri, CoveoPushEndpoint.class);
            assertThat(endpoint.getConfiguration().getRequestBudget()).isSameAs(budget);
            assertThat(endpoint.getRequestsLeftInWindow()).isEqualTo(-1);
        }
    }

    @Test
    void withoutOneTheWindowOptionsStillHoldRequestsBackInTheJvm() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            String uri = coveo.endpoint("src", "requestsPerWindow=2");
            assertThat(push(context, uri, "https://x/1").getException()).isNull();
            CoveoPushEndpoint endpoint = context.getEndpoint(uri, CoveoPushEndpoint.class);
            assertThat(endpoint.getConfiguration().getRequestBudget()).isNull();
            assertThat(endpoint.getRequestsLeftInWindow()).isEqualTo(1);
        }
    }

    @Test
    void aBudgetThatCannotAdmitFailsTheExchangeWithItsCauseAndSendsNothing() throws Exception {
        budget.broken = new IllegalStateException("the budget's store is unreachable");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("shared", budget);
            context.start();
            Exchange result = push(context, coveo.endpoint("src", "requestBudget=#shared"), "https://x/1");

            assertThat(result.getException()).isSameAs(budget.broken);
            assertThat(coveo.requests()).isZero();
        }
    }

    @Test
    void theInJvmBudgetHoldsEveryRequestBackUntilARetryAfterHasPassed() throws Exception {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("accepting"));
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("429").whenScenarioStateIs("accepting")
                .willReturn(aResponse().withStatus(202)));
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            String uri = coveo.endpoint("src", "requestsPerWindow=100");
            Exchange first = push(context, uri, "https://x/1");
            assertThat(first.getException()).isNull();
            assertThat(coveo.requests()).isEqualTo(2);
            Duration gap = Duration.between(coveo.getAllServeEvents().get(1).getRequest().getLoggedDate().toInstant(),
                    coveo.getAllServeEvents().get(0).getRequest().getLoggedDate().toInstant());
            assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }
}
