package io.github.camelcoveo.push.bucket4j;

import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the buckets and the "not before" instants live: one store every instance reaches. */
interface BudgetStore extends AutoCloseable {

    /** Takes one token from the bucket {@code key}, created with {@code configuration} when missing. */
    CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration);

    /** The instant (epoch milliseconds) before which no request of {@code key} may go; 0 when none. */
    CompletableFuture<Long> notBefore(String key);

    /** Moves the "not before" of {@code key} to {@code epochMillis}, unless it is already later. */
    CompletableFuture<Void> raiseNotBefore(String key, long epochMillis);

    @Override
    void close();
}
