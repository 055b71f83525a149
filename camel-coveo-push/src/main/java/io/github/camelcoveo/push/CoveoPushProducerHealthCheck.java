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

import io.github.camelcoveo.push.batch.BatchIngester;
import io.github.camelcoveo.push.client.PushApiClient;
import io.github.camelcoveo.push.client.PushApiHealth;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a coveo-push producer, judged from the calls it made: DOWN once Coveo refuses the key, organization or
 * source (401, 403), or after several calls in a row got no answer. It sends no request of its own, since each one
 * would count against the organization's quotas.
 */
public class CoveoPushProducerHealthCheck extends AbstractHealthCheck {

    private final CoveoPushEndpoint endpoint;

    public CoveoPushProducerHealthCheck(CoveoPushEndpoint endpoint, String id) {
        super("camel", "producer:coveo-push-" + id);
        this.endpoint = endpoint;
    }

    /** Adds the endpoint's check to the context's producer checks, if it has them; returns what removes it. */
    static Runnable register(CoveoPushEndpoint endpoint) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (repository == null) {
            return () -> { };
        }
        CoveoPushProducerHealthCheck check = new CoveoPushProducerHealthCheck(endpoint, endpoint.getId());
        check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        repository.addHealthCheck(check);
        return () -> repository.removeHealthCheck(check);
    }

    @Override
    public boolean isLiveness() {
        return false; // a refused key is not fixed by restarting the application
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("organizationId", endpoint.getConfiguration().getOrganizationId());
        builder.detail("sourceId", endpoint.getSourceId());
        PushApiClient client = endpoint.services().client;
        if (client == null) {
            builder.message("The endpoint is not started").down();
            return;
        }
        PushApiHealth health = client.health();
        if (health.lastSuccess() != null) {
            builder.detail("lastSuccess", health.lastSuccess().toString());
        }
        if (health.lastFailure() != null) {
            builder.detail("lastFailure", health.lastFailure().toString());
            builder.detail("lastFailureStatus", health.lastFailureStatus());
            builder.detail("consecutiveFailures", health.consecutiveFailures());
        }
        BatchIngester ingester = endpoint.services().ingester;
        if (ingester != null) {
            builder.detail("pendingDocuments", ingester.pendingDocuments());
        }
        String problem = health.problem();
        if (problem != null) {
            builder.message(problem).down();
        } else {
            builder.up();
        }
    }
}
