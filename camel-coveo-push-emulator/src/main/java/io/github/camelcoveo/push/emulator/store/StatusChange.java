package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;

/** One {@code POST /status} call received for a source. */
public record StatusChange(String statusType, Instant at) {
}
