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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code useGlobalSslContextParameters}: endpoints without TLS settings of their own use the CamelContext's. */
class GlobalSslContextParametersTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private static Path keystore;
    private static WireMockServer https;

    @BeforeAll
    static void tlsServer() throws Exception {
        // a self-signed certificate for localhost that no JDK trusts: the test's trust store is this key store itself
        keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .inheritIO().start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        https = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        https.start();
        https.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202)));
    }

    @AfterAll
    static void stopServer() {
        https.stop();
    }

    private static SSLContextParameters trustingTheServer() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + keystore);
        store.setType("PKCS12");
        store.setPassword(PASSWORD);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private static Exchange push(boolean useGlobal) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.setSSLContextParameters(trustingTheServer());
            CoveoPushComponent component = new CoveoPushComponent();
            component.setUseGlobalSslContextParameters(useGlobal);
            context.addComponent("coveo-push", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            return template.send("coveo-push:src?organizationId=org&apiKey=key&batch=false&maxRetries=0&pushApiUrl="
                                 + "https://localhost:" + https.httpsPort() + "/push/v1", e -> {
                e.getMessage().setBody("hello");
                e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/tls/1");
            });
        }
    }

    @Test
    void theGlobalParametersTrustTheServer() throws Exception {
        int before = https.getAllServeEvents().size();
        assertThat(push(true).getException()).isNull();
        assertThat(https.getAllServeEvents()).hasSize(before + 1);
    }

    @Test
    void withoutThemTheHandshakeFails() throws Exception {
        Exception error = push(false).getException();
        assertThat(error).isNotNull();
        assertThat(error.getMessage()).containsIgnoringCase("certification path");
    }
}
