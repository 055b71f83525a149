package io.github.camelcoveo.push.bucket4j;

/** How a daily request quota is spent. */
public enum DailySpending {
    /**
     * The whole quota from each midnight UTC (Bucket4j's intervally aligned refill): a busy morning may spend it by
     * noon, and the rest of the day waits for the next midnight.
     */
    AS_NEEDED,
    /**
     * Spread over the day (Bucket4j's greedy refill): about a 24th of the quota an hour, at most one hour's share at
     * once, and never more than the quota in any 24 hours.
     */
    SPREAD
}
