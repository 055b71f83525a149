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
