package io.github.camelcoveo.push.emulator.http;

import io.github.camelcoveo.push.emulator.faults.InjectedFault;

/** Turns an injected fault into what Coveo's gateway would answer. */
final class FaultResponses {

    private FaultResponses() {
    }

    static ApiResponse of(InjectedFault fault) {
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
