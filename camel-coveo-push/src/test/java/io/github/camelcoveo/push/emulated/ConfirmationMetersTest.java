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
package io.github.camelcoveo.push.emulated;

import java.time.Duration;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An item Coveo refused at indexing is counted in the meters, as the confirmation found it. */
class ConfirmationMetersTest extends EmulatedRouteTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:single").to(uri("single", "&batch=false&retryInitialDelay=10&confirmationDelay=100"
                                                       + "&rejectedItemsUri=mock:rejected"));
            }
        };
    }

    @Test
    void itemsRefusedAtIndexingAreCounted() {
        coveo.indexingRules().rejectDocument(ORG, "single", "file://refused", "conversion failed");
        template.sendBodyAndHeader("direct:single", "fine", CoveoPushConstants.DOCUMENT_ID, "file://fine");
        template.sendBodyAndHeader("direct:single", "refused", CoveoPushConstants.DOCUMENT_ID, "file://refused");

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            FunctionCounter rejected = meters.find("coveo.push.documents.rejected.at.indexing").functionCounter();
            return rejected != null && rejected.count() == 1.0;
        });
        assertThat(meters.find("coveo.push.documents.rejected.at.indexing").tag("source", "single")
                .functionCounter()).isNotNull();
    }
}
