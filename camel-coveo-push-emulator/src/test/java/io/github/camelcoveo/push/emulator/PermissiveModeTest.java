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
