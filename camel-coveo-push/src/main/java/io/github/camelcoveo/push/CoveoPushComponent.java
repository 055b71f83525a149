package io.github.camelcoveo.push;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The {@code coveo-push} component. Options set here are the defaults of every endpoint. */
@Component(CoveoPushConstants.SCHEME)
public class CoveoPushComponent extends HealthCheckComponent {

    @Metadata(description = "The options shared by every endpoint of this component.")
    private CoveoPushConfiguration configuration = new CoveoPushConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new InvalidOptionException("sourceId", "The source id is required: coveo-push:sourceId");
        }
        ConfigurationRules.ofComponent().checkValues(configuration);
        CoveoPushConfiguration endpointConfiguration = configuration.copy();
        CoveoPushEndpoint endpoint = new CoveoPushEndpoint(uri, this, endpointConfiguration);
        endpoint.setSourceId(remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public CoveoPushConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CoveoPushConfiguration configuration) {
        this.configuration = configuration;
    }
}
