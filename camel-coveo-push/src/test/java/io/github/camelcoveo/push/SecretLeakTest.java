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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API key must never show: not in a log line at any level, not in an exception, not in an endpoint's string form,
 * not in a request to a host other than the Push API.
 */
class SecretLeakTest extends CoveoPushTestSupport {

    static final String API_KEY = "xx5e7c1d2a-leak-canary-91f0";
    private static final String DOCUMENTS = "/push/v1/organizations/org/sources/src/documents";

    /**
     * Log lines that show the key but that this component cannot hide, each with its reason (see the report of the
     * session that wrote this test):
     * <ul>
     * <li>Jetty and WireMock: the test double, i.e. the Push API's own side of the connection;</li>
         * <li>Camel core's TRACE lines while it resolves an endpoint: they print the raw URI and its parameters, before
     * the component sees them. Setting the key on the component, not in the URI, avoids them.</li>
     * </ul>
     * Anything else, the component's own loggers and Camel's DEBUG/INFO/WARN/ERROR lines included, must never show it.
     */
    private static final List<String> OUTSIDE_THE_COMPONENT = List.of("org.eclipse.jetty.", "com.github.tomakehurst.",
            "wiremock.",
            "org.apache.camel.impl.engine.AbstractCamelContext TRACE", "org.apache.camel.support.EndpointHelper TRACE",
            "org.apache.camel.support.DefaultComponent TRACE");

    private static LogCapture logs;

    @BeforeAll
    static void captureAllLogsAtTrace() {
        logs = LogCapture.at(Level.ALL);
    }

    @AfterAll
    static void restoreLogging() {
        logs.close();
    }

