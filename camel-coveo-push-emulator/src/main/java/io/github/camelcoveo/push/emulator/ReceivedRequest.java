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
package io.github.camelcoveo.push.emulator;

import io.github.camelcoveo.push.emulator.faults.InjectedFault;

import java.time.Instant;

/**
 * One Push API (or file upload) request as the emulator answered it. Holds no header, so no API key.
 *
 * @param sourceId  the source, or for the security identity calls the provider
 * @param status    the status the client received; 0 when the connection was reset instead
 * @param errorCode the Coveo error code of a rejection or fault ({@code CONNECTION_RESET} for a reset), or null
 * @param outcome   whether the call was applied and whether its answer reached the client
 * @param fault     the fault injected into this call (a delay, a status, a reset), or null
 */
public record ReceivedRequest(Instant at, RequestKind kind, String method, String url, String organizationId,
                              String sourceId, int status, String errorCode, RequestOutcome outcome,
                              InjectedFault fault) {

    /** The client received an error status (4xx or 5xx), from the emulator's checks or from a fault. */
    public boolean rejected() {
        return status >= 400;
    }

    /** The emulator applied the call, whether or not the client heard so. */
    public boolean applied() {
        return outcome.applied();
    }
}
