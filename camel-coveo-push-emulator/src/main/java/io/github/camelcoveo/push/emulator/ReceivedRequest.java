package io.github.camelcoveo.push.emulator;

import java.time.Instant;

/**
 * One Push API (or file upload) request as the emulator answered it. Holds no header, so no API key.
 *
 * @param sourceId  the source, or for the security identity calls the provider
 * @param errorCode the Coveo error code of a rejection, or null
 */
public record ReceivedRequest(Instant at, RequestKind kind, String method, String url, String organizationId,
                              String sourceId, int status, String errorCode) {

    public boolean rejected() {
        return status >= 400;
    }
}
