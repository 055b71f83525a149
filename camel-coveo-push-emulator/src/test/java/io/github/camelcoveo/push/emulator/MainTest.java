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
    void retentionOptionsBoundWhatASoakKeeps() {
        try (PushApiEmulator emulator = Main.configure(new String[] {"--port", "0", "--retain-requests", "1",
                "--retain-content-up-to", "2"}).build().start()) {
            PushClient client = new PushClient(emulator.pushApiUrl(), "demo", "secret");
            client.pushDocument("src", "file://x", "{\"data\":\"abc\"}");
            client.pushDocument("src", "file://y", "{}");

            assertThat(emulator.requests().all()).hasSize(1);
            assertThat(emulator.item("demo", "src", "file://x").orElseThrow().isContentRetained()).isFalse();
        }
    }

    @Test
    void catalogSourcesComeFromTheCommandLine() {
        try (PushApiEmulator emulator = Main.configure(new String[] {"--port", "0", "--catalog-source", "cat"})
                .build().start()) {
            assertThat(emulator.source("demo", "cat").orElseThrow().isCatalog()).isTrue();
            assertThat(emulator.source("demo", "src")).as("no default Push source then").isEmpty();
        }
    }

    @Test
    void unknownOptionIsRefused() {
        assertThatThrownBy(() -> Main.configure(new String[] {"--nope"})).hasMessageContaining("--nope");
    }
}
