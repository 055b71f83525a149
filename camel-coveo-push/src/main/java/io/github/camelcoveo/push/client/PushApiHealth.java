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

import io.github.camelcoveo.push.error.CoveoPushApiException;
import java.time.Instant;

/**
 * What the most recent Push API calls of an endpoint tell about its health, without making calls of its own: every
 * request counts against the organization's quotas, so a health check must not send any.
 */
public final class PushApiHealth {

    /** Consecutive failures without an HTTP answer (timeouts, refused or reset connections) that mean "down". */
    static final int UNREACHABLE_AFTER = 3;

    private Instant lastSuccess;
    private Instant lastFailure;
    private int lastFailureStatus;
    private String lastFailureMessage;
    private int consecutiveFailures;
    private int consecutiveUnanswered;
    private String refusal;

    synchronized void succeeded() {
        lastSuccess = Instant.now();
        consecutiveFailures = 0;
        consecutiveUnanswered = 0;
        refusal = null;
    }

    synchronized void failed(CoveoPushApiException error) {
        lastFailure = Instant.now();
        lastFailureStatus = error.getStatusCode();
        consecutiveFailures++;
        if (error.getStatusCode() == 0) {
            consecutiveUnanswered++;
            if (consecutiveUnanswered >= UNREACHABLE_AFTER) {
                refusal = null;
            }
        } else {
            // an answer, even a refusal of one document, shows the service is there
            consecutiveUnanswered = 0;
            refusal = error.getStatusCode() == 401 || error.getStatusCode() == 403 ? error.getMessage() : null;
        }
        lastFailureMessage = error.getMessage();
    }

    /** The reason the Push API is not usable, or null while it is. */
    public synchronized String problem() {
        if (refusal != null) {
            return "Coveo refuses the API key, organization or source: " + refusal;
        }
        if (consecutiveUnanswered >= UNREACHABLE_AFTER) {
            return consecutiveUnanswered + " calls in a row got no answer from the Push API: " + lastFailureMessage;
        }
        return null;
    }

    public synchronized Instant lastSuccess() {
        return lastSuccess;
    }

    public synchronized Instant lastFailure() {
        return lastFailure;
    }

    public synchronized int lastFailureStatus() {
        return lastFailureStatus;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }
}
