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

import java.util.ArrayList;
import java.util.List;

import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An unescaped '&' inside apiKey cuts the key there and makes its rest an option of its own: the endpoint fails,
 * says how many options it does not know and that the key needs RAW(...), and shows the rest of the key nowhere, in
 * no message of the failure and in no log line up to DEBUG.
 */
class UnknownOptionsTest {

    private static final String KEY_REST = "def123secret";

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization("org", "abc&" + KEY_REST)
            .source("src");

    @Test
    void aKeyCutByAnAmpersandFailsWithoutShowingItsRest() throws Exception {
        String uri = "coveo-push:src?organizationId=org&pushApiUrl=" + coveo.pushApiUrl() + "&apiKey=abc&" + KEY_REST;
        try (LogCapture logs = LogCapture.at(Level.DEBUG); DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            Throwable failure = catchThrowable(() -> context.getEndpoint(uri));

            assertThat(failure).isExactlyInstanceOf(UnknownOptionsException.class)
                    .hasMessageContaining("coveo-push:src has 1 unknown option, not named here")
                    .hasMessageContaining("apiKey=RAW(...)")
                    .hasMessageContaining("camel.component.coveo-push.api-key");
            assertThat(((UnknownOptionsException) failure).getCount()).isEqualTo(1);
            assertThat(messages(failure)).noneMatch(message -> message.contains(KEY_REST));
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(KEY_REST));
        }
        assertThat(coveo.emulator().requests().total()).isZero();
    }

    /** In a route, Camel's own message quotes the route's step as written; below it, and in the logs, nothing does. */
    @Test
    void inARouteOnlyCamelsQuoteOfTheStepRemains() throws Exception {
        try (LogCapture logs = LogCapture.at(Level.DEBUG); DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to("coveo-push:src?organizationId=org&apiKey=abc&" + KEY_REST + "=x&other=y");
                }
            });
            Throwable failure = catchThrowable(context::start);

            assertThat(failure).isExactlyInstanceOf(FailedToCreateRouteException.class)
                    .cause().isExactlyInstanceOf(UnknownOptionsException.class)
                    .hasMessageStartingWith("coveo-push:src has 2 unknown options, not named here: they may be parts"
                                            + " of the API key");
            assertThat(messages(failure.getCause())).noneMatch(message -> message.contains(KEY_REST));
            assertThat(logs.lines()).noneMatch(line -> line.contains(KEY_REST));
        }
    }

    /** Where no part of the key can be among them (a RAW key, or a key set elsewhere), the unknown options are named. */
    @Test
    void unknownOptionsAreNamedWhenTheyCannotBePartsOfTheKey() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThat(catchThrowable(() -> context.getEndpoint(
                    "coveo-push:src?organizationId=org&apiKey=RAW(abc&" + KEY_REST + ")&organisationId=x")))
                    .isExactlyInstanceOf(UnknownOptionsException.class)
                    .hasMessage("coveo-push:src has 1 unknown option: organisationId. Check the option names against"
                                + " the component's page.");
            context.getComponent("coveo-push", CoveoPushComponent.class).getConfiguration().setApiKey("key");
            assertThat(catchThrowable(() -> context.getEndpoint("coveo-push:src?organizationId=org&maxRetry=1")))
                    .isExactlyInstanceOf(UnknownOptionsException.class)
                    .hasMessageContaining("1 unknown option: maxRetry.");
        }
    }

    @Test
    void aRawKeyWithAnAmpersandAndOptionsInAnyCaseAreAccepted() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            CoveoPushEndpoint endpoint = context.getEndpoint("coveo-push:src?organizationId=org&APIKEY=RAW(abc&"
                                                             + KEY_REST + ")&maxretries=2&lazyStartProducer=true",
                    CoveoPushEndpoint.class);
            assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("abc&" + KEY_REST);
            assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(2);
        }
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(t.toString());
        }
        return messages;
    }
}
