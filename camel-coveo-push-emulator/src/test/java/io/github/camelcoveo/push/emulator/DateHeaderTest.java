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

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer carries the emulator's time in a {@code Date} header, the way a client reads Coveo's clock. */
class DateHeaderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private PushApiEmulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void answersCarryTheEmulatorsClockRejectionsAndUnknownPathsIncluded() {
        emulator = PushApiEmulator.builder().port(0).clock(clock).organization("org", "key").source("org", "src")
                .build().start();
        PushClient client = new PushClient(emulator.pushApiUrl(), "org", "key");

        assertThat(client.pushDocument("src", "file://1", "{}").headers().firstValue("Date"))
                .contains("Sat, 1 Mar 2025 10:00:00 GMT");
        clock.advance(Duration.ofSeconds(90));
        // without a key, and on a path that is no operation: the time all the same, as Coveo's gateway gives it
        assertThat(PushClient.get(emulator.pushApiUrl()).headers().firstValue("Date"))
                .contains("Sat, 1 Mar 2025 10:01:30 GMT");
    }
}
