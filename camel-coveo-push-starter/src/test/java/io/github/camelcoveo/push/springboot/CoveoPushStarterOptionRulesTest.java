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
package io.github.camelcoveo.push.springboot;

import io.github.camelcoveo.push.InvalidOptionException;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A camel.component.coveo-push.* property whose value breaks its option's rule stops the application at startup,
 * before any route runs: the failure is the component's {@link InvalidOptionException}, naming the property and the
 * rule, and no request reached the Push API.
 */
class CoveoPushStarterOptionRulesTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "key").source("src");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    CoveoPushComponentAutoConfiguration.class))
            .withBean(RouteBuilder.class, () -> new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:push").to("coveo-push:src");
                }
            })
            .withPropertyValues("camel.component.coveo-push.organization-id=org",
                    "camel.component.coveo-push.api-key=key");

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "max-retries         | -1        | maxRetries          | must be 0 or more (0 for no retry), not -1",
            "retry-max-delay     | 10        | retryMaxDelay       | must be at least retryInitialDelay (1000 ms), not 10",
            "response-timeout    | 0         | responseTimeout     | must be at least 1 (milliseconds), not 0",
            "worker-pool-size    | 0         | workerPoolSize      | must be at least 1, not 0",
            "requests-per-day    | -1        | requestsPerDay      | must be 0 or more (0 for no limit), not -1",
            "batch-max-bytes     | 100       | batchMaxBytes       | must be between 1024 and 256000000, not 100",
            "max-pending-bytes   | -1        | maxPendingBytes     | must be 0 or more (0 for a quarter of the heap), not -1",
            "max-block-time      | -1        | maxBlockTime        | must be 0 or more (milliseconds), not -1",
            "proxy-port          | 70000     | proxyPort           | must be between 1 and 65535, not 70000",
            "file-extension      | pdf       | fileExtension       | must start with a dot and name an extension"})
    void aPropertyThatBreaksItsOptionsRuleStopsTheStartup(String property, String value, String option, String rule) {
        runner.withPropertyValues("camel.component.coveo-push." + property + "=" + value,
                        "camel.component.coveo-push.proxy-host=localhost",
                        "camel.component.coveo-push.push-api-url=" + coveo.pushApiUrl())
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isExactlyInstanceOf(InvalidOptionException.class)
                            .hasMessageStartingWith("the coveo-push component: " + option
                                                    + " (camel.component.coveo-push." + property + ") " + rule)
                            .extracting("option").isEqualTo(option);
                    assertThat(coveo.emulator().requests().total()).isZero();
                });
    }

    /** The component turns on stream-cache spooling in Spring Boot too: the strategy has not started when it is used. */
    @Test
    void validOptionsStartAndStreamCachesSpool() {
        runner.withPropertyValues("camel.component.coveo-push.push-api-url=" + coveo.pushApiUrl()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CamelContext.class).getStreamCachingStrategy().isSpoolEnabled()).isTrue();
        });
    }
}
