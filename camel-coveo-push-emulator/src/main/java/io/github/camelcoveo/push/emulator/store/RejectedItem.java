package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;

/** An item the Push API accepted and the index then refused: not in its source, with the reason. */
public record RejectedItem(String documentId, long orderingId, String reason, Instant at) {
}
