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
package io.github.camelcoveo.examples.springboot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.github.camelcoveo.push.CoveoPushComponent;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the Spring Boot application (Spring Boot 4, camel-spring-boot 4.22) with the emulator's URL and key as
 * properties, drops a file into its inbox, and checks that the source holds exactly that document.
 */
@SpringBootTest(properties = "camel.main.run-controller=false")
class CoveoPushApplicationTest {

    private static final String ORG = "boot-org";
    private static final String KEY = "boot-key-3391";
    private static final String SOURCE = "boot-source";
    private static final Path INBOX;

    static {
        try {
            INBOX = Files.createTempDirectory("coveo-boot-inbox");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    @DynamicPropertySource
    static void coveoAndInbox(DynamicPropertyRegistry registry) {
        registry.add("camel.component.coveo-push.organization-id", () -> ORG);
        registry.add("camel.component.coveo-push.api-key", () -> KEY);
        registry.add("camel.component.coveo-push.push-api-url", coveo::pushApiUrl);
        registry.add("coveo.source", () -> SOURCE);
        registry.add("files.inbox", INBOX::toString);
    }

    @Autowired
    CamelContext camel;

    @Test
    void theApplicationPushesADroppedFile() throws Exception {
        // the camel.component.coveo-push.* properties reached the component, through camel-coveo-push-starter
        CoveoPushComponent component = camel.getComponent("coveo-push", CoveoPushComponent.class);
        assertThat(component.getConfiguration().getOrganizationId()).isEqualTo(ORG);
        assertThat(component.getConfiguration().getPushApiUrl()).isEqualTo(coveo.pushApiUrl());

        byte[] text = "Pushed by a Spring Boot application.\n".getBytes(StandardCharsets.UTF_8);
        Path staging = Files.write(INBOX.resolveSibling(INBOX.getFileName() + "-note.txt"), text);
        Files.move(staging, INBOX.resolve("note.txt"), StandardCopyOption.ATOMIC_MOVE);

        String id = INBOX.resolve("note.txt").toAbsolutePath().normalize().toUri().toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(INBOX.resolve(".done/note.txt")).exists();
            coveo.assertThat(SOURCE).hasItemCount(1).hasItem(id).withTitle("note.txt").withFileExtension(".txt")
                    .withContent(text);
        });
    }
}
