package io.github.camelcoveo.push.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainTest {

    @Test
    void commandLineConfiguresOrganizationSourcesAndPort() {
        try (PushApiEmulator emulator = Main.configure(new String[] {"--port", "0", "--org", "demo", "--api-key", "secret",
                "--source", "a", "--source", "b", "--request-quota", "10/60"}).build().start()) {
            assertThat(emulator.source("demo", "a")).isPresent();
            assertThat(emulator.source("demo", "b")).isPresent();
            PushClient client = new PushClient(emulator.pushApiUrl(), "demo", "secret");
            assertThat(client.pushDocument("b", "file://x", "{}").statusCode()).isEqualTo(202);
        }
    }

    @Test
    void unknownOptionIsRefused() {
        assertThatThrownBy(() -> Main.configure(new String[] {"--nope"})).hasMessageContaining("--nope");
    }
}
