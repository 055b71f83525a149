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

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Misbehaviour on purpose, for reliability tests: {@code faults().failNext(3).withStatus(429).retryAfterSeconds(1)},
 * {@code faults().rate(0.2).withStatus(503)}, {@code faults().failNext(1).dropConnection()}.
 * The first rule that hits a call decides.
 */
public final class FaultInjector {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final Random random;

    public FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    /** A rule hitting the next {@code count} matching calls. */
    public FaultRule failNext(int count) {
        return add(FaultRule.forNext(count));
    }

    /** A rule hitting each matching call with this probability, until cleared. */
    public FaultRule rate(double share) {
        return add(FaultRule.forShare(share));
    }

    public void clear() {
        rules.clear();
    }

    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    public Optional<InjectedFault> pick(RequestKind kind) {
        for (FaultRule rule : rules) {
            boolean hit;
            synchronized (random) {
                hit = rule.hits(kind, random);
            }
            if (rule.isExhausted()) {
                rules.remove(rule);
            }
            if (hit) {
                return Optional.of(rule.fault());
            }
        }
        return Optional.empty();
    }

    private FaultRule add(FaultRule rule) {
        rules.add(rule);
        return rule;
    }
}
