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
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code httpClient}: a client of the user's is used for every call, carries the key to the Push API only, stays open. */
class ProvidedHttpClientTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Each request the client sent: its target host and port, and its Authorization header. */
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private CloseableHttpClient client;

    @BeforeEach
    void clientAndStubs() {
        client = HttpClients.custom().disableRedirectHandling().disableAutomaticRetries()
                .addRequestInterceptorLast((request, entity, context) -> sent.add(request.getAuthority() + " "
                        + (request.containsHeader(HttpHeaders.AUTHORIZATION) ? "with key" : "without key")))
                .build();
        wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(202)));
        // the file container is on another host, 127.0.0.1, as S3 would be
        wireMock.stubFor(post(urlPathEqualTo("/push/v1/organizations/org/files")).atPriority(1)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"uploadUri\":\"http://127.0.0.1:" + wireMock.getPort() + "/s3/f-1\","
                                  + "\"fileId\":\"f-1\",\"requiredHeaders\":{}}")));
        wireMock.stubFor(put(urlPathMatching("/s3/.*")).atPriority(1).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void closeClient() throws Exception {
        client.close();
    }

    private String uri(String extra) {
        return "coveo-push:src?organizationId=org&apiKey=key&pushApiUrl=http://localhost:" + wireMock.getPort()
               + "/push/v1&batchLingerTime=10ms" + extra;
    }

    private static Exchange push(DefaultCamelContext context, String uri) {
        return context.createProducerTemplate().send(uri, e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/provided/1");
        });
    }

    @Test
    void theSingleClientInTheRegistryIsAutowiredUsedAndLeftOpen() throws Exception {
        String local = "localhost:" + wireMock.getPort();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("myHttpClient", client);
            context.start();
            assertThat(push(context, uri("")).getException()).isNull();
        }
        // a batch: a file container, the upload to it (another host, no key), the push of the batch
        assertThat(sent).containsExactly(local + " with key", "127.0.0.1:" + wireMock.getPort() + " without key",
                local + " with key");
        // the context stopped, the client is still the user's to use
        wireMock.resetRequests();
        client.execute(new HttpGet("http://" + local + "/still-open"), response -> response.getCode());
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aClientNamedOnTheUriIsUsedByThatEndpoint() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("mine", client);
            context.getRegistry().bind("other", HttpClients.createDefault());
            context.start();
            assertThat(push(context, uri("&batch=false&httpClient=#mine")).getException()).isNull();
            assertThat(sent).hasSize(1);
            ((CloseableHttpClient) context.getRegistry().lookupByName("other")).close();
        }
    }

    @Test
    void withoutOneTheComponentBuildsItsOwn() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThat(push(context, uri("&batch=false")).getException()).isNull();
        }
        assertThat(sent).isEmpty();
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void theComponentOptionReachesItsEndpoints() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            CoveoPushComponent component = new CoveoPushComponent();
            new CoveoPushComponentConfigurer().configure(context, component, "httpClient", client, true);
            context.addComponent("coveo-push", component);
            context.start();
            CoveoPushEndpoint endpoint = context.getEndpoint(uri(""), CoveoPushEndpoint.class);
            assertThat(endpoint.getConfiguration().getHttpClient()).isSameAs(client);
        }
    }
}
