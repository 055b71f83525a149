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
package io.github.camelcoveo.push.client;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, 100, 1_000);

    @RepeatedTest(20)
    void backoffDoublesWithJitterAndStaysUnderTheMaximum() {
        assertThat(policy.delayBeforeRetry(1, null)).get().satisfies(d -> assertThat(d.toMillis()).isBetween(50L, 100L));
        assertThat(policy.delayBeforeRetry(2, null)).get().satisfies(d -> assertThat(d.toMillis()).isBetween(100L, 200L));
        assertThat(policy.delayBeforeRetry(3, null)).get().satisfies(d -> assertThat(d.toMillis()).isBetween(200L, 400L));
        assertThat(new RetryPolicy(50, 100, 1_000).delayBeforeRetry(40, null)).get()
                .satisfies(d -> assertThat(d.toMillis()).isBetween(500L, 1_000L));
    }

    @Test
    void noRetryBeyondTheMaximum() {
        assertThat(policy.delayBeforeRetry(4, null)).isEmpty();
        assertThat(new RetryPolicy(0, 100, 1_000).delayBeforeRetry(1, null)).isEmpty();
    }

    @Test
    void retryAfterIsUsedAsGivenUnlessItExceedsTheMaximum() {
        assertThat(policy.delayBeforeRetry(1, Duration.ofMillis(700))).contains(Duration.ofMillis(700));
        assertThat(policy.delayBeforeRetry(1, Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void retryAfterIsReadAsSecondsOrHttpDate() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryPolicy.parseRetryAfter("Sat, 28 Nov 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.parseRetryAfter("Sat, 28 Nov 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isNull();
        assertThat(RetryPolicy.parseRetryAfter(null, now)).isNull();
    }

    @Test
    void onlyThrottlingAndGatewayErrorsAreTransient() {
        assertThat(RetryPolicy.isTransient(429)).isTrue();
        assertThat(RetryPolicy.isTransient(502)).isTrue();
        assertThat(RetryPolicy.isTransient(503)).isTrue();
        assertThat(RetryPolicy.isTransient(504)).isTrue();
        assertThat(RetryPolicy.isTransient(400)).isFalse();
        assertThat(RetryPolicy.isTransient(401)).isFalse();
        assertThat(RetryPolicy.isTransient(413)).isFalse();
        assertThat(RetryPolicy.isTransient(500)).isFalse();
    }
}
