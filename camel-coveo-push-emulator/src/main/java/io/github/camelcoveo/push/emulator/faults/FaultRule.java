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

import io.github.camelcoveo.push.emulator.RequestKind;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One misbehaviour: for the next N matching calls, or for a share of them. Configure it fluently
 * right after {@link FaultInjector#failNext(int)} or {@link FaultInjector#rate(double)}.
 * Without {@link #withStatus(int)} or {@link #dropConnection()} the call is processed normally,
 * only delayed. A status or a reset replaces the call, which is then not applied, unless
 * {@link #afterApplying()} says the call is applied first (the answer is then lost: Coveo applied it, the
 * client does not know).
 */
public final class FaultRule {

    private static final int UNLIMITED = -1;

    private final AtomicInteger remaining;
    private final double rate;
    private volatile int status;
    private volatile Integer retryAfterSeconds;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean dropConnection;
    private volatile boolean afterApplying;
    private volatile Set<RequestKind> kinds = EnumSet.allOf(RequestKind.class);

    private FaultRule(int count, double rate) {
        this.remaining = new AtomicInteger(count);
        this.rate = rate;
    }

    static FaultRule forNext(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        return new FaultRule(count, 1.0);
    }

    static FaultRule forShare(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be between 0 and 1");
        }
        return new FaultRule(UNLIMITED, rate);
    }

    /** Answers with this status (429, 503, 504...) instead of processing the call (see {@link #afterApplying()}). */
    public FaultRule withStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is 4xx or 5xx: " + status);
        }
        this.status = status;
        return this;
    }

    public FaultRule retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Holds the response (the fault's, or the normal one) for this long. */
    public FaultRule delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** Resets the TCP connection instead of processing the call: nothing is applied. */
    public FaultRule dropConnection() {
        this.dropConnection = true;
        return this;
    }

    /** Processes and applies the call, then resets the connection: Coveo accepted it, the answer was lost. */
    public FaultRule dropConnectionAfterApplying() {
        return dropConnection().afterApplying();
    }

    /**
     * Processes the call first, so that what it does is applied, and only then answers with the status or the
     * reset of this rule. A call the emulator refuses is not applied either way.
     */
    public FaultRule afterApplying() {
        this.afterApplying = true;
        return this;
    }

    /** Limits the rule to these kinds of calls (all kinds by default). */
    public FaultRule onlyFor(RequestKind first, RequestKind... others) {
        this.kinds = EnumSet.of(first, others);
        return this;
    }

    /** Calls still to be hit by a count rule; -1 for a share rule. */
    public int remaining() {
        return remaining.get();
    }

    boolean isExhausted() {
        return remaining.get() == 0;
    }

    /** Decides whether this call is hit, consuming one of a count rule's calls when it is. */
    boolean hits(RequestKind kind, Random random) {
        if (!kinds.contains(kind)) {
            return false;
        }
        if (remaining.get() == UNLIMITED) {
            return random.nextDouble() < rate;
        }
        return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    InjectedFault fault() {
        return new InjectedFault(status, retryAfterSeconds, delay, dropConnection, afterApplying);
    }
}
