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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.emulator.PushApiEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The endpoint of {@code rejectedItemsUri} is the one the Camel context holds for that URI. Camel's getEndpoint is not
 * atomic for a URI it does not hold yet: two threads resolving it at once each create an endpoint, and one of them
 * keeps an endpoint no one else sees. The component once resolved the URI when it reported the first refused item, on
 * a worker, and an item reported while a test's getMockEndpoint (or anything else) first resolved the same URI went
 * to that lost endpoint (ConfirmationRouteTest failed about one run in ten). Here endpoint creation off the test's
 * thread waits until the test itself has resolved the URI, which makes that interleaving happen every time. Resolved
 * at start, a URI that names no endpoint also stops the start instead of losing the first refused item.
 */
@Timeout(60)
class RejectedItemsEndpointTest extends CamelTestSupport {

    private static final String ORG = "org-rejected-endpoint";
    private static final String KEY = "rejected-endpoint-key-44";
    private static PushApiEmulator coveo;
    private final GatedMockComponent gated = new GatedMockComponent();

    /** A mock component whose endpoints, once held, are created off the holding thread only when it lets them. */
    static final class GatedMockComponent extends MockComponent {
        final List<MockEndpoint> created = new CopyOnWriteArrayList<>();
        final CountDownLatch creatingElsewhere = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile Thread holder;

        @Override
        protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters)
                throws Exception {
            Thread owner = holder;
            if (owner != null && Thread.currentThread() != owner) {
                creatingElsewhere.countDown();
                if (!release.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let " + uri + " be created");
                }
            }
            MockEndpoint endpoint = (MockEndpoint) super.createEndpoint(uri, remaining, parameters);
            created.add(endpoint);
            return endpoint;
        }

        int received() {
            return created.stream().mapToInt(MockEndpoint::getReceivedCounter).sum();
        }
    }

    @BeforeAll
    static void startEmulator() {
        coveo = PushApiEmulator.builder().port(0).bindAddress("127.0.0.1").organization(ORG, KEY)
                .source(ORG, "batched").build().start();
    }

    @AfterAll
    static void stopEmulator() {
        coveo.stop();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        camel.addComponent("gated", gated);
        return camel;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batched").to("coveo-push:batched?organizationId=" + ORG + "&apiKey=" + KEY
                                          + "&pushApiUrl=" + coveo.pushApiUrl() + "&retryInitialDelay=10"
                                          + "&batchLingerTime=50&confirmationDelay=100"
                                          + "&rejectedItemsUri=gated:rejected");
            }
        };
    }

    @Test
    void aRefusedItemReachesTheContextsEndpointOfTheUriWhenAnotherThreadResolvesItMeanwhile() {
        gated.holder = Thread.currentThread();
        coveo.indexingRules().rejectDocument(ORG, "batched", "file://b", "invalid permissions");
        template.sendBody("direct:batched", List.of(Map.of("documentId", "file://a", "data", "a"),
                Map.of("documentId", "file://b", "data", "b"), Map.of("documentId", "file://c", "data", "c")));

        // the refused item reached an endpoint of the URI, or one is being created for it on another thread
        await().atMost(Duration.ofSeconds(15))
                .until(() -> gated.received() > 0 || gated.creatingElsewhere.getCount() == 0);
        MockEndpoint held = context.getEndpoint("gated:rejected", MockEndpoint.class);
        gated.release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> gated.received() == 1);
        assertThat(held.getReceivedExchanges()).as("exchanges on the endpoint the context holds").singleElement()
                .satisfies(item -> assertThat(item.getMessage().getHeader(CoveoPushConstants.DOCUMENT_ID))
                        .isEqualTo("file://b"));
        assertThat(gated.created).as("endpoints created for gated:rejected").hasSize(1);
        assertThat(context.getEndpoint("gated:rejected")).isSameAs(held);
    }

    @Test
    void aRejectedItemsUriThatNamesNoEndpointStopsTheStartNotTheFirstRefusedItem() {
        long requests = coveo.requests().total();
        assertThatThrownBy(() -> context.getEndpoint("coveo-push:batched?organizationId=" + ORG + "&apiKey=" + KEY
                                                     + "&pushApiUrl=" + coveo.pushApiUrl()
                                                     + "&rejectedItemsUri=nosuchcomponent:rejected").start())
                .hasStackTraceContaining("No endpoint could be found for: nosuchcomponent://rejected");
        assertThat(coveo.requests().total()).as("requests to Coveo").isEqualTo(requests);
    }
}
