package io.github.camelcoveo.examples.springboot;

import io.github.camelcoveo.push.CoveoPushComponent;
import io.github.camelcoveo.push.CoveoPushConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code camel.component.coveo-push.*} (organization-id, api-key, region, push-api-url, batch, max-retries...)
 * to the component. camel-spring-boot binds these properties only for components that ship a Spring Boot starter;
 * until camel-coveo-push has one, these two beans do its work.
 */
@Configuration(proxyBeanMethods = false)
public class CoveoPushComponentProperties {

    @Bean
    @ConfigurationProperties(prefix = "camel.component.coveo-push")
    CoveoPushConfiguration coveoPushConfiguration() {
        return new CoveoPushConfiguration();
    }

    @Bean("coveo-push")
    CoveoPushComponent coveoPushComponent(CoveoPushConfiguration configuration) {
        CoveoPushComponent component = new CoveoPushComponent();
        component.setConfiguration(configuration);
        return component;
    }
}
