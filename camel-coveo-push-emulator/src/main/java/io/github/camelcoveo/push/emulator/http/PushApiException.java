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

/** A rejection the way Coveo reports it: an HTTP status and an error code. */
public class PushApiException extends RuntimeException {

    private final int statusCode;
    private final String errorCode;
    private final Integer retryAfterSeconds;

    public PushApiException(int statusCode, String errorCode, String message) {
        this(statusCode, errorCode, message, null);
    }

    public PushApiException(int statusCode, String errorCode, String message, Integer retryAfterSeconds) {
        super(message);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static PushApiException invalidJson(String message) {
        return new PushApiException(400, "INVALID_JSON", message);
    }

    public static PushApiException badRequest(String errorCode, String message) {
        return new PushApiException(400, errorCode, message);
    }

    public int statusCode() {
        return statusCode;
    }

    public String errorCode() {
        return errorCode;
    }

    /** Seconds for a {@code Retry-After} header, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
