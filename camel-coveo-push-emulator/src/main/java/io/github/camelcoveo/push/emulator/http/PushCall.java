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
package io.github.camelcoveo.push.emulator.http;

import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.SourceType;

import java.time.Instant;

/** An authenticated Push API call, as its handler sees it. */
public record PushCall(HttpExchange exchange, EmulatorContext context, EmulatedOrganization organization,
                       String sourceId, Instant receivedAt) {

    /** The target source; created on the fly in permissive mode, else 404 when unknown. */
    public EmulatedSource source() {
        if (context.permissive()) {
            return organization.addSource(sourceId);
        }
        return organization.source(sourceId).orElseThrow(() -> new PushApiException(404, "SOURCE_NOT_FOUND",
                "Source " + sourceId + " does not exist in organization " + organization.id() + "."));
    }

    /**
     * The target source for a Push API document call ({@code /documents...}): a Catalog source takes content through
     * the Stream API only.
     */
    public EmulatedSource pushSource() {
        return typed(SourceType.PUSH);
    }

    /** The target source for a Stream API call ({@code /stream/...}): a Catalog source (in permissive mode made one). */
    public EmulatedSource catalogSource() {
        return typed(SourceType.CATALOG);
    }

    /*
     * Coveo documents no error for a Push API document call on a Catalog source, nor for a Stream API call on a Push
     * source: the emulator answers 400 SOURCE_TYPE_MISMATCH (its own code) naming the API the source takes.
     */
    private EmulatedSource typed(SourceType expected) {
        EmulatedSource source = context.permissive() ? organization.addSource(sourceId, expected) : source();
        if (source.type() != expected) {
            throw PushApiException.badRequest("SOURCE_TYPE_MISMATCH", source.type() == SourceType.CATALOG
                    ? "Source " + sourceId + " is a Catalog source: send its content through the Stream API "
                      + "(/sources/" + sourceId + "/stream/update, /merge, /open...), not /documents."
                    : "Source " + sourceId + " is a Push source: the Stream API (/stream/...) serves Catalog sources "
                      + "only; send its content through /documents or /documents/batch.");
        }
        return source;
    }

    /** The target security identity provider (the path's id); created on the fly in permissive mode, else 404. */
    public io.github.camelcoveo.push.emulator.store.SecurityProvider provider() {
        if (context.permissive()) {
            return organization.addProvider(sourceId);
        }
        return organization.provider(sourceId).orElseThrow(() -> new PushApiException(404, "PROVIDER_NOT_FOUND",
                "Security identity provider " + sourceId + " does not exist in organization " + organization.id()
                + "."));
    }

    /** The orderingId of the query string, or the receipt time in ms as Coveo assigns it. */
    public long orderingId() {
        return longQuery("orderingId").orElse(receivedAt.toEpochMilli());
    }

    /** A query parameter the call cannot do without: 400 MISSING_PARAMETER when absent. */
    public String requiredQuery(String name) {
        return exchange.query(name).orElseThrow(() ->
                PushApiException.badRequest("MISSING_PARAMETER", name + " is required."));
    }

    /** A numeric query parameter the call cannot do without. */
    public long requiredLongQuery(String name) {
        return longQuery(name).orElseThrow(() ->
                PushApiException.badRequest("MISSING_PARAMETER", name + " is required."));
    }

    public java.util.Optional<Long> longQuery(String name) {
        return exchange.query(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw PushApiException.badRequest("INVALID_PARAMETER", name + " must be a number: " + value);
            }
        });
    }

    public String organizationId() {
        return organization.id();
    }
}
