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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the Logs API is: on the Push API's host [docs.coveo.com/en/59], or where the options say. */
class LogsApiUrlTest {

    @Test
    void onThePushApiHostOfTheRegionAndEnvironment() {
        assertThat(PushApiUrls.logsUrl(null, null, null, null)).hasToString("https://api.cloud.coveo.com/logs/v1");
        assertThat(PushApiUrls.logsUrl("", null, "eu", "dev"))
                .hasToString("https://apidev-eu.cloud.coveo.com/logs/v1");
        assertThat(PushApiUrls.baseUrl(null, "eu", "dev")).hasToString("https://apidev-eu.cloud.coveo.com/push/v1");
    }

    @Test
    void nextToAnOverriddenPushApiUrlOrWhereLogsApiUrlSays() {
        assertThat(PushApiUrls.logsUrl(null, "http://localhost:8089/push/v1/", null, null))
                .hasToString("http://localhost:8089/logs/v1");
        assertThat(PushApiUrls.logsUrl(null, "https://proxy.example.com/coveo", "eu", null))
                .hasToString("https://api-eu.cloud.coveo.com/logs/v1");
        assertThat(PushApiUrls.logsUrl("https://logs.example.com/v1/", "http://localhost:8089/push/v1", null, null))
                .hasToString("https://logs.example.com/v1");
    }

    @Test
    void theKeyGoesOverPlainHttpOnlyToLoopback() {
        assertThatThrownBy(() -> PushApiUrls.logsUrl("http://logs.example.com/logs/v1", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("logsApiUrl uses plain http to logs.example.com");
    }
}
