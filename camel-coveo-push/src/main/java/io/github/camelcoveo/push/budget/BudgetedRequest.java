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
