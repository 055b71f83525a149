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

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static io.github.camelcoveo.push.PushApiDouble.BATCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads in the logs: a line per batch and per retry, and never the key nor the signature of a
 * pre-signed upload URL (it grants write access to the container for an hour), even with HttpClient's own loggers
 * (exec, headers, wire) at DEBUG.
 */
class OperationLogTest extends CoveoPushTestSupport {

    private static final String SIGNATURE = "5d1e-signature-canary-77c0";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batch").to(coveo.batchedEndpoint("&batchMaxDocuments=2"));
            }
        };
    }

    @Test
    void aBatchAndItsRetryAreLoggedWithoutTheKeyOrTheUploadSignature() {
        coveo.stubFor(post(urlPathEqualTo(BASE + "/files")).willReturn(aResponse().withStatus(201)
                .withBody("{\"uploadUri\":\"http://127.0.0.1:" + coveo.getPort() + "/s3/bucket/f-1?X-Amz-Algorithm="
                          + "AWS4-HMAC-SHA256&X-Amz-Signature=" + SIGNATURE + "\",\"fileId\":\"f-1\","
                          + "\"requiredHeaders\":{\"Content-Type\":\"application/octet-stream\"}}")));
        coveo.stubFor(put(urlPathEqualTo(BATCH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
        coveo.stubFor(put(urlPathEqualTo(BATCH)).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(202)));

        List<String> lines;
        try (LogCapture logs = LogCapture.at(Level.ALL)) {
            template.sendBody("direct:batch", List.of(Map.of("documentId", "https://intranet/1", "data", "one"),
                    Map.of("documentId", "https://intranet/2", "data", "two")));
            lines = logs.lines();
        }

        assertThat(coveo.uploads()).singleElement().satisfies(upload -> assertThat(upload.getUrl())
                .contains("X-Amz-Signature=" + SIGNATURE));
        assertThat(lines).as("HttpClient's own DEBUG lines were captured")
                .anyMatch(line -> line.startsWith("org.apache.hc.client5.http") && line.contains("DEBUG"));
        List<String> ours = lines.stream().filter(line -> !line.startsWith("org.eclipse.jetty.")
                                                          && !line.startsWith("com.github.tomakehurst.")
                                                          && !line.startsWith("wiremock.")).toList();
        assertThat(ours).noneMatch(line -> line.contains(SIGNATURE)).noneMatch(line -> line.contains(API_KEY));

        int bytes = coveo.uploads().get(0).getBody().length;
        assertThat(ours).filteredOn(line -> line.contains(" INFO ") && line.contains("batch of"))
                .singleElement().asString()
                .contains("coveo-push:src batch of 2 documents (" + bytes + " bytes, fileId f-1) accepted with HTTP 202 in");
        assertThat(ours).filteredOn(line -> line.contains(" WARN ") && line.contains("pushBatch"))
                .singleElement().asString().contains("HTTP 503").containsPattern("attempt 2 in \\d+ ms");
        assertThat(ours).filteredOn(line -> line.contains("CoveoPushProducer DEBUG")).singleElement().asString()
                .contains("addOrUpdate of 2 items", "accepted");
    }
}
