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
package io.github.camelcoveo.examples.kafka;

import java.time.Duration;
import java.util.Optional;

import io.github.camelcoveo.push.bucket4j.Bucket4jRequestBudget;
import io.github.camelcoveo.push.budget.CoveoApi;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.TimeUtils;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request budget for every instance of the Kafka example: a {@link Bucket4jRequestBudget} kept in PostgreSQL,
 * built from the settings {@code coveo.budget.*} and bound in the registry, where the {@code coveo-push} component
 * autowires it (its option {@code requestBudget}). All instances that reach the same database draw from one bucket per
 * organization, so together they never send more than {@code coveo.budget.requestsPerWindow} Push API requests in any
 * {@code coveo.budget.window}, and a 429 met by one pauses them all.
 * <p>
 * Camel Main runs it ({@code camel.main.configuration-classes}). Without {@code coveo.budget.jdbcUrl} it binds nothing,
 * and each instance keeps the component's own in-JVM budget ({@code requests-per-window}).
 */
public class SharedBudgetConfiguration implements CamelConfiguration {

    /** The bean's name in the registry; the component autowires it, or name it with {@code requestBudget=#coveoBudget}. */
    public static final String BEAN = "coveoBudget";
    private static final Logger LOG = LoggerFactory.getLogger(SharedBudgetConfiguration.class);

    @Override
    public void configure(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        Optional<String> jdbcUrl = setting(properties, "coveo.budget.jdbcUrl");
        if (jdbcUrl.isEmpty()) {
            LOG.info("No coveo.budget.jdbcUrl: this instance keeps a budget of its own (requests-per-window)");
            return;
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl.get());
        setting(properties, "coveo.budget.user").ifPresent(dataSource::setUser);
        setting(properties, "coveo.budget.password").ifPresent(dataSource::setPassword);
        long requests = Long.parseLong(required(properties, "coveo.budget.requestsPerWindow"));
        Duration window = TimeUtils.toDuration(required(properties, "coveo.budget.window"));
        Bucket4jRequestBudget.Builder builder = Bucket4jRequestBudget.postgresql(dataSource)
                .requestsPerWindow(CoveoApi.PUSH, requests, window);
        setting(properties, "coveo.budget.burstShare").map(Double::parseDouble).ifPresent(builder::burstShare);
        Bucket4jRequestBudget budget = builder.build();
        context.getRegistry().bind(BEAN, budget);
        // closed with the CamelContext (the component never closes a budget it was given)
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                budget.close();
            }
        });
        LOG.info("A request budget shared through PostgreSQL: {} Push API requests per {}", requests, window);
    }

    private static Optional<String> setting(PropertiesComponent properties, String name) {
        return properties.resolveProperty(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static String required(PropertiesComponent properties, String name) {
        return setting(properties, name).orElseThrow(() -> new IllegalArgumentException(
                name + " is required with coveo.budget.jdbcUrl (the shared request budget)"));
    }
}
