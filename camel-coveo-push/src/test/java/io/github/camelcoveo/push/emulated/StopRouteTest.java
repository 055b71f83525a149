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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.LogCapture;
import io.github.camelcoveo.push.emulator.RequestKind;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping a context while Coveo is slow to answer: the stop takes Camel's shutdown timeout and a little more, not
 * the component's own timeouts, and every exchange still waiting is answered with an exception that says Coveo may
 * still apply it.
 */
@Timeout(60)
class StopRouteTest extends EmulatedRouteTestSupport {

    private static final int SHUTDOWN_TIMEOUT_SECONDS = 2;

    @BeforeEach
    void shortShutdownTimeout() {
        context.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String uri = uri("src", "&batchLingerTime=100&responseTimeout=120000&retryMaxDelay=60000");
                from("direct:batched").to(uri);
                from("direct:single").to(uri + "&batch=false");
                from("direct:synchronous").to(uri + "&batch=false&synchronous=true");
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "batched", "single", "synchronous" })
    void aStopWithCoveoSlowTakesTheShutdownTimeoutAndAnswersEveryExchange(String route) {
        RequestKind kind = route.equals("batched") ? RequestKind.PUSH_BATCH : RequestKind.ADD_OR_UPDATE_DOCUMENT;
        coveo.faults().rate(1.0).delay(Duration.ofSeconds(40)).onlyFor(kind); // accepted, but only after 40 s
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "https://kb/" + i;
            sent.add(template.asyncSend("direct:" + route, e -> {
                e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, id);
                e.getMessage().setBody("text");
            }));
        }
        await().until(() -> coveo.requests().all().stream().anyMatch(r -> r.kind() == kind)
                            || route.equals("batched") && coveo.requests().count(RequestKind.UPLOAD_TO_FILE_CONTAINER) > 0);

        long start = System.nanoTime();
        try (LogCapture logs = LogCapture.at(Level.WARN)) {
            context.stop();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isLessThan(Duration.ofSeconds(SHUTDOWN_TIMEOUT_SECONDS + 5));
            for (CompletableFuture<Exchange> future : sent) {
                assertThat(future).isDone();
                assertThat(future.join().getException()).isNotNull();
            }
            if (route.equals("batched")) {
                assertThat(sent.get(0).join().getException()).hasMessageContaining("may still be applied");
                assertThat(logs.lines()).anyMatch(line -> line.contains("WARN") && line.contains("20 documents")
                                                          && line.contains("Coveo may still apply"));
            }
        }
    }
}
