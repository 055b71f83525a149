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
import java.util.stream.Stream;

import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every option with a rule, broken on the endpoint URI and on the component: the context does not start, the failure
 * is an {@link InvalidOptionException} naming the option (as a property, when set on the component) and the rule,
 * and no request reached the Push API.
 */
class OptionRulesTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "key").source("src");

    /** The option and value that break a rule, and words of the rule the message must give. */
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("maxRetries", "-1", "must be 0 or more (0 for no retry), not -1"),
                broken("retryInitialDelay", "-5", "must be 0 or more (milliseconds), not -5"),
                broken("retryMaxDelay", "500", "must be at least retryInitialDelay (1000 ms), not 500"),
                broken("connectTimeout", "0", "must be at least 1 (milliseconds), not 0"),
                broken("responseTimeout", "-1", "must be at least 1 (milliseconds), not -1"),
                broken("maxConnections", "0", "must be at least 1, not 0"),
                broken("workerPoolSize", "0", "must be at least 1, not 0"),
                broken("requestsPerWindow", "-1", "must be 0 or more (0 for no limit), not -1"),
                broken("requestWindow", "0", "must be at least 1 (milliseconds), not 0"),
                broken("requestsPerDay", "-250", "must be 0 or more (0 for no limit), not -250"),
                broken("queueDelay", "-1", "must be 0 or more (minutes), not -1"),
                broken("batchMaxDocuments", "0", "must be at least 1, not 0"),
                broken("batchMaxBytes", "100", "must be between 1024 and 256000000, not 100"),
                broken("batchMaxBytes", "300000000", "must be between 1024 and 256000000, not 300000000"),
                broken("batchLingerTime", "-1", "must be 0 or more (milliseconds), not -1"),
                broken("maxBatchesInFlight", "0", "must be at least 1, not 0"),
                broken("maxPendingDocuments", "-3", "must be at least 1, not -3"),
                broken("maxPendingBytes", "-1", "must be 0 or more (0 for a quarter of the heap), not -1"),
                broken("maxFailuresInFlight", "0", "must be at least 1, not 0"),
                broken("maxBlockTime", "-1", "must be 0 or more (milliseconds), not -1"),
                broken("proxyPort", "70000", "must be between 1 and 65535, not 70000"),
                broken("proxyPort", "0", "must be between 1 and 65535, not 0"),
                broken("fileExtension", "pdf", "must start with a dot and name an extension, such as .pdf: 'pdf'"),
                broken("timeZone", "Mars/Olympus", "'Mars/Olympus' is no time zone"),
                broken("region", "mars", "region must be one of us, eu, au, ca: 'mars'"),
                broken("environment", "qa", "environment must be one of prod, hipaa, dev, stg: 'qa'"),
                broken("pushApiUrl", "http://coveo.example.com/push/v1", "only loopback hosts"),
                broken("defaultPermissions", "ROBOT:r2d2", "breaks the permission model"));
    }

    private static Arguments broken(String option, String value, String rule) {
        return Arguments.of(option, value, rule);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("brokenRules")
    void anEndpointOptionThatBreaksItsRuleStopsTheStart(String option, String value, String rule) throws Exception {
        String extra = option.equals("proxyPort") ? "&proxyHost=localhost" : "";
        String pushApiUrl = option.equals("pushApiUrl") ? "" : "&pushApiUrl=" + coveo.pushApiUrl();
        InvalidOptionException error = startFails("coveo-push:src?organizationId=org&apiKey=key" + pushApiUrl + "&"
                                                  + option + "=" + value + extra, Map.of());
        assertThat(error.getOption()).isEqualTo(option);
        assertThat(error.getMessage()).startsWith("coveo-push:src: ").contains(option).contains(rule);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("brokenRules")
    void aComponentOptionThatBreaksItsRuleStopsTheStartNamingItsProperty(String option, String value, String rule)
            throws Exception {
        Map<String, Object> component = option.equals("proxyPort") ? Map.of(option, value, "proxyHost", "localhost")
                : Map.of(option, value);
        InvalidOptionException error = startFails("coveo-push:src?organizationId=org&apiKey=key&pushApiUrl="
                                                  + coveo.pushApiUrl(), component);
        assertThat(error.getOption()).isEqualTo(option);
        assertThat(error.getMessage()).startsWith("the coveo-push component: ")
                .contains("camel.component.coveo-push." + StringHelper.camelCaseToDash(option)).contains(rule);
    }

    @Test
    void theRequiredOptionsAndAProxyPortWithoutHostStopTheStart() throws Exception {
        String base = "coveo-push:src?pushApiUrl=" + coveo.pushApiUrl();
        assertThat(startFails(base + "&apiKey=key", Map.of()))
                .hasMessage("coveo-push:src: organizationId is required: set it on the endpoint, or once on the"
                            + " component (camel.component.coveo-push.organization-id)");
        assertThat(startFails(base + "&organizationId=org", Map.of()).getOption()).isEqualTo("apiKey");
        assertThat(startFails(base + "&organizationId=org&apiKey=key&proxyPort=3128", Map.of()))
                .hasMessage("coveo-push:src: proxyPort is set without proxyHost: set both, or neither");
        assertThat(startFails(base + "&organizationId=org&apiKey=key&synchronous=true", Map.of()))
                .hasMessage("coveo-push:src: synchronous needs batch=false: with batches, each exchange would hold its"
                            + " thread until Coveo accepted its whole batch");
    }

    /** The lowest values that make sense start: 0 where 0 means off, the default or at once. */
    @ParameterizedTest
    @ValueSource(strings = {"maxRetries=0", "retryInitialDelay=0&retryMaxDelay=0", "requestsPerWindow=0",
                            "requestsPerDay=0", "queueDelay=0", "batchLingerTime=0", "maxPendingBytes=0",
                            "maxBlockTime=0", "batchMaxBytes=1024", "batchMaxBytes=256000000", "connectTimeout=1",
                            "proxyHost=localhost&proxyPort=65535", "fileExtension=.txt"})
    void theLowestSensibleValuesStart(String options) throws Exception {
        try (DefaultCamelContext context = contextWith("coveo-push:src?organizationId=org&apiKey=key&pushApiUrl="
                                                       + coveo.pushApiUrl() + "&" + options, Map.of())) {
            assertThatNoException().isThrownBy(context::start);
        }
    }

    private static InvalidOptionException startFails(String uri, Map<String, Object> componentOptions)
            throws Exception {
        try (DefaultCamelContext context = contextWith(uri, componentOptions)) {
            Throwable failure = catchThrowable(context::start);
            assertThat(failure).as("the start of %s", uri).isNotNull();
            Throwable cause = failure;
            while (cause != null && !(cause instanceof InvalidOptionException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("an InvalidOptionException in %s", failure).isExactlyInstanceOf(
                    InvalidOptionException.class);
            assertThat(coveo.emulator().requests().total()).as("requests sent").isZero();
            return (InvalidOptionException) cause;
        }
    }

    private static DefaultCamelContext contextWith(String uri, Map<String, Object> componentOptions) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        CoveoPushComponent component = new CoveoPushComponent();
        context.addComponent("coveo-push", component);
        // as Camel Main and the Spring Boot starter set camel.component.coveo-push.* options
        PropertyBindingSupport.build().withConfigurer(new CoveoPushComponentConfigurer()).withRemoveParameters(false)
                .bind(context, component, componentOptions);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(uri);
            }
        });
        return context;
    }
}
