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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.camelcoveo.push.emulator.content.StrictJson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A response under construction, turned into WireMock's ResponseDefinition at the end. */
public final class ApiResponse {

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;
    private final String errorCode;
    private Duration delay = Duration.ZERO;
    private boolean dropConnection;

    private ApiResponse(int status, String contentType, byte[] body, String errorCode) {
        this.status = status;
        this.body = body;
        this.errorCode = errorCode;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    public static ApiResponse json(int status, Object value) {
        try {
            return new ApiResponse(status, "application/json", StrictJson.mapper().writeValueAsBytes(value), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, new byte[0], null);
    }

    public static ApiResponse html(String page) {
        return new ApiResponse(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), null);
    }

    public static ApiResponse bytes(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body, null);
    }

    /** Coveo's error body: {@code {"statusCode":400,"errorCode":"INVALID_JSON","message":"..."}}. */
    public static ApiResponse error(PushApiException rejection) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", rejection.statusCode());
        body.put("errorCode", rejection.errorCode());
        body.put("message", rejection.getMessage());
        body.put("requestId", UUID.randomUUID().toString());
        ApiResponse response = json(rejection.statusCode(), body);
        if (rejection.retryAfterSeconds() != null) {
            response.header("Retry-After", String.valueOf(rejection.retryAfterSeconds()));
        }
        return new ApiResponse(response, rejection.errorCode());
    }

    /** An S3-style XML error, for the emulated upload URIs. */
    public static ApiResponse s3Error(int status, String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message><RequestId>" + UUID.randomUUID() + "</RequestId></Error>";
        return new ApiResponse(status, "application/xml", xml.getBytes(StandardCharsets.UTF_8), code);
    }

    public static ApiResponse connectionDrop() {
        ApiResponse response = new ApiResponse(0, null, new byte[0], "CONNECTION_RESET");
        response.dropConnection = true;
        return response;
    }

    private ApiResponse(ApiResponse copy, String errorCode) {
        this(copy.status, null, copy.body, errorCode);
        headers.putAll(copy.headers);
    }

    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ApiResponse delayed(Duration delay) {
        this.delay = delay;
        return this;
    }

    public int status() {
        return status;
    }

    /** A 2xx answer: the call was applied. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The Coveo (or S3) error code of a rejection, or null. */
    public String errorCode() {
        return errorCode;
    }

    public ResponseDefinition toResponseDefinition() {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
        if (!delay.isZero()) {
            builder.withFixedDelay((int) delay.toMillis());
        }
        if (dropConnection) {
            return builder.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        builder.withStatus(status).withBody(body);
        headers.forEach(builder::withHeader);
        return builder.build();
    }
}
