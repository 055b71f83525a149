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
