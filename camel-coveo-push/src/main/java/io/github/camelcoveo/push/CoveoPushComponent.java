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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The {@code coveo-push} component. Options set here are the defaults of every endpoint. */
@Component(CoveoPushConstants.SCHEME)
public class CoveoPushComponent extends HealthCheckComponent implements SSLContextParametersAware {

    /** Options of every endpoint that {@code DefaultComponent} itself takes from the URI. */
    private static final Set<String> CAMEL_OPTIONS = Set.of("bridgeErrorHandler", "autowiredEnabled");
    private static final Pattern RAW_API_KEY = Pattern.compile("[?&]apiKey=RAW[({]", Pattern.CASE_INSENSITIVE);

    @Metadata(description = "The options shared by every endpoint of this component.")
    private CoveoPushConfiguration configuration = new CoveoPushConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Whether endpoints without `sslContextParameters` of their own (nor the component's) use"
                            + " the CamelContext's global SSL context parameters.")
    private boolean useGlobalSslContextParameters;

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        StreamCacheSpooling.adviseDefaults(getCamelContext());
    }

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
        if (endpointConfiguration.getSslContextParameters() == null) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    /**
     * Refuses unknown options before Camel logs the URI it creates an endpoint for, and without naming them when they
     * may be pieces of the API key (see {@link UnknownOptionsException}).
     */
    @Override
    protected void validateURI(String uri, String path, Map<String, Object> parameters) {
        super.validateURI(uri, path, parameters);
        if (!(getEndpointPropertyConfigurer() instanceof PropertyConfigurerGetter endpointOptions)) {
            return; // Camel's own check, after the options were set, still runs
        }
        List<String> unknown = parameters.keySet().stream()
                .filter(name -> !CAMEL_OPTIONS.contains(name) && endpointOptions.getOptionType(name, true) == null)
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        boolean keyMayBeCut = parameters.keySet().stream().anyMatch("apiKey"::equalsIgnoreCase)
                              && !RAW_API_KEY.matcher(uri).find();
        throw new UnknownOptionsException(CoveoPushConstants.SCHEME + ":" + path, unknown, keyMayBeCut);
    }

    public CoveoPushConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CoveoPushConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
