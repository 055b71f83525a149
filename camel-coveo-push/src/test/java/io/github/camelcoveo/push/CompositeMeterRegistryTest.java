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
package io.github.camelcoveo.push;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With several registries, as Spring Boot has with more than one exporter, the meters go to the composite one. */
class CompositeMeterRegistryTest extends CoveoPushTestSupport {

    private final SimpleMeterRegistry exporter = new SimpleMeterRegistry();
    private final CompositeMeterRegistry composite = new CompositeMeterRegistry().add(exporter);

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("exporter", exporter);
        registry.bind("composite", composite);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:push").to(coveo.endpoint("src", ""));
            }
        };
    }

    @Test
    void theCompositeRegistryGetsTheMeters() {
        template.send("direct:push", e -> {
            e.getMessage().setBody("x");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/1");
        });
        assertThat(composite.get("coveo.push.documents.accepted").counter().count()).isEqualTo(1);
        assertThat(exporter.get("coveo.push.documents.accepted").counter().count()).isEqualTo(1);
    }
}
