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
package io.github.camelcoveo.push.client;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushApiUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "us, prod, https://api.cloud.coveo.com/push/v1",
            "eu, prod, https://api-eu.cloud.coveo.com/push/v1",
            "au, prod, https://api-au.cloud.coveo.com/push/v1",
            "ca, prod, https://api-ca.cloud.coveo.com/push/v1",
            "us, hipaa, https://apihipaa.cloud.coveo.com/push/v1",
            "eu, dev, https://apidev-eu.cloud.coveo.com/push/v1",
            "US, STG, https://apistg.cloud.coveo.com/push/v1" })
    void regionAndEnvironmentPickTheHost(String region, String environment, String expected) {
        assertThat(PushApiUrls.baseUrl(null, region, environment)).hasToString(expected);
    }

    @Test
    void unknownRegionOrEnvironmentIsRefused() {
        assertThatThrownBy(() -> PushApiUrls.baseUrl(null, "mars", "prod")).hasMessageContaining("region");
        assertThatThrownBy(() -> PushApiUrls.baseUrl(null, "us", "qa")).hasMessageContaining("environment");
    }

    @Test
    void overrideWins() {
        assertThat(PushApiUrls.baseUrl("https://proxy.example.com/push/v1/", "eu", "dev"))
                .hasToString("https://proxy.example.com/push/v1");
    }

    @Test
    void plainHttpIsOnlyForLoopback() {
        assertThat(PushApiUrls.baseUrl("http://localhost:8089/push/v1", null, null)).hasPort(8089);
        assertThat(PushApiUrls.baseUrl("http://127.0.0.1:8089/push/v1", null, null)).hasHost("127.0.0.1");
        assertThat(PushApiUrls.baseUrl("http://[::1]:8089/push/v1", null, null)).hasHost("[::1]");
        assertThatThrownBy(() -> PushApiUrls.baseUrl("http://push.example.com/push/v1", null, null))
                .hasMessageContaining("plain http").hasMessageContaining("loopback");
        assertThatThrownBy(() -> PushApiUrls.baseUrl("http://10.0.0.5/push/v1", null, null))
                .hasMessageContaining("plain http");
        assertThatThrownBy(() -> PushApiUrls.baseUrl("ftp://localhost/push", null, null))
                .hasMessageContaining("http or https");
    }

    @Test
    void pathSegmentsAndQueryAreEncoded() {
        PushApiUrls urls = new PushApiUrls(URI.create("https://api.cloud.coveo.com/push/v1"), "my org");
        URI uri = urls.resolve(List.of("sources", "src/1", "documents"),
                Map.of("documentId", "file://share/a b&c=d.pdf"));
        assertThat(uri.toASCIIString()).isEqualTo("https://api.cloud.coveo.com/push/v1/organizations/my%20org/sources/"
                                                  + "src%2F1/documents?documentId=file%3A%2F%2Fshare%2Fa%20b%26c%3Dd.pdf");
    }
}
