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
package io.github.camelcoveo.push.budget;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Admits every request the component makes to Coveo, retries included, before it is made: a client-side request
 * quota. Set one with the endpoint option {@code requestBudget} (a bean reference, autowired when the registry holds
 * a single one); without it, {@code requestsPerWindow} and {@code requestsPerDay} configure an in-JVM budget per
 * endpoint. An implementation shared by several instances (the {@code camel-coveo-push-bucket4j} module) keeps them
 * together under the organization's quota.
 *
 * <p>Implementations must never block the calling thread: {@link #acquire} returns at once, and its stage completes
 * when the request may go, from a timer or another thread of the implementation's own.
 */
public interface RequestBudget {

    /**
     * Completes when {@code request} may go; it counts against the budget from then. Completes exceptionally when the
     * budget can no longer admit requests (stopped, its store unreachable): the request then fails with that cause.
     */
    CompletableFuture<Void> acquire(BudgetedRequest request);

    /**
     * Coveo answered {@code request} with 429 Too Many Requests and a {@code Retry-After}: no request to the same
     * organization and API should go before {@code notBefore}. A shared budget tells every instance. The component
     * still waits until then before it retries this request. The default does nothing.
     */
    default void pauseUntil(BudgetedRequest request, Instant notBefore) {
    }
}
