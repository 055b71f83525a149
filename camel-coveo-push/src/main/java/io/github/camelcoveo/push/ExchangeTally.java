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
package io.github.camelcoveo.push;

import java.util.Collection;

import io.github.camelcoveo.push.client.RetryPolicy;
import io.github.camelcoveo.push.error.BatchRejectedException;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import io.github.camelcoveo.push.metrics.PushMetrics;
import io.github.camelcoveo.push.metrics.PushMetrics.Cause;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts an exchange's items when it arrives, and as accepted or failed, by cause, when it completes. */
final class ExchangeTally {

    /** The producer's logger, which users configure (and the log test reads) for these lines. */
    private static final Logger LOG = LoggerFactory.getLogger(CoveoPushProducer.class);

    private final PushMetrics metrics;
    private final String operation;
    private final int items;

    /** @param operation the exchange's operation, as the producer read it (the default one when it was invalid) */
    ExchangeTally(PushMetrics metrics, CoveoPushOperation operation, Object body) {
        this.metrics = metrics;
        this.operation = operation.name();
        this.items = body instanceof Collection<?> many ? many.size() : 1;
        metrics.admitted(this.operation, items);
    }

    void done(Exchange exchange) {
        Exception error = exchange.getException();
        if (error == null) {
            LOG.debug("{} of {} items of exchange {} accepted", operation, items, exchange.getExchangeId());
            metrics.accepted(operation, items);
            return;
        }
        LOG.debug("{} of {} items of exchange {} failed: {}", operation, items, exchange.getExchangeId(),
                error.getMessage());
        CoveoPushApiException api = error instanceof CoveoPushApiException e ? e : null;
        Cause cause = error instanceof InvalidDocumentException ? Cause.INVALID
                : error instanceof BatchRejectedException ? Cause.REJECTED
                : api == null ? Cause.OTHER
                : api.getAttempts() > 1 && (api.getStatusCode() == 0 || RetryPolicy.isTransient(api.getStatusCode()))
                        ? Cause.RETRIES_EXHAUSTED
                : api.getStatusCode() == 0 ? Cause.OTHER : Cause.REFUSED;
        String code = api == null ? null
                : api.getErrorCode() != null ? api.getErrorCode() : Integer.toString(api.getStatusCode());
        metrics.failed(operation, items, cause, code, error);
    }
}
