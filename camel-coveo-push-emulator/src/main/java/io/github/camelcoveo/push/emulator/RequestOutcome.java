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

/**
 * What came of one request: whether the emulator applied it, and whether the client heard the answer. A fault
 * injected "after applying" is the risk a client must survive: Coveo applied the call, the client never knew.
 */
public enum RequestOutcome {
    /** Applied and answered (an injected delay only made the answer late). */
    ACCEPTED(true, false),
    /** Refused by the emulator itself (invalid, unauthorized, over a limit or a quota); nothing applied. */
    REJECTED(false, false),
    /** An injected error status answered in place of the call; nothing applied. */
    FAULT(false, false),
    /** The connection was reset before the call was processed; nothing applied. */
    DROPPED(false, false),
    /** Applied, then an injected error status answered: the client believes it failed. */
    APPLIED_THEN_FAULT(true, true),
    /** Applied, then the connection was reset: the client never heard. */
    APPLIED_THEN_DROPPED(true, true);

    private final boolean applied;
    private final boolean answerLost;

    RequestOutcome(boolean applied, boolean answerLost) {
        this.applied = applied;
        this.answerLost = answerLost;
    }

    /** Whether the emulator applied the call: its effect is in the sources, providers or file containers. */
    public boolean applied() {
        return applied;
    }

    /** Applied, but the client was told otherwise or told nothing. */
    public boolean answerLost() {
        return answerLost;
    }
}
