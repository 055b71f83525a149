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
package io.github.camelcoveo.push.springboot;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelcoveo.push.CoveoPushComponent;
import io.github.camelcoveo.push.CoveoPushConfiguration;
import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.content.CompressionType;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minimal Spring Boot application with the starter, a route to {@code coveo-push:starter-source}, and only
 * {@code camel.component.coveo-push.*} properties: no bean of the application configures the component. Its
 * documents reach the Push API emulator in the one batch its batch settings ask for, compressed as set, and the API
 * key shows up nowhere in the output (the binding logs at DEBUG here).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = CoveoPushStarterTest.Application.class, properties = {
        "camel.component.coveo-push.organization-id = " + CoveoPushStarterTest.ORG,
        "camel.component.coveo-push.api-key = " + CoveoPushStarterTest.KEY,
        "camel.component.coveo-push.batch = true",
        "camel.component.coveo-push.batch-max-documents = 3",
        "camel.component.coveo-push.batch-linger-time = 30000",
        "camel.component.coveo-push.compression-type = gzip",
        "camel.component.coveo-push.file-extension = .txt",
        "camel.component.coveo-push.max-retries = 1",
        "logging.level.io.github.camelcoveo = DEBUG",
        "logging.level.org.apache.camel.spring.boot = DEBUG",
        "logging.level.org.springframework.boot.context.properties = DEBUG"})
class CoveoPushStarterTest {

    static final String ORG = "starter-org";
    static final String KEY = "xx-starter-key-5521";
    static final String SOURCE = "starter-source";

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    @DynamicPropertySource
    static void pushApiUrl(DynamicPropertyRegistry registry) {
        registry.add("camel.component.coveo-push.push-api-url", coveo::pushApiUrl);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder toCoveo() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:push").to("coveo-push:" + SOURCE);
                }
            };
        }
    }

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    CoveoPushComponentConfiguration properties;

    @Test
    void thePropertiesConfigureTheComponentAndItsDocumentsReachCoveo(CapturedOutput output) throws Exception {
        CoveoPushConfiguration configuration =
                camel.getComponent("coveo-push", CoveoPushComponent.class).getConfiguration();
        assertThat(configuration.getOrganizationId()).isEqualTo(ORG);
        assertThat(configuration.getApiKey()).isEqualTo(KEY);
        assertThat(configuration.getPushApiUrl()).isEqualTo(coveo.pushApiUrl());
        assertThat(configuration.getBatchMaxDocuments()).isEqualTo(3);
        assertThat(configuration.getBatchLingerTime()).isEqualTo(30000L);
        assertThat(configuration.getMaxRetries()).isEqualTo(1);
        // an option the application did not set keeps the component's default
        assertThat(configuration.getRegion()).isEqualTo("us");
        assertThat(configuration.getMaxConnections()).isEqualTo(new CoveoPushConfiguration().getMaxConnections());

        // three documents: the batch is full at three, long before its 30 s linger time
        List<CompletableFuture<Exchange>> sent = List.of(
                send("https://example.com/starter/1", "The first document."),
                send("https://example.com/starter/2", "The second document."),
                send("https://example.com/starter/3", "The third document."));
        for (CompletableFuture<Exchange> exchange : sent) {
            assertThat(exchange.get(20, TimeUnit.SECONDS).getException()).isNull();
        }

        coveo.assertThat(SOURCE).hasItemCount(3)
                .hasItem("https://example.com/starter/1").withContent(bytes("The first document."))
                .withFileExtension(".txt").withCompressionType(CompressionType.GZIP).and()
                .hasItem("https://example.com/starter/2").withContent(bytes("The second document.")).and()
                .hasItem("https://example.com/starter/3").withContent(bytes("The third document."));
        assertThat(coveo.emulator().requests().count(RequestKind.PUSH_BATCH)).isEqualTo(1);
        assertThat(coveo.emulator().requests().count(RequestKind.ADD_OR_UPDATE_DOCUMENT)).isZero();

        assertThat(properties.toString()).contains("organizationId=" + ORG, "apiKey=******").doesNotContain(KEY);
        assertThat(output.getAll()).contains(SOURCE).doesNotContain(KEY);
    }

    private CompletableFuture<Exchange> send(String documentId, String text) {
        return producer.asyncSend("direct:push", exchange -> {
            exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, documentId);
            exchange.getMessage().setBody(bytes(text));
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
