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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelcoveo.push.CoveoPushComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code coveo-push} component from {@code camel.component.coveo-push.*}, as the auto-configuration
 * of every camel-xxx-starter does: a {@link ComponentCustomizer} copies the options the application set onto each
 * {@link CoveoPushComponent} Camel creates. {@code camel.component.coveo-push.enabled=false} (or
 * {@code camel.component.enabled=false}) turns it off, {@code camel.component.coveo-push.customizer.enabled=false}
 * turns off the customizer only.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, CoveoPushComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.coveo-push"})
public class CoveoPushComponentAutoConfiguration {

    static final String PREFIX = "camel.component.coveo-push";

    private final ApplicationContext applicationContext;
    private final CoveoPushComponentConfiguration configuration;

    public CoveoPushComponentAutoConfiguration(ApplicationContext applicationContext,
            CoveoPushComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    /** Turns {@code #bean:name} (or {@code #name}) values of the object options into the Spring beans they name. */
    @Bean
    @ConfigurationPropertiesBinding
    static CoveoPushComponentConverter coveoPushComponentConverter(ApplicationContext applicationContext) {
        return new CoveoPushComponentConverter(applicationContext);
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureCoveoPushComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                copyOptions(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        PREFIX + ".customizer") && target instanceof CoveoPushComponent;
            }
        };
    }

    /**
     * Copies the options the application set onto the component with Camel's property binding (the component's
     * configurer). An option that could not be set fails the startup with its name; values are not shown, as one of
     * them may be the API key.
     */
    static void copyOptions(CamelContext camelContext, CoveoPushComponentConfiguration configuration,
            Component target) {
        Map<String, Object> options = new LinkedHashMap<>(configuration.configuredOptions());
        options.values().removeIf(value -> value == null);
        CamelPropertiesHelper.copyProperties(camelContext, options, target);
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("Cannot set " + options.keySet().stream()
                    .map(option -> PREFIX + "." + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "))
                    + " on the coveo-push component " + target.getClass().getName()
                    + ": it has no such option or the value does not fit its type");
        }
    }
}
