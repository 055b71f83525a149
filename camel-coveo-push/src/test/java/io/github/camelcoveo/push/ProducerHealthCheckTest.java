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

import java.util.Collection;
import java.util.Optional;

import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** The producer's readiness check follows what Coveo answered, and sends no request of its own. */
class ProducerHealthCheckTest extends CoveoPushTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        // producer checks are opt-in in Camel (camel.health.producersEnabled=true in Camel Main and Spring Boot)
        HealthCheckHelper.getHealthCheckRepository(camel, "producers").setEnabled(true);
        return camel;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:push").routeId("push").to(coveo.endpoint("src", "maxRetries=0"));
            }
        };
    }

    private HealthCheck.Result readiness() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        Optional<HealthCheck.Result> ours = results.stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:coveo-push")).findFirst();
        assertThat(ours).as("a coveo-push producer check among %s", results).isPresent();
        return ours.get();
    }

    private void push(String id) {
        template.send("direct:push", e -> {
            e.getMessage().setBody("x");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
        });
    }

    @Test
    void upUntilCoveoRefusesTheKeyAndUpAgainOnceItAccepts() {
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.UP);
        coveo.verify(0, anyRequestedFor(anyUrl()));

        coveo.stubFor(put(urlPathEqualTo(BASE + "/sources/src/documents")).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorCode\":\"INVALID_TOKEN\",\"message\":\"bad key " + API_KEY + "\"}")));
        push("https://h/1");
        HealthCheck.Result refused = readiness();
        assertThat(refused.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(refused.getMessage()).get().asString().contains("401", "INVALID_TOKEN").doesNotContain(API_KEY);
        assertThat(refused.getDetails()).containsEntry("sourceId", "src").containsEntry("lastFailureStatus", 401);

        coveo.stubFor(put(urlPathEqualTo(BASE + "/sources/src/documents")).willReturn(aResponse().withStatus(202)));
        push("https://h/2");
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void downAfterSeveralCallsInARowGotNoAnswerButNotAfterOneRefusedDocument() {
        coveo.stubFor(put(urlPathEqualTo(BASE + "/sources/src/documents"))
                .willReturn(aResponse().withStatus(400).withBody("{\"errorCode\":\"INVALID_JSON\"}")));
        push("https://h/3");
        assertThat(readiness().getState()).as("a refused document says nothing of the service").isEqualTo(HealthCheck.State.UP);

        coveo.stubFor(put(urlPathEqualTo(BASE + "/sources/src/documents"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        push("https://h/4");
        push("https://h/5");
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.UP);
        push("https://h/6");
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.DOWN);
    }
}
