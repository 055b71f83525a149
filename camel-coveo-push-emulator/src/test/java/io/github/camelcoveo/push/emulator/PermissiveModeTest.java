package io.github.camelcoveo.push.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermissiveModeTest {

    @Test
    void createsSourcesAndOrganizationsOnFirstUse() {
        try (PushApiEmulator emulator = PushApiEmulator.builder().port(0).permissive().build().start()) {
            PushClient client = new PushClient(emulator.pushApiUrl(), "demo", "any-key");

            assertThat(client.pushDocument("new-source", "file://a", "{\"title\":\"A\"}").statusCode()).isEqualTo(202);
            assertThat(emulator.items("demo", "new-source")).hasSize(1);
            assertThat(new PushClient(emulator.pushApiUrl(), "demo", "other-key")
                    .pushDocument("new-source", "file://b", "{}").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void strictModeIsTheDefault() {
        try (PushApiEmulator emulator = PushApiEmulator.builder().port(0).organization("demo", "k").build().start()) {
            PushClient client = new PushClient(emulator.pushApiUrl(), "demo", "k");

            assertThat(client.pushDocument("new-source", "file://a", "{}").statusCode()).isEqualTo(404);
            assertThat(emulator.source("demo", "new-source")).isEmpty();
        }
    }
}
