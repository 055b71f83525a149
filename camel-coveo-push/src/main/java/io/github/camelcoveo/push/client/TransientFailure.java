package io.github.camelcoveo.push.client;

import io.github.camelcoveo.push.error.CoveoPushApiException;
import java.time.Duration;

/** A failed attempt that may succeed if repeated. Carries the permanent exception to raise if retries run out. */
final class TransientFailure extends Exception {

    private final Duration retryAfter;
    private final transient CoveoPushApiException whenExhausted;

    TransientFailure(Duration retryAfter, CoveoPushApiException whenExhausted) {
        super(whenExhausted.getMessage(), null, false, false);
        this.retryAfter = retryAfter;
        this.whenExhausted = whenExhausted;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    CoveoPushApiException whenExhausted() {
        return whenExhausted;
    }
}
