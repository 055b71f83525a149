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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private PushApiEmulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private PushClient start(PushApiEmulatorBuilder builder) {
        emulator = builder.port(0).clock(clock).organization("org", "key").source("org", "src").build().start();
        return new PushClient(emulator.pushApiUrl(), "org", "key");
    }

    @Test
    void requestQuotaPerWindowAnswers429WithRetryAfterUntilTheWindowEnds() {
        PushClient client = start(PushApiEmulator.builder().requestQuota(2, Duration.ofMinutes(5)));

        assertThat(client.pushDocument("src", "file://1", "{}").statusCode()).isEqualTo(202);
        clock.advance(Duration.ofMinutes(1));
        assertThat(client.pushDocument("src", "file://2", "{}").statusCode()).isEqualTo(202);
        var refused = client.pushDocument("src", "file://3", "{}");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(PushClient.json(refused).get("errorCode").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refused.headers().firstValue("Retry-After")).contains("240");
        clock.advance(Duration.ofMinutes(4));
        assertThat(client.pushDocument("src", "file://3", "{}").statusCode()).isEqualTo(202);
    }

    @Test
    void quotaIsPerOrganization() {
        PushClient client = start(PushApiEmulator.builder().requestQuota(1, Duration.ofMinutes(5)));
        emulator.addOrganization("org2", "key2").addSource("org2", "src");

        assertThat(client.pushDocument("src", "file://1", "{}").statusCode()).isEqualTo(202);
        assertThat(new PushClient(emulator.pushApiUrl(), "org2", "key2").pushDocument("src", "file://1", "{}").statusCode())
                .isEqualTo(202);
        assertThat(client.pushDocument("src", "file://2", "{}").statusCode()).isEqualTo(429);
    }

    @Test
    void dailyItemQuotaCountsSingleAndBatchItems() {
        PushClient client = start(PushApiEmulator.builder().dailyItemQuota(3));

        assertThat(client.pushDocument("src", "file://1", "{}").statusCode()).isEqualTo(202);
        String batch = "{\"addOrUpdate\":[{\"documentId\":\"file://2\"},{\"documentId\":\"file://3\"},{\"documentId\":\"file://4\"}]}";
        var refused = client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(PushClient.json(refused).get("errorCode").asText()).isEqualTo("TOO_MANY_DOCUMENTS_DAILY");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(emulator.items("org", "src")).hasSize(1);

        clock.advance(Duration.ofDays(1));
        assertThat(client.pushBatch("src", client.upload(batch.getBytes(StandardCharsets.UTF_8)), "").statusCode())
                .isEqualTo(202);
    }

    @Test
    void quotasCanChangeAtRunTime() {
        PushClient client = start(PushApiEmulator.builder());
        emulator.quotas().requestsPerWindow(1, Duration.ofHours(1));

        assertThat(client.pushDocument("src", "file://1", "{}").statusCode()).isEqualTo(202);
        assertThat(client.pushDocument("src", "file://2", "{}").statusCode()).isEqualTo(429);
        emulator.quotas().unlimited();
        assertThat(client.pushDocument("src", "file://2", "{}").statusCode()).isEqualTo(202);
    }
}
