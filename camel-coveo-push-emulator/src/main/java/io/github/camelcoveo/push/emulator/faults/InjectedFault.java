package io.github.camelcoveo.push.emulator.faults;

import java.time.Duration;

/**
 * What a fault rule does to one request.
 *
 * @param status            the status to answer instead of the call's own answer, or 0 for none
 * @param retryAfterSeconds a {@code Retry-After} value, or null
 * @param delay             how long to hold the response
 * @param dropConnection    reset the connection instead of answering
 * @param afterApplying     process and apply the call first, then answer with the fault
 */
public record InjectedFault(int status, Integer retryAfterSeconds, Duration delay, boolean dropConnection,
                            boolean afterApplying) {

    /** Whether the client gets the fault (a status or a reset) instead of the call's own answer. */
    public boolean replacesResponse() {
        return dropConnection || status > 0;
    }
}
