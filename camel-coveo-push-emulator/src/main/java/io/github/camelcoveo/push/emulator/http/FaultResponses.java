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

import io.github.camelcoveo.push.emulator.RequestOutcome;
import io.github.camelcoveo.push.emulator.faults.InjectedFault;

import java.util.Optional;
import java.util.function.Supplier;

/** Runs a call under the fault picked for it, answers what Coveo's gateway would, and says what came of it. */
final class FaultResponses {

    /** The response to send and the outcome to record. */
    record Answer(ApiResponse response, RequestOutcome outcome) {
    }

    private FaultResponses() {
    }

    static Answer answer(Optional<InjectedFault> picked, Supplier<ApiResponse> call) {
        if (picked.isEmpty()) {
            return processed(call.get());
        }
        InjectedFault fault = picked.get();
        if (!fault.replacesResponse()) {
            return processed(call.get().delayed(fault.delay()));
        }
        boolean applied = fault.afterApplying() && call.get().isSuccess();
        RequestOutcome outcome = fault.dropConnection()
                ? (applied ? RequestOutcome.APPLIED_THEN_DROPPED : RequestOutcome.DROPPED)
                : (applied ? RequestOutcome.APPLIED_THEN_FAULT : RequestOutcome.FAULT);
        return new Answer(of(fault), outcome);
    }

    private static Answer processed(ApiResponse response) {
        return new Answer(response, response.isSuccess() ? RequestOutcome.ACCEPTED : RequestOutcome.REJECTED);
    }

    private static ApiResponse of(InjectedFault fault) {
        if (fault.dropConnection()) {
            return ApiResponse.connectionDrop().delayed(fault.delay());
        }
        String errorCode = switch (fault.status()) {
            case 429 -> "TOO_MANY_REQUESTS";
            case 500 -> "INTERNAL_SERVER_ERROR";
            case 502 -> "BAD_GATEWAY";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "GATEWAY_TIMEOUT";
            default -> "INJECTED_FAULT";
        };
        PushApiException rejection = new PushApiException(fault.status(), errorCode,
                "Injected by the emulator's fault injector.", fault.retryAfterSeconds());
        return ApiResponse.error(rejection).delayed(fault.delay());
    }
}
