package io.github.camelcoveo.push.emulator.faults;

import java.time.Duration;

/**
 * What a fault rule does to one request.
 *
 * @param status            the status to answer instead of processing, or 0 to process normally
 * @param retryAfterSeconds a {@code Retry-After} value, or null
 * @param delay             how long to hold the response
 * @param dropConnection    reset the connection instead of answering
 */
public record InjectedFault(int status, Integer retryAfterSeconds, Duration delay, boolean dropConnection) {

    public boolean replacesResponse() {
        return dropConnection || status > 0;
    }
}
