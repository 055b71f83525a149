package io.github.camelcoveo.push.emulator.http;

import io.github.camelcoveo.push.emulator.ReceivedRequest;
import io.github.camelcoveo.push.emulator.RequestKind;

import java.time.Instant;

/** Records an answered request in the request log and writes one log line; never a header, so never a key. */
final class RequestRecorder {

    private final EmulatorContext context;

    RequestRecorder(EmulatorContext context) {
        this.context = context;
    }

    void record(Instant at, RequestKind kind, HttpExchange exchange, String organizationId, String sourceId,
                ApiResponse response) {
        context.requestLog().record(new ReceivedRequest(at, kind, exchange.method(), exchange.url(), organizationId,
                sourceId, response.status(), response.errorCode()));
        String outcome = response.errorCode() == null
                ? String.valueOf(response.status())
                : response.status() + " " + response.errorCode();
        context.log().accept(exchange.method() + " " + exchange.path() + " -> " + outcome);
    }
}
