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

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelcoveo.push.error.CoveoPushApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static io.github.camelcoveo.push.PushApiDouble.ORG;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP options do what they say: TLS settings, proxy, response timeout, and no redirect following. */
class HttpOptionsTest extends CamelTestSupport {

    private static final Path KEYSTORE = localhostKeystore();

    @RegisterExtension
    static PushApiDouble coveo = new PushApiDouble(wireMockConfig().dynamicPort().dynamicHttpsPort()
            .keystorePath(KEYSTORE.toString()).keystoreType("PKCS12").keystorePassword("changeit")
            .keyManagerPassword("changeit"));

    /** A certificate for localhost that no default trust store knows, made with the JDK's keytool. */
    private static Path localhostKeystore() {
        try {
            Path dir = Files.createTempDirectory("coveo-tls");
            Path keystore = dir.resolve("localhost.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            keystore.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return keystore;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @RegisterExtension
    static PushApiDouble elsewhere = new PushApiDouble();

    @Override
    protected RouteBuilder createRouteBuilder() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + KEYSTORE);
        trustStore.setType("PKCS12");
        trustStore.setPassword("changeit");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trustStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trust);
        context.getRegistry().bind("localhostTrust", tls);
        return new RouteBuilder() {
            @Override
            public void configure() {
                String https = "https://localhost:" + coveo.getHttpsPort() + "/push/v1";
                from("direct:tlsDefault").to("coveo-push:src?organizationId=" + ORG + "&apiKey=" + API_KEY
                                             + "&pushApiUrl=" + https + "&batch=false&maxRetries=0");
                from("direct:tlsTrusted").to("coveo-push:src?organizationId=" + ORG + "&apiKey=" + API_KEY
                                             + "&pushApiUrl=" + https + "&batch=false&maxRetries=0"
                                             + "&sslContextParameters=#localhostTrust");
                from("direct:proxied").to(coveo.endpoint("src",
                        "proxyHost=localhost&proxyPort=" + elsewhere.getPort()));
                from("direct:timeout").to(coveo.endpoint("slow", "responseTimeout=200&maxRetries=1"));
                from("direct:redirected").to(coveo.endpoint("moved", "maxRetries=0"));
            }
        };
    }

    private Exchange push(String uri, String id) {
        return template.request(uri, e -> {
            e.getMessage().setBody("x");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
        });
    }

    @Test
    void anUnknownCertificateFailsAndSslContextParametersTrustIt() {
        CoveoPushApiException untrusted = push("direct:tlsDefault", "https://a/1").getException(CoveoPushApiException.class);
        assertThat(untrusted).isNotNull();
        assertThat(untrusted.getStatusCode()).isZero();

        Exchange trusted = push("direct:tlsTrusted", "https://a/2");
        assertThat(trusted.getException()).isNull();
        coveo.verify(1, putRequestedFor(urlPathEqualTo(BASE + "/sources/src/documents")));
    }

    @Test
    void requestsGoThroughTheProxy() {
        assertThat(push("direct:proxied", "https://a/3").getException()).isNull();

        assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
        assertThat(elsewhere.findAll(anyRequestedFor(anyUrl())).get(0).getAbsoluteUrl())
                .contains(BASE + "/sources/src/documents");
        coveo.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetriedAsTransient() {
        coveo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo(BASE + "/sources/slow/documents"))
                .willReturn(aResponse().withStatus(202).withFixedDelay(2_000)));

        CoveoPushApiException error = push("direct:timeout", "https://a/4").getException(CoveoPushApiException.class);

        assertThat(error).isNotNull();
        assertThat(error.getStatusCode()).isZero();
        assertThat(error.getAttempts()).isEqualTo(2);
        assertThat(error.getMessage()).containsIgnoringCase("timeout");
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyNeverReachesAnotherHost() {
        coveo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo(BASE + "/sources/moved/documents"))
                .willReturn(aResponse().withStatus(307)
                        .withHeader("Location", "http://localhost:" + elsewhere.getPort() + "/steal")));

        CoveoPushApiException error = push("direct:redirected", "https://a/5").getException(CoveoPushApiException.class);

        assertThat(error).isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(307);
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
    }
}
