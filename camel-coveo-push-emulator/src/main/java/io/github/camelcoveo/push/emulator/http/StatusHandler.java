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
