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

import io.github.camelcoveo.push.emulator.ReceivedRequest;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.faults.InjectedFault;

import java.time.Instant;

/** Records an answered request in the request log and writes one log line; never a header, so never a key. */
final class RequestRecorder {

    private final EmulatorContext context;

    RequestRecorder(EmulatorContext context) {
        this.context = context;
    }

    ApiResponse record(Instant at, RequestKind kind, HttpExchange exchange, String organizationId, String sourceId,
                       FaultResponses.Answer answer, InjectedFault fault) {
        ApiResponse response = answer.response();
        context.requestLog().record(new ReceivedRequest(at, kind, exchange.method(), exchange.url(), organizationId,
                sourceId, response.status(), response.errorCode(), answer.outcome(), fault));
        String status = response.errorCode() == null
                ? String.valueOf(response.status())
                : response.status() + " " + response.errorCode();
        String applied = answer.outcome().answerLost() ? " (" + answer.outcome() + ")" : "";
        context.log().accept(exchange.method() + " " + exchange.path() + " -> " + status + applied);
        return response;
    }
}
