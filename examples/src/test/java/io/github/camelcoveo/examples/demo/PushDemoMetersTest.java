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
package io.github.camelcoveo.examples.demo;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's summary prints what the component's Micrometer meters recorded, which agrees with the emulator. */
class PushDemoMetersTest {

    @Test
    void theSummaryPrintsTheMetersTheComponentRecorded() throws Exception {
        try (DemoTarget target = DemoTarget.emulated()) {
            DemoReport report = PushDemo.run(Path.of("samples"), target, Duration.ofSeconds(60));

            assertThat(report.meters()).startsWith("admitted 6, accepted 6, failed 0; ")
                    .contains(target.emulator().stats().requests() + " requests");
            assertThat(report.render()).contains("Meters:              admitted 6, accepted 6, failed 0");
        }
    }
}
