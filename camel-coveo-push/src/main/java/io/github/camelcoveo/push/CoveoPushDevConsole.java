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

import java.util.Locale;
import java.util.Map;

import io.github.camelcoveo.push.metrics.PushStats;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.StringHelper;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/** Each coveo-push endpoint: its source, mode, what is pending and in flight, its last batch, budgets and errors. */
@DevConsole(name = "coveo-push", displayName = "Coveo Push", description = "Coveo Push endpoints")
public class CoveoPushDevConsole extends AbstractDevConsole {

    public CoveoPushDevConsole() {
        super("camel", "coveo-push", "Coveo Push", "Coveo Push endpoints");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        doCallJson(options).forEach((key, value) -> append(text, key, value, ""));
        return text.toString();
    }

    private static void append(StringBuilder text, String key, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            text.append(indent).append(key).append(":\n");
            map.forEach((k, v) -> append(text, String.valueOf(k), v, indent + "    "));
        } else if (value instanceof Iterable<?> list) {
            text.append(indent).append(key).append(":\n");
            list.forEach(item -> append(text, "-", item, indent + "    "));
        } else {
            text.append(indent).append(key).append(": ").append(value).append('\n');
        }
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray endpoints = new JsonArray();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof CoveoPushEndpoint coveo) {
                endpoints.add(describe(coveo));
            }
        }
        JsonObject root = new JsonObject();
        root.put("endpoints", endpoints);
        return root;
    }

    private static JsonObject describe(CoveoPushEndpoint endpoint) {
        JsonObject json = new JsonObject();
        json.put("uri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
        json.put("sourceId", endpoint.getSourceId());
        json.put("mode", endpoint.getConfiguration().isBatch() ? "batch" : "single");
        CoveoPushEndpoint.BatchFigures figures = endpoint.batchFigures();
        json.put("pendingDocuments", figures.pendingDocuments());
        json.put("pendingBytes", figures.pendingBytes());
        json.put("batchesReady", figures.batchesReady());
        json.put("batchesInFlight", figures.batchesInFlight());
        PushStats.LastBatch last = endpoint.stats().lastBatch();
        if (last != null) {
            JsonObject batch = new JsonObject();
            batch.put("documents", last.documents());
            batch.put("bytes", last.bytes());
            batch.put("fileId", last.fileId());
            batch.put("latencyMillis", last.latencyMillis());
            batch.put("status", last.status());
            batch.put("at", last.at().toString());
            json.put("lastBatch", batch);
        }
        if (endpoint.requestBudget() != null) {
            JsonObject budget = new JsonObject();
            budget.put("requestsLeftInWindow", endpoint.getRequestsLeftInWindow());
            budget.put("requestsLeftToday", endpoint.getRequestsLeftToday());
            budget.put("requestsWaiting", endpoint.requestBudget().waiting());
            json.put("budget", budget);
        }
        JsonObject counters = new JsonObject();
        for (PushStats.Count count : PushStats.Count.values()) {
            counters.put(StringHelper.dashToCamelCase(count.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    endpoint.stats().count(count));
        }
        json.put("counters", counters);
        JsonArray errors = new JsonArray();
        endpoint.stats().lastErrors().forEach(error -> errors.add(error.toString()));
        json.put("lastErrors", errors);
        return json;
    }
}
