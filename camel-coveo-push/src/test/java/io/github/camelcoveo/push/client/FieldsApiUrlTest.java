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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Platform API host follows the Push API's region and environment rule; platformApiUrl overrides it. */
class FieldsApiUrlTest {

    @ParameterizedTest
    @CsvSource({
        ",, https://platform.cloud.coveo.com/rest",
        "eu,, https://platform-eu.cloud.coveo.com/rest",
        "au, prod, https://platform-au.cloud.coveo.com/rest",
        "CA, dev, https://platformdev-ca.cloud.coveo.com/rest",
        "us, stg, https://platformstg.cloud.coveo.com/rest",
        "eu, hipaa, https://platformhipaa-eu.cloud.coveo.com/rest"
    })
    void theHostOfEachRegionAndEnvironment(String region, String environment, String expected) {
        assertThat(FieldsApiClient.baseUrl(null, region, environment)).hasToString(expected);
        assertThat(PushApiUrls.baseUrl(null, region, environment).toString())
                .isEqualTo(expected.replace("platform", "api").replace("/rest", "/push/v1"));
    }

    @Test
    void theOverrideWinsAndIsCheckedUnderItsOwnName() {
        assertThat(FieldsApiClient.baseUrl("http://localhost:8089/rest/", "eu", "dev"))
                .hasToString("http://localhost:8089/rest");
        assertThatThrownBy(() -> FieldsApiClient.baseUrl("http://coveo.example.com/rest", null, null))
                .hasMessageStartingWith("platformApiUrl uses plain http to coveo.example.com");
    }
}
