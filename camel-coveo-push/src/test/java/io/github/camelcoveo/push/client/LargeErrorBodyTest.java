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

import java.util.stream.Stream;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.CoveoPushTestSupport;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcoveo.push.PushApiDouble.API_KEY;
import static io.github.camelcoveo.push.PushApiDouble.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coveo's error code is kept from an error body of any size, first or last in it, and only the start of its
 * message: the exception stays small, and the key stays out of it even where the message is cut.
 */
class LargeErrorBodyTest extends CoveoPushTestSupport {

    private static final String DOCUMENTS = BASE + "/sources/src/documents";
    private static final int KEPT = ErrorBody.MAX_MESSAGE;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:push").to(coveo.endpoint("src", "maxRetries=0"));
            }
        };
    }

    static Stream<Arguments> largeBodies() {
        return Stream.of(Arguments.of(100_000, true), Arguments.of(100_000, false), Arguments.of(5_000_000, true),
                Arguments.of(5_000_000, false));
    }

    @ParameterizedTest(name = "{0} bytes, errorCode first: {1}")
    @MethodSource("largeBodies")
    void theErrorCodeIsKeptAndTheMessageCut(int size, boolean codeFirst) {
        String message = "m".repeat(size / 2);
        String details = "d".repeat(size / 2);
        String code = "\"errorCode\":\"INVALID_JSON\"";
        String fields = "\"message\":\"" + message + "\",\"details\":\"" + details + "\"";
        refuseWith(400, "{" + (codeFirst ? code + "," + fields : fields + "," + code) + "}");

        CoveoPushApiException error = push().getException(CoveoPushApiException.class);

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getErrorCode()).isEqualTo("INVALID_JSON");
        assertThat(error.getCoveoMessage()).isEqualTo("m".repeat(KEPT) + "... (cut)");
        assertThat(error.getMessage()).contains("HTTP 400 INVALID_JSON: mmm").hasSizeLessThan(KEPT + 200);
        coveo.verify(1, putRequestedFor(urlPathEqualTo(DOCUMENTS)));
    }

    @Test
    void aBodyThatIsNoJsonGivesItsStart() {
        refuseWith(502, "<html><body>" + "Bad gateway. ".repeat(100_000) + "</body></html>");

        CoveoPushApiException error = push().getException(CoveoPushApiException.class);

        assertThat(error.getErrorCode()).isNull();
        assertThat(error.getCoveoMessage()).startsWith("<html><body>Bad gateway. ").endsWith("... (cut)")
                .hasSize(KEPT + "... (cut)".length());
    }

    @Test
    void aKeyAtTheCutIsRedactedWhole() {
        String before = "x".repeat(KEPT - API_KEY.length() / 2);
        refuseWith(401, "{\"errorCode\":\"INVALID_TOKEN\",\"message\":\"" + before + API_KEY + "y\"}");

        CoveoPushApiException error = push().getException(CoveoPushApiException.class);

        assertThat(error.getErrorCode()).isEqualTo("INVALID_TOKEN");
        assertThat(error.getCoveoMessage()).startsWith(before + "***")
                .doesNotContain(API_KEY.substring(0, API_KEY.length() / 2));
    }

    @Test
    void smallBodiesReadAsBefore() {
        refuseWith(403, "{\"type\":\"ACCESS_DENIED\",\"errorMessage\":\"no privilege\",\"code\":7}");
        CoveoPushApiException typed = push().getException(CoveoPushApiException.class);
        assertThat(typed.getErrorCode()).isEqualTo("ACCESS_DENIED");
        assertThat(typed.getCoveoMessage()).isEqualTo("no privilege");

        refuseWith(400, "{\"code\":412,\"message\":null,\"error\":\"limit\"}");
        CoveoPushApiException numbered = push().getException(CoveoPushApiException.class);
        assertThat(numbered.getErrorCode()).isEqualTo("412");
        assertThat(numbered.getCoveoMessage()).isEqualTo("limit");
    }

    private static void refuseWith(int status, String body) {
        coveo.resetAll();
        coveo.stubFor(put(urlPathEqualTo(DOCUMENTS)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private Exchange push() {
        return template.request("direct:push", e -> {
            e.getMessage().setBody("text");
            e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://x/1");
        });
    }
}
