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
package io.github.camelcoveo.push.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    private PushApiEmulator emulator;
    private PushClient client;

    @BeforeEach
    void start() {
        emulator = PushApiEmulator.builder().port(0).faultSeed(1)
                .organization("org", "key").source("org", "src").build().start();
        client = new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int push(String id) {
        return client.pushDocument("src", id, "{}").statusCode();
    }

    @Test
    void failNextAnswers429WithRetryAfterThenRecovers() {
        emulator.faults().failNext(2).withStatus(429).retryAfterSeconds(1);

        var first = client.pushDocument("src", "file://a", "{}");
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("1");
        assertThat(PushClient.json(first).get("errorCode").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(push("file://a")).isEqualTo(429);
        assertThat(push("file://a")).isEqualTo(202);
        assertThat(emulator.items("org", "src")).hasSize(1);
        assertThat(emulator.faults().rules()).isEmpty();
    }

    @Test
    void aFullRateAnswers503UntilCleared() {
        emulator.faults().rate(1.0).withStatus(503);

        assertThat(IntStream.range(0, 5).map(i -> push("file://" + i))).containsOnly(503);
        emulator.faults().clear();
        assertThat(push("file://ok")).isEqualTo(202);
    }

    @Test
    void aPartialRateHitsSomeCallsOnly() {
        emulator.faults().rate(0.5).withStatus(503);

        int[] statuses = IntStream.range(0, 40).map(i -> push("file://" + i)).toArray();

        assertThat(statuses).contains(503, 202).containsOnly(503, 202);
    }

    @Test
    void gatewayTimeout504() {
        emulator.faults().failNext(1).withStatus(504);

        var response = client.pushDocument("src", "file://a", "{}");
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(PushClient.json(response).get("errorCode").asText()).isEqualTo("GATEWAY_TIMEOUT");
        assertThat(emulator.items("org", "src")).isEmpty();
    }

    @Test
    void delayHoldsTheNormalResponse() {
        emulator.faults().failNext(1).delay(Duration.ofMillis(700));

        long start = System.nanoTime();
        assertThat(push("file://slow")).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(emulator.items("org", "src")).hasSize(1);
    }

    @Test
    void dropConnectionResetsTheSocket() {
        emulator.faults().failNext(1).dropConnection();

        assertThatThrownBy(() -> push("file://a")).isInstanceOf(UncheckedIOException.class);
        assertThat(push("file://a")).isEqualTo(202);
    }

    @Test
    void onlyForLimitsARuleToSomeKinds() {
        emulator.faults().rate(1.0).withStatus(503).onlyFor(RequestKind.PUSH_BATCH);

        assertThat(push("file://a")).isEqualTo(202);
        assertThat(client.pushBatch("src", "any", "").statusCode()).isEqualTo(503);
    }

    @Test
    void faultsCanBeSetAtBuildTime() {
        try (PushApiEmulator faulty = PushApiEmulator.builder().port(0)
                .faults(f -> f.failNext(1).withStatus(503))
                .organization("org", "key").source("org", "src").build().start()) {
            PushClient faultyClient = new PushClient(faulty.pushApiUrl(), "org", "key");
            assertThat(faultyClient.pushDocument("src", "file://a", "{}").statusCode()).isEqualTo(503);
            assertThat(faultyClient.pushDocument("src", "file://a", "{}").statusCode()).isEqualTo(202);
        }
    }
}
