package io.github.camelcoveo.push;

import java.util.HashMap;
import java.util.Map;

import io.github.camelcoveo.push.document.OrderingClock;
import org.apache.camel.Exchange;

/**
 * The orderingIds an exchange's operations were given at its first attempt, by document (or identity) key, so that
 * a redelivery of the exchange sends each operation with the same orderingId: a late attempt then never wins over a
 * newer version accepted in between. They are kept in an exchange property only while the exchange has failed, and
 * read back (and removed) when it arrives again; a success leaves nothing on the exchange.
 */
final class ExchangeOrderingIds {

    /** The exchange property that carries them between a failure and the redelivery. */
    static final String PROPERTY = "CamelCoveoPushOrderingIds";

    private final Map<String, Long> previous;
    /** The first key given an orderingId, and its orderingId: most exchanges have one document. */
    private String onlyKey;
    private long onlyOrderingId;
    private Map<String, Long> given;

    private ExchangeOrderingIds(Map<String, Long> previous) {
        this.previous = previous;
    }

    /** Those of the exchange's previous attempt, if it failed; removed from the exchange. */
    @SuppressWarnings("unchecked")
    static ExchangeOrderingIds recall(Exchange exchange) {
        Object kept = exchange.hasProperties() ? exchange.removeProperty(PROPERTY) : null;
        return new ExchangeOrderingIds(kept instanceof Map<?, ?> map ? (Map<String, Long>) map : Map.of());
    }

    /** The orderingId the previous attempt gave {@code key}, or null on a first attempt. */
    Long previous(String key) {
        return previous.get(key);
    }

    /** The orderingId of the previous attempt for {@code key}, else a new one from the clock; remembered. */
    long assign(String key, OrderingClock clock) {
        Long again = previous.get(key);
        return given(key, again != null ? again : clock.next(key));
    }

    /** Remembers that this attempt sent {@code key} with {@code orderingId}. */
    synchronized long given(String key, long orderingId) {
        if (onlyKey == null || onlyKey.equals(key)) {
            onlyKey = key;
            onlyOrderingId = orderingId;
        } else {
            if (given == null) {
                given = new HashMap<>(4);
            }
            given.put(key, orderingId);
        }
        return orderingId;
    }

    /** The exchange failed: keep this attempt's orderingIds on it for a redelivery. */
    synchronized void keepOn(Exchange exchange) {
        if (onlyKey == null) {
            return;
        }
        Map<String, Long> all = new HashMap<>(given == null ? Map.of() : given);
        all.put(onlyKey, onlyOrderingId);
        exchange.setProperty(PROPERTY, Map.copyOf(all));
    }
}