    static String coveo(String pushApiUrl, String extra) {
        return "coveo-push:src?organizationId=org&apiKey=" + API_KEY + "&pushApiUrl=" + pushApiUrl
               + "&batch=false&retryInitialDelay=10&retryMaxDelay=100&maxRetries=2" + extra;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:push").routeId("push").to(coveo(coveo.pushApiUrl(), ""));
                from("direct:raw").routeId("raw").to("coveo-push:src?organizationId=org&apiKey=RAW(" + API_KEY
                                                     + ")&pushApiUrl=" + coveo.pushApiUrl() + "&batch=false");
                from("direct:big").routeId("big").to(coveo(coveo.pushApiUrl(), "&compressionType=UNCOMPRESSED"));
                // nothing listens there: every attempt fails without a response
                from("direct:down").routeId("down").to(coveo("http://127.0.0.1:1/push/v1", ""));
            }
        };
    }

    private static void assertNoKeyInLogs() {
        assertThat(logs.lines()).as("captured log lines").isNotEmpty();
        List<String> leaks = logs.lines().stream().filter(line -> line.contains(API_KEY))
                .filter(line -> OUTSIDE_THE_COMPONENT.stream().noneMatch(line::startsWith))
                .map(line -> line.length() > 400 ? line.substring(0, 400) + "..." : line).toList();
        assertThat(leaks).as("log lines that show the API key").isEmpty();
    }

    private static String everything(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return error + "\n" + text;
    }

    private Exchange push(String route, Object body) {
        return template.send(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/leak/1");
        });
    }

    @Test
    void noKeyInLogsWhilePushingRetryingAndFailing() {
        logs.clear();
        // a success
        assertThat(push("direct:push", "hello").getException()).isNull();
        // transient failures, then success
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"busy, key " + API_KEY + "\"}"))
                .willSetStateTo("ok"));
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(202)));
        assertThat(push("direct:push", "hello again").getException()).isNull();
        // a permanent failure whose body echoes the key
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).atPriority(1).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorCode\":\"INVALID_TOKEN\",\"message\":\"Bearer " + API_KEY + " is not valid\"}")));
        assertThat(push("direct:push", "denied").getException()).isNotNull();
        // no response at all, retried then given up
        assertThat(push("direct:down", "nobody home").getException()).isNotNull();

        assertNoKeyInLogs();
        assertThat(String.join("\n", logs.lines())).contains("***");
    }

    @Test
    void noKeyInTheHeadersThatHttpClientLogsAtDebug() {
        logs.clear();
        assertThat(push("direct:push", "hello").getException()).isNull();
        assertThat(coveo.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + API_KEY);
        assertNoKeyInLogs();
    }

    @Test
    void a401WhoseBodyEchoesTheKeyIsRedacted() {
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).atPriority(1).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorCode\":\"INVALID_TOKEN\",\"message\":\"Bearer " + API_KEY + " is not valid\"}")));
        Exception error = push("direct:push", "x").getException();
        assertThat(error).isNotNull();
        assertThat(everything(error)).doesNotContain(API_KEY).contains("401").contains("INVALID_TOKEN")
                .contains("***");

        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).atPriority(1).willReturn(aResponse().withStatus(403)
                .withBody("key " + API_KEY + " lacks the privilege (not JSON)")));
        error = push("direct:raw", "x").getException();
        assertThat(everything(error)).doesNotContain(API_KEY).contains("403");
    }

    @Test
    void aRequestThatFailsWithoutResponseNamesNoKey() {
        Exception error = push("direct:down", "x").getException();
        assertThat(error).isNotNull();
        assertThat(everything(error)).doesNotContain(API_KEY);
    }

    @Test
    void endpointsStringFormsHideTheKey() {
        assertThat(context.getEndpoints()).isNotEmpty();
        for (Endpoint endpoint : context.getEndpoints()) {
            assertThat(endpoint.toString()).doesNotContain(API_KEY);
        }
        for (org.apache.camel.Route route : context.getRoutes()) {
            assertThat(route.toString()).doesNotContain(API_KEY);
            assertThat(route.getEndpoint().toString()).doesNotContain(API_KEY);
        }
        // what Camel logs when routes start (captured since this JVM's first context)
        assertNoKeyInLogs();
    }

    @Test
    void theStartupLogOfAContextHidesTheKey() throws Exception {
        logs.clear();
        context.stop();
        context.start();
        assertThat(String.join("\n", logs.lines())).contains("Started");
        assertNoKeyInLogs();
    }

    @Test
    void theFileContainerUploadCarriesOnlyTheRequiredHeaders() {
        byte[] content = new byte[5_500_000];
        new Random(7).nextBytes(content);
        Exchange result = push("direct:big", content);
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(CoveoPushConstants.CONTENT_TRANSPORT)).isEqualTo("fileContainer");

        List<LoggedRequest> uploads = coveo.findAll(putRequestedFor(urlPathMatching("/s3/.*")));
        assertThat(uploads).hasSize(1);
        LoggedRequest upload = uploads.get(0);
        assertThat(upload.getHeader("Host")).startsWith("127.0.0.1");
        assertThat(upload.containsHeader("Authorization")).isFalse();
        for (HttpHeader header : upload.getHeaders().all()) {
            assertThat(header.values()).noneMatch(v -> v.contains(API_KEY));
        }
        assertThat(upload.getHeader("x-amz-server-side-encryption")).isEqualTo("AES256");
        assertThat(upload.getHeader("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(upload.getHeaders().keys()).allMatch(name -> List.of("host", "content-length", "connection",
                "user-agent", "accept-encoding", "x-amz-server-side-encryption", "content-type")
                .contains(name.toLowerCase(java.util.Locale.ROOT)), "only required and transport headers");
        assertThat(upload.getBody()).hasSize(content.length);
        // the Push API calls themselves do carry it
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + API_KEY)));
    }

    @Test
    void plainHttpToARemoteHostIsRefusedWithoutNamingTheKey() throws Exception {
        for (String url : List.of("http://push.cloud.coveo.com/v1", "http://api.cloud.coveo.com/push/v1",
                "http://10.0.0.5:8080/push/v1")) {
            String uri = coveo(url, "");
            Throwable error = null;
            try {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:insecure" + Math.abs(url.hashCode())).to(uri);
                    }
                });
            } catch (Exception e) {
                error = e;
            }
            assertThat(error).as(url).isNotNull();
            assertThat(everything(error)).contains("plain http").doesNotContain(API_KEY);
        }
        assertThatThrownBy(() -> context.getEndpoint(coveo("http://example.com/push/v1", "")).start())
                .satisfies(e -> assertThat(everything(e)).contains("plain http").doesNotContain(API_KEY));
        coveo.verify(0, anyRequestedFor(anyUrl()));
        assertNoKeyInLogs();
    }
}
