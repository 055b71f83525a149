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
package io.github.camelcoveo.push.emulated;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.CoveoPushEndpoint;
import io.github.camelcoveo.push.LogCapture;
import io.github.camelcoveo.push.emulator.PushApiEmulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Confirmation end to end: the emulator accepts every item, refuses some when it indexes them and tells so in its
 * Logs API; the refused items, and only they, reach {@code rejectedItemsUri}. An organization whose key may not read
 * logs ({@code blind}) pushes on, with one clear WARN.
 */
@Timeout(60)
class ConfirmationRouteTest extends CamelTestSupport {

    private static final String ORG = "org-confirm";
    private static final String KEY = "confirm-key-42";
    private static final String BLIND_KEY = "blind-key-43";
    private static PushApiEmulator coveo;

    @BeforeAll
    static void startEmulator() {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY)
                .source(ORG, "batched").source(ORG, "single").source(ORG, "later")
                .organization("blind", BLIND_KEY).source("blind", "src").withoutLogsPrivilege("blind")
                .build().start();
    }

    @AfterAll
    static void stopEmulator() {
        coveo.stop();
    }

    @BeforeEach
    void resetEmulator() {
        coveo.reset();
    }

    private static String uri(String org, String key, String source, String options) {
        return "coveo-push:" + source + "?organizationId=" + org + "&apiKey=" + key + "&pushApiUrl="
               + coveo.pushApiUrl() + "&retryInitialDelay=10&batchLingerTime=50&rejectedItemsUri=mock:rejected" + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the batched endpoint finds the Logs API next to pushApiUrl; the single one is told where it is
                from("direct:batched").to(uri(ORG, KEY, "batched", "&confirmationDelay=100"));
                from("direct:single").to(uri(ORG, KEY, "single", "&batch=false&confirmationDelay=100&logsApiUrl="
                                                                 + coveo.logsApiUrl()));
                from("direct:blind").to(uri("blind", BLIND_KEY, "src", "&batch=false&confirmationDelay=100"));
                from("direct:later").to(uri(ORG, KEY, "later", "&batch=false&confirmationDelay=1h"));
            }
        };
    }

    private static List<Map<String, Object>> documents(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> Map.<String, Object>of("documentId", id, "data", "text of " + id))
                .toList();
    }

    private MockEndpoint rejected() {
        return getMockEndpoint("mock:rejected");
    }

    @Test
    void anItemOfABatchRefusedAtIndexingReachesRejectedItemsUriAndOnlyIt() throws Exception {
        coveo.indexingRules().rejectDocument(ORG, "batched", "file://b", "invalid permissions");
        template.sendBody("direct:batched", documents("file://a", "file://b", "file://c"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rejected().getExchanges()).hasSize(1));
        Exchange item = rejected().getExchanges().get(0);
        assertThat(item.getMessage().getHeader(CoveoPushConstants.DOCUMENT_ID)).isEqualTo("file://b");
        assertThat(item.getMessage().getHeader(CoveoPushConstants.REJECTION_REASON, String.class))
                .contains("invalid permissions");
        Map<?, ?> body = item.getMessage().getBody(Map.class);
        assertThat(body.get("fileId")).as("the batch's container").isNotNull();
        assertThat(body.get("sourceId")).isEqualTo("batched");
        assertThat(endpoint("batched").getItemsRejectedAtIndexing()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> endpoint("batched").getPendingConfirmations() == 0);
        assertThat(rejected().getExchanges()).hasSize(1);
    }

    @Test
    void aSingleDocumentRefusedAtIndexingReachesRejectedItemsUri() throws Exception {
        coveo.indexingRules().rejectDocument(ORG, "single", "file://y", "conversion failed");
        template.sendBodyAndHeader("direct:single", "x", CoveoPushConstants.DOCUMENT_ID, "file://x");
        template.sendBodyAndHeader("direct:single", "y", CoveoPushConstants.DOCUMENT_ID, "file://y");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rejected().getExchanges()).hasSize(1));
        Map<?, ?> body = rejected().getExchanges().get(0).getMessage().getBody(Map.class);
        assertThat(body.get("documentId")).isEqualTo("file://y");
        assertThat(body.get("reason")).isEqualTo("conversion failed");
        assertThat(body.get("fileId")).isNull();
        assertThat(body.get("orderingId")).isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> endpoint("single").getPendingConfirmations() == 0);
        assertThat(rejected().getExchanges()).hasSize(1);
    }

    @Test
    void withoutThePrivilegeToReadLogsOneWarnAndPushingGoesOn() throws Exception {
        try (LogCapture logs = LogCapture.at(Level.WARN)) {
            template.sendBodyAndHeader("direct:blind", "a", CoveoPushConstants.DOCUMENT_ID, "file://a");
            await().atMost(Duration.ofSeconds(10)).until(() -> logs.lines().stream().anyMatch(l -> l.contains("403")));
            template.sendBodyAndHeader("direct:blind", "b", CoveoPushConstants.DOCUMENT_ID, "file://b");

            assertThat(coveo.indexingLog("blind", "file://b")).isNotEmpty();
            List<String> refusals = logs.lines().stream().filter(l -> l.contains("indexing logs")).toList();
            assertThat(refusals).hasSize(1);
            assertThat(refusals.get(0)).contains("privileges to read logs").doesNotContain(BLIND_KEY);
            assertThat(endpoint("src").getPendingConfirmations()).isZero();
        }
        assertThat(rejected().getExchanges()).isEmpty();
    }

    @Test
    void stoppingWithChecksPendingStopsAtOnce() {
        template.sendBodyAndHeader("direct:later", "a", CoveoPushConstants.DOCUMENT_ID, "file://a");
        CoveoPushEndpoint later = endpoint("later");
        assertThat(later.getPendingConfirmations()).isEqualTo(1);
        context.getShutdownStrategy().setTimeout(5);

        long start = System.nanoTime();
        context.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(later.getPendingConfirmations()).isZero();
    }

    private CoveoPushEndpoint endpoint(String source) {
        return context.getEndpoints().stream().filter(CoveoPushEndpoint.class::isInstance)
                .map(CoveoPushEndpoint.class::cast).filter(e -> e.getSourceId().equals(source)).findFirst()
                .orElseThrow();
    }
}
