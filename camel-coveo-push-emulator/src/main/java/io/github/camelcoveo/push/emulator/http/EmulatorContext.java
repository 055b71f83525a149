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
