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

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** Transient failures are retried with backoff and Retry-After; others fail the exchange at once with the details. */
class RetryTest extends CoveoPushTestSupport {

    private static final String DOCUMENTS = BASE + "/sources/src/documents";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:push").to(coveo.endpoint("src", "maxRetries=3"));
                from("direct:impatient").to(coveo.endpoint("src", "maxRetries=3&retryMaxDelay=500"));
            }
        };
    }

    private Exchange push(String endpoint) {
        return template.request(endpoint, e -> {
            e.getMessage().setBody("text");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/1");
        });
    }

    private void failThenAccept(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... failures) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.length; i++) {
            String next = "attempt-" + (i + 2);
            coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("retry").whenScenarioStateIs(state)
                    .willReturn(failures[i]).willSetStateTo(next));
            state = next;
        }
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("retry").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(202)));
    }

    @Test
    void serviceUnavailableIsRetriedUntilAccepted() {
        failThenAccept(aResponse().withStatus(503), aResponse().withStatus(502));

        Exchange result = push("direct:push");

        assertThat(result.getException()).isNull();
        coveo.verify(3, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void connectionResetIsRetried() {
        failThenAccept(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(push("direct:push").getException()).isNull();
        coveo.verify(2, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        failThenAccept(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody("{\"errorCode\":\"TOO_MANY_REQUESTS\"}"));

        long start = System.nanoTime();
        assertThat(push("direct:push").getException()).isNull();
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        // the backoff alone would wait at most 10 ms; only the Retry-After explains a wait of a second
        assertThat(waitedMillis).isGreaterThanOrEqualTo(950);
        coveo.verify(2, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        // taken before the date: the stubbing's own time must not count as waited
        long start = System.nanoTime();
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        failThenAccept(aResponse().withStatus(503).withHeader("Retry-After", inTwoSeconds));

        assertThat(push("direct:push").getException()).isNull();

        // RFC 1123 dates have whole seconds: the date is at least one second after start
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(950);
    }

    @Test
    void aRetryAfterLongerThanTheMaximumDelayFailsInsteadOfWaiting() {
        failThenAccept(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withBody("{\"errorCode\":\"TOO_MANY_DOCUMENTS_DAILY\",\"message\":\"daily quota\"}"));

        Exchange result = push("direct:impatient");

        CoveoPushApiException error = result.getException(CoveoPushApiException.class);
        assertThat(error).isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(429);
        assertThat(error.getErrorCode()).isEqualTo("TOO_MANY_DOCUMENTS_DAILY");
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void exhaustedRetriesFailTheExchangeWithTheDetails() {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(504)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"statusCode\":504,\"errorCode\":\"GATEWAY_TIMEOUT\",\"message\":\"cold start\"}")));

        Exchange result = push("direct:push");

        CoveoPushApiException error = result.getException(CoveoPushApiException.class);
        assertThat(error).isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(504);
        assertThat(error.getErrorCode()).isEqualTo("GATEWAY_TIMEOUT");
        assertThat(error.getCoveoMessage()).isEqualTo("cold start");
        assertThat(error.getOperation()).isEqualTo("addOrUpdate");
        assertThat(error.getDocumentId()).isEqualTo("https://x/1");
        assertThat(error.getAttempts()).isEqualTo(4);
        assertThat(error.getMessage()).contains("504", "GATEWAY_TIMEOUT", "https://x/1", "4 attempts")
                .doesNotContain(API_KEY);
        coveo.verify(4, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void clientErrorsAreNotRetried() {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(400)
                .withBody("{\"errorCode\":\"INVALID_JSON\",\"message\":\"duplicate key title\"}")));

        CoveoPushApiException error = push("direct:push").getException(CoveoPushApiException.class);

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getErrorCode()).isEqualTo("INVALID_JSON");
        assertThat(error.getAttempts()).isEqualTo(1);
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void anUnauthorizedAnswerThatEchoesTheKeyIsRedacted() {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorCode\":\"INVALID_TOKEN\",\"message\":\"token " + API_KEY + " is invalid\"}")));

        CoveoPushApiException error = push("direct:push").getException(CoveoPushApiException.class);

        assertThat(error.getStatusCode()).isEqualTo(401);
        assertThat(error.getMessage()).contains("INVALID_TOKEN", "***").doesNotContain(API_KEY);
        assertThat(error.getCoveoMessage()).doesNotContain(API_KEY);
    }
}
