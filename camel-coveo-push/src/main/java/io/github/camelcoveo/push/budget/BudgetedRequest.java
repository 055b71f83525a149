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

import java.util.Objects;

/**
 * One request (a first attempt or a retry) asking a {@link RequestBudget} to go.
 *
 * @param organizationId the Coveo organization the request is for
 * @param api            the Coveo API it goes to
 * @param operation      what it does ({@code pushBatch}, {@code createFileContainer}, {@code createFields}...), for
 *                       logs; never holds the API key
 */
public record BudgetedRequest(String organizationId, CoveoApi api, String operation) {

    public BudgetedRequest {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(operation, "operation");
    }
}
