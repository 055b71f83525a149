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

import java.lang.management.ManagementFactory;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The endpoint as jconsole sees it: its counters, gauges and last error, and its operations, by ObjectName. */
class EndpointMBeanTest extends CoveoPushTestSupport {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withJMX(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a long linger: only flush sends the batch
                from("direct:batch").to(coveo.batchedEndpoint("&batchLingerTime=600000&requestsPerWindow=50"));
            }
        };
    }

    private ObjectName endpoint() throws Exception {
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                                 + ",type=endpoints,*"), null);
        return names.stream().filter(name -> name.getKeyProperty("name").contains("coveo-push")).findFirst()
                .orElseThrow(() -> new AssertionError("no coveo-push endpoint among " + names));
    }

    private Object attribute(String name) throws Exception {
        return server.getAttribute(endpoint(), name);
    }

    @Test
    void countersGaugesFlushAndReset() throws Exception {
        assertThat(endpoint().toString()).doesNotContain(API_KEY);
        template.asyncSend("direct:batch", e -> {
            e.getMessage().setBody("one");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/1");
        });
        await().until(() -> (Long) attribute("PendingDocuments") == 1);
        assertThat(attribute("DocumentsAdmitted")).isEqualTo(1L);
        assertThat(attribute("DocumentsAccepted")).isEqualTo(0L);
        assertThat(attribute("RequestsLeftInWindow")).isEqualTo(50);
        assertThat(attribute("RequestsLeftToday")).isEqualTo(-1);

        server.invoke(endpoint(), "flush", null, null);
        await().until(() -> (Long) attribute("DocumentsAccepted") == 1);
        assertThat(attribute("PendingDocuments")).isEqualTo(0L);
        assertThat(attribute("BatchesAccepted")).isEqualTo(1L);
        assertThat(attribute("Requests")).isEqualTo(3L); // file container, upload, batch push
        assertThat(attribute("RequestsLeftInWindow")).isEqualTo(47);
        assertThat((Long) attribute("BytesSent")).isPositive();
        assertThat(attribute("LastError")).isNull();

        server.invoke(endpoint(), "resetCounters", null, null);
        assertThat(attribute("DocumentsAdmitted")).isEqualTo(0L);
        assertThat(attribute("Requests")).isEqualTo(0L);
    }

    @Test
    void theLastErrorSaysWhatCoveoRefusedWithoutTheKey() throws Exception {
        coveo.stubFor(put(urlPathEqualTo(BATCH)).willReturn(aResponse().withStatus(403)
                .withBody("{\"errorCode\":\"ACCESS_DENIED\",\"message\":\"key " + API_KEY + " may not push\"}")));
        template.asyncSend("direct:batch", e -> {
            e.getMessage().setBody("one");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/denied");
        });
        await().until(() -> (Long) attribute("PendingDocuments") == 1);
        server.invoke(endpoint(), "flush", null, null);
        // the failure's counters and its last error are written one after the other on the completion thread
        await().untilAsserted(() -> {
            assertThat(attribute("DocumentsFailed")).isEqualTo(1L);
            assertThat(attribute("DocumentsRefused")).isEqualTo(1L);
            assertThat(attribute("BatchesFailed")).isEqualTo(1L);
            assertThat((String) attribute("LastError")).contains("addOrUpdate refused", "https://intranet/denied",
                    "403", "ACCESS_DENIED").doesNotContain(API_KEY);
        });
    }
}
