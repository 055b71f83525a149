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

import java.util.Map;

import io.github.camelcoveo.push.document.OrderingIds;
import org.apache.camel.Exchange;

/**
 * Carries an exchange's {@link OrderingIds} from a failed attempt to its redelivery, in an exchange property kept only
 * while the exchange has failed: read back (and removed) when it arrives again; a success leaves nothing on it.
 */
final class ExchangeOrderingIds {

    /** The exchange property that carries them between a failure and the redelivery. */
    static final String PROPERTY = "CamelCoveoPushOrderingIds";

    private ExchangeOrderingIds() {
    }

    /** Those of the exchange's previous attempt, if it failed; removed from the exchange. */
    @SuppressWarnings("unchecked")
    static OrderingIds recall(Exchange exchange) {
        Object kept = exchange.hasProperties() ? exchange.removeProperty(PROPERTY) : null;
        return new OrderingIds(kept instanceof Map<?, ?> map ? (Map<String, Long>) map : Map.of());
    }

    /** The exchange failed: keep this attempt's orderingIds on it for a redelivery. */
    static void keepOn(Exchange exchange, OrderingIds orderingIds) {
        Map<String, Long> given = orderingIds.givenSoFar();
        if (!given.isEmpty()) {
            exchange.setProperty(PROPERTY, given);
        }
    }
}
