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
package io.github.camelcoveo.push.emulator.faults;

import java.time.Duration;

/**
 * What a fault rule does to one request.
 *
 * @param status            the status to answer instead of the call's own answer, or 0 for none
 * @param retryAfterSeconds a {@code Retry-After} value, or null
 * @param delay             how long to hold the response
 * @param dropConnection    reset the connection instead of answering
 * @param afterApplying     process and apply the call first, then answer with the fault
 */
public record InjectedFault(int status, Integer retryAfterSeconds, Duration delay, boolean dropConnection,
                            boolean afterApplying) {

    /** Whether the client gets the fault (a status or a reset) instead of the call's own answer. */
    public boolean replacesResponse() {
        return dropConnection || status > 0;
    }
}
