package io.github.camelcoveo.push.emulator.http;

import java.util.Set;

/** {@code POST /sources/{src}/status?statusType=...}: records the source status with its time. */
public final class StatusHandler implements PushApiHandler {

    private static final Set<String> STATUS_TYPES = Set.of("REBUILD", "REFRESH", "INCREMENTAL", "IDLE");

    @Override
    public ApiResponse handle(PushCall call) {
        var source = call.source();
        String statusType = call.requiredQuery("statusType");
        if (!STATUS_TYPES.contains(statusType)) {
            throw PushApiException.badRequest("INVALID_PARAMETER",
                    "statusType must be one of REBUILD, REFRESH, INCREMENTAL, IDLE: " + statusType);
        }
        source.recordStatus(statusType, call.receivedAt());
        return ApiResponse.empty(201);
    }
}
