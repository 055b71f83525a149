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
package io.github.camelcoveo.push.client;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.CoveoPushTestSupport;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** A call that fails without an answer Coveo wrote says what failed: the exception's type, and its message if any. */
class CallFailureMessagesTest extends CoveoPushTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:nowhere").to("coveo-push:src?organizationId=org&apiKey=key&batch=false&maxRetries=0"
                                          + "&pushApiUrl=https://no-such-host.invalid/push/v1");
                from("direct:large").to(coveo.endpoint("src", "maxRetries=0&compressionType=UNCOMPRESSED"));
            }
        };
    }

    @Test
    void anUnknownHostIsNamedWithItsExceptionsType() {
        CoveoPushApiException error = push("direct:nowhere", "text").getException(CoveoPushApiException.class);
        assertThat(error.getStatusCode()).isZero();
        assertThat(error.getCoveoMessage()).startsWith("UnknownHostException: no-such-host.invalid");
    }

    @Test
    void anUnreadableFileContainerSaysWhatWasWrong() {
        coveo.stubFor(post(urlPathEqualTo(BASE + "/files")).willReturn(aResponse().withStatus(201).withBody("{}")));
        CoveoPushApiException error = push("direct:large", "x".repeat(6_000_000))
                .getException(CoveoPushApiException.class);
        assertThat(error.getErrorCode()).isEqualTo("INVALID_RESPONSE");
        assertThat(error.getCoveoMessage())
                .isEqualTo("unreadable file container: IllegalStateException: no uploadUri or fileId");
    }

    private Exchange push(String endpoint, String body) {
        return template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/1");
        });
    }
}
