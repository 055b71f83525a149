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
