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

import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The millisecond options take Camel's duration forms, on endpoint URIs and on the component, and stay millis. */
class DurationOptionsTest {

    private static final String URI = "coveo-push:src?organizationId=org&apiKey=key";

    private DefaultCamelContext context;
    private CoveoPushComponent component;

    @BeforeEach
    void context() {
        context = new DefaultCamelContext();
        component = new CoveoPushComponent();
        context.addComponent("coveo-push", component);
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    static Stream<Arguments> durations() {
        return Stream.of(Arguments.of("5s", 5_000L), Arguments.of("PT5S", 5_000L), Arguments.of("500ms", 500L),
                Arguments.of("750", 750L), Arguments.of("1m30s", 90_000L));
    }

    @ParameterizedTest(name = "batchLingerTime={0}")
    @MethodSource("durations")
    void anEndpointUriTakesADuration(String value, long millis) {
        CoveoPushEndpoint endpoint = context.getEndpoint(URI + "&batchLingerTime=" + value, CoveoPushEndpoint.class);
        assertThat(endpoint.getConfiguration().getBatchLingerTime()).isEqualTo(millis);
    }

    @ParameterizedTest(name = "batchLingerTime={0}")
    @MethodSource("durations")
    void theComponentTakesADurationForEveryEndpoint(String value, long millis) {
        // as Camel Main and the Spring Boot starter set camel.component.coveo-push.* options
        PropertyBindingSupport.build().withConfigurer(new CoveoPushComponentConfigurer()).withRemoveParameters(false)
                .bind(context, component, Map.of("batchLingerTime", value));
        assertThat(component.getConfiguration().getBatchLingerTime()).isEqualTo(millis);
        assertThat(context.getEndpoint(URI, CoveoPushEndpoint.class).getConfiguration().getBatchLingerTime())
                .isEqualTo(millis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"batchLingerTime", "maxBlockTime", "requestWindow", "connectTimeout", "responseTimeout",
                            "retryInitialDelay", "retryMaxDelay"})
    void everyMillisecondOptionTakesADuration(String option) {
        CoveoPushEndpoint endpoint = context.getEndpoint(URI + "&" + option + "=2s"
                                                         + (option.equals("retryInitialDelay") ? "" : "&retryInitialDelay=1ms"),
                CoveoPushEndpoint.class);
        assertThat(millis(option).applyAsLong(endpoint.getConfiguration())).isEqualTo(2_000L);
    }

    @ParameterizedTest(name = "batchLingerTime={0}")
    @ValueSource(strings = {"soon", "5 parsecs", "PT5X"})
    void aValueThatIsNoDurationFailsTheEndpointsCreation(String value) {
        assertThatThrownBy(() -> context.getEndpoint(URI + "&batchLingerTime=" + value))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("batchLingerTime")
                .hasStackTraceContaining(value);
    }

    private static ToLongFunction<CoveoPushConfiguration> millis(String option) {
        return switch (option) {
            case "batchLingerTime" -> CoveoPushConfiguration::getBatchLingerTime;
            case "maxBlockTime" -> CoveoPushConfiguration::getMaxBlockTime;
            case "requestWindow" -> CoveoPushConfiguration::getRequestWindow;
            case "connectTimeout" -> CoveoPushConfiguration::getConnectTimeout;
            case "responseTimeout" -> CoveoPushConfiguration::getResponseTimeout;
            case "retryInitialDelay" -> CoveoPushConfiguration::getRetryInitialDelay;
            default -> CoveoPushConfiguration::getRetryMaxDelay;
        };
    }
}
