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

import io.github.camelcoveo.push.emulator.RequestLog;
import io.github.camelcoveo.push.emulator.faults.FaultInjector;
import io.github.camelcoveo.push.emulator.faults.IndexingRules;
import io.github.camelcoveo.push.emulator.faults.QuotaEnforcer;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.OrganizationRegistry;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The state and settings the request handlers share.
 *
 * @param retainContentUpTo the largest decoded content an item keeps in memory (its digest and size are always kept)
 */
public record EmulatorContext(
        OrganizationRegistry organizations,
        FileContainerStore fileContainers,
        RequestLog requestLog,
        FaultInjector faults,
        IndexingRules indexingRules,
        QuotaEnforcer quotas,
        Limits limits,
        IdentityLimits identityLimits,
        boolean permissive,
        long retainContentUpTo,
        Clock clock,
        Consumer<String> log) {
}
