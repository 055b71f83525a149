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
package io.github.camelcoveo.push.emulator.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The one WireMock extension of the emulator: every request matches a catch-all stub, and this transformer
 * routes it to the Push API (and the Platform API's fields), the emulated S3 upload URIs or the content browser.
 * Every answer carries a {@code Date} header from the emulator's clock, as Coveo's do (RFC 9110): clients read the
 * server's time from it, for example the fence of a full sync that several instances must agree on.
 */
public final class EmulatorDispatcher implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "coveo-push-emulator";

    private final PushApiService pushApi;
    private final UploadHandler uploads;
    private final Function<HttpExchange, ApiResponse> contentBrowser;
    private final Clock clock;

    public EmulatorDispatcher(PushApiService pushApi, UploadHandler uploads,
                              Function<HttpExchange, ApiResponse> contentBrowser, Clock clock) {
        this.pushApi = pushApi;
        this.uploads = uploads;
        this.contentBrowser = contentBrowser;
        this.clock = clock;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        HttpExchange exchange = new HttpExchange(serveEvent.getRequest());
        return route(exchange)
                .header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)))
                .toResponseDefinition();
    }

    private ApiResponse route(HttpExchange exchange) {
        String path = exchange.path();
        if (path.startsWith("/push/v1/") || path.startsWith("/rest/") || path.startsWith("/logs/v1/")) {
            return pushApi.handle(exchange);
        }
        if (path.startsWith(FileContainerHandler.UPLOAD_PATH)) {
            return uploads.handle(exchange);
        }
        if (path.equals("/emulator") || path.startsWith("/emulator/")) {
            return contentBrowser.apply(exchange);
        }
        return ApiResponse.error(new PushApiException(404, "NOT_FOUND",
                "The emulator serves /push/v1/organizations/{orgId}/..., "
                + "/rest/organizations/{orgId}/indexes/..., /logs/v1/organizations/{orgId} and /emulator/."));
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
