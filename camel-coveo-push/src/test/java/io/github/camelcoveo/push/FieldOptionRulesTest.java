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

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The fields options with a rule, broken on the endpoint and on the component: the context does not start. */
class FieldOptionRulesTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "fieldTypeConflict, sometimes, fieldTypeConflict must be one of fail, coerce, ignore: 'sometimes'",
        "platformApiUrl, http://coveo.example.com/rest, platformApiUrl uses plain http to coveo.example.com",
        "platformApiUrl, ftp://localhost/rest, platformApiUrl must use http or https, not ftp"
    })
    void aBrokenFieldsOptionStopsTheStart(String option, String value, String rule) throws Exception {
        InvalidOptionException onEndpoint = startFails("&" + option + "=" + value, Map.of());
        assertThat(onEndpoint.getOption()).isEqualTo(option);
        assertThat(onEndpoint.getMessage()).startsWith("coveo-push:src: ").contains(rule);
        InvalidOptionException onComponent = startFails("", Map.of(option, value));
        assertThat(onComponent.getMessage()).startsWith("the coveo-push component: ").contains(rule);
    }

    private static InvalidOptionException startFails(String options, Map<String, Object> componentOptions)
            throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            CoveoPushComponent component = new CoveoPushComponent();
            context.addComponent("coveo-push", component);
            PropertyBindingSupport.build().withConfigurer(new CoveoPushComponentConfigurer())
                    .withRemoveParameters(false).bind(context, component, componentOptions);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to("coveo-push:src?organizationId=org&apiKey=key"
                                         + "&pushApiUrl=http://localhost:1/push/v1" + options);
                }
            });
            Throwable cause = catchThrowable(context::start);
            while (cause != null && !(cause instanceof InvalidOptionException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(InvalidOptionException.class);
            return (InvalidOptionException) cause;
        }
    }
}
