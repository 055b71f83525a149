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

import io.github.camelcoveo.push.CoveoPushComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong camel.component.coveo-push.* property stops the application at startup, naming the property. */
@ExtendWith(OutputCaptureExtension.class)
class CoveoPushStarterStartupFailureTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CamelAutoConfiguration.class, CoveoPushComponentAutoConfiguration.class));

    @Test
    void aMisspelledOptionFailsTheStartup() {
        runner.withPropertyValues("camel.component.coveo-push.organisation-id=myorg").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("camel.component.coveo-push.organisation-id")
                    .hasMessageContaining("were left unbound");
        });
    }

    @Test
    void aValueOutsideAnEnumFailsTheStartup() {
        runner.withPropertyValues("camel.component.coveo-push.compression-type=brotli").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "Failed to bind properties under 'camel.component.coveo-push.compression-type'");
        });
        runner.withPropertyValues("camel.component.coveo-push.region=mars").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessage(
                    "camel.component.coveo-push.region must be one of [us, eu, au, ca], not 'mars'");
        });
    }

    @Test
    void aValueOfTheWrongTypeFailsTheStartup() {
        runner.withPropertyValues("camel.component.coveo-push.max-retries=five").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "Failed to bind properties under 'camel.component.coveo-push.max-retries' to java.lang.Integer");
        });
        runner.withPropertyValues("camel.component.coveo-push.configuration=not-a-reference").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "takes a reference to a bean, #bean:name, not 'not-a-reference'");
        });
    }

    @Test
    void validOptionsStartAndRegionIsCaseInsensitive() {
        runner.withPropertyValues("camel.component.coveo-push.region=EU", "camel.component.coveo-push.batch=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CoveoPushComponent component = context.getBean(CamelContext.class)
                            .getComponent("coveo-push", CoveoPushComponent.class);
                    assertThat(component.getConfiguration().getRegion()).isEqualTo("eu");
                    assertThat(component.getConfiguration().isBatch()).isFalse();
                });
    }

    @Test
    void theStarterCanBeTurnedOff() {
        runner.withPropertyValues("camel.component.coveo-push.enabled=false",
                "camel.component.coveo-push.organization-id=ignored").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(CoveoPushComponentConfiguration.class);
                    CoveoPushComponent component = context.getBean(CamelContext.class)
                            .getComponent("coveo-push", CoveoPushComponent.class);
                    assertThat(component.getConfiguration().getOrganizationId()).isNull();
                });
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }

    /** What a user sees: Spring Boot's failure report names the property, its value and the reason, never a key. */
    @Test
    void theApplicationReportsTheWrongPropertyAndNoKey(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.coveo-push.api-key=xx-never-shown-7731",
                        "camel.component.coveo-push.region=mars");
        assertThatThrownBy(application::run).hasStackTraceContaining("camel.component.coveo-push.region");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("camel.component.coveo-push.region must be one of [us, eu, au, ca], not 'mars'")
                .doesNotContain("xx-never-shown-7731");
    }
}
