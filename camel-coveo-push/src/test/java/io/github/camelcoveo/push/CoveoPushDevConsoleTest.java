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

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** The coveo-push dev console, found as Camel's console registry finds it, lists each endpoint and what it did. */
class CoveoPushDevConsoleTest extends CoveoPushTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batch").to(coveo.batchedEndpoint("&batchMaxDocuments=2&requestsPerDay=1000"));
                from("direct:single").to(coveo.endpoint("single", "maxRetries=0"));
            }
        };
    }

    private DevConsole console() {
        DevConsoleRegistry registry = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class);
        return registry.resolveById("coveo-push");
    }

    @Test
    void listsEachEndpointWithItsLastBatchBudgetAndErrors() {
        coveo.stubFor(put(urlPathEqualTo(BASE + "/sources/single/documents"))
                .willReturn(aResponse().withStatus(400).withBody("{\"errorCode\":\"BAD\",\"message\":\"no " + API_KEY
                                                                 + "\"}")));
        template.sendBody("direct:batch", List.of(Map.of("documentId", "https://intranet/1", "data", "one"),
                Map.of("documentId", "https://intranet/2", "data", "two")));
        template.send("direct:single", e -> {
            e.getMessage().setBody("x");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/bad");
        });
        String fileId = coveo.batchPushes().get(0).queryParameter("fileId").firstValue();

        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON);
        JsonArray endpoints = (JsonArray) json.get("endpoints");
        assertThat(endpoints).hasSize(2);
        JsonObject batch = endpoint(endpoints, "src");
        assertThat(batch.getString("mode")).isEqualTo("batch");
        assertThat(batch.getLong("pendingDocuments")).isZero();
        assertThat(batch.getLong("batchesInFlight")).isZero();
        JsonObject lastBatch = batch.getMap("lastBatch") instanceof JsonObject o ? o : null;
        assertThat(lastBatch).isNotNull();
        assertThat(lastBatch.getInteger("documents")).isEqualTo(2);
        assertThat(lastBatch.getString("fileId")).isEqualTo(fileId);
        assertThat(lastBatch.getInteger("status")).isEqualTo(202);
        assertThat(lastBatch.getLong("bytes")).isEqualTo(coveo.uploads().get(0).getBody().length);
        assertThat(lastBatch.getLong("latencyMillis")).isNotNegative();
        assertThat(((JsonObject) batch.get("budget")).getInteger("requestsLeftToday")).isEqualTo(997);
        assertThat(((JsonObject) batch.get("budget")).getInteger("requestsLeftInWindow")).isEqualTo(-1);
        assertThat(((JsonObject) batch.get("counters")).getLong("accepted")).isEqualTo(2);
        assertThat((JsonArray) batch.get("lastErrors")).isEmpty();

        JsonObject single = endpoint(endpoints, "single");
        assertThat(single.getString("mode")).isEqualTo("single");
        assertThat(single.get("lastBatch")).isNull();
        assertThat(single.get("budget")).isNull();
        assertThat(((JsonObject) single.get("counters")).getLong("refused")).isEqualTo(1);
        assertThat((JsonArray) single.get("lastErrors")).singleElement().asString()
                .contains("addOrUpdate refused", "HTTP 400 BAD", "https://intranet/bad").doesNotContain(API_KEY);
        assertThat(json.toJson()).doesNotContain(API_KEY);

        String text = (String) console().call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("sourceId: single", "mode: batch", "fileId: " + fileId, "requestsLeftToday: 997")
                .doesNotContain(API_KEY);
    }

    private static JsonObject endpoint(JsonArray endpoints, String sourceId) {
        return endpoints.stream().map(JsonObject.class::cast).filter(e -> sourceId.equals(e.getString("sourceId")))
                .findFirst().orElseThrow();
    }
}
