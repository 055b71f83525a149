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
package io.github.camelcoveo.push.bucket4j;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * Buckets in Redis through Bucket4j's compare-and-swap proxy manager on Lettuce's asynchronous API, and the "not
 * before" instants in keys next to them, raised by a script so that a later instant is never lowered. Nothing blocks:
 * every call answers on Lettuce's event loop.
 */
final class RedisBudgetStore implements BudgetStore {

    /** Raises KEYS[1] to ARGV[1] unless it is higher, expiring it ARGV[2] ms after that instant. */
    private static final String RAISE = "local current = tonumber(redis.call('GET', KEYS[1]) or '0') "
            + "if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end return 0";

    private final RedisClient client;
    private final boolean ownsClient;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final AsyncProxyManager<String> buckets;

    RedisBudgetStore(RedisClient client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        // a bucket left alone long enough to refill completely is the same as none: Redis may forget it
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build().asAsync();
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        return buckets.builder().build(key, () -> CompletableFuture.completedFuture(configuration))
                .tryConsumeAndReturnRemaining(1);
    }

    @Override
    public CompletableFuture<Long> notBefore(String key) {
        return connection.async().get(key).toCompletableFuture()
                .thenApply(value -> value == null ? 0L : Long.parseLong(new String(value, StandardCharsets.US_ASCII)));
    }

    @Override
    public CompletableFuture<Void> raiseNotBefore(String key, long epochMillis) {
        long keepMillis = Math.max(1, epochMillis - System.currentTimeMillis()) + 60_000;
        return connection.async().<Long>eval(RAISE, ScriptOutputType.INTEGER, new String[] {key},
                        ascii(epochMillis), ascii(keepMillis))
                .toCompletableFuture().thenApply(done -> null);
    }

    private static byte[] ascii(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        connection.close();
        if (ownsClient) {
            client.shutdown();
        }
    }
}
