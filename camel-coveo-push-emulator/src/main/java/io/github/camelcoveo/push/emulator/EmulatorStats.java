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

import io.github.camelcoveo.push.emulator.http.EmulatorContext;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;
import io.github.camelcoveo.push.emulator.store.SecurityProvider;

import java.util.Map;

/**
 * Totals over the whole emulator, for dashboards and assertions. Every count is exact over the run, however few
 * request records the {@link RequestLog} keeps.
 *
 * @param contentBytes    the decoded size of every item's content, retained or not
 * @param requests        every request answered
 * @param requestsByKind  requests by kind, whatever came of them
 * @param batches         {@code PUSH_BATCH} calls applied, including those whose answer was lost to a fault
 * @param rejections      requests answered with an error status, the emulator's own or injected
 * @param fileContainers  file containers held (created, neither pushed nor expired)
 * @param outcomes        requests by {@link RequestOutcome}: applied or not, answered or not
 * @param outcomesByKind  the same for each kind of request
 * @param retainedContentBytes the content bytes items hold in memory (see {@code retainContentUpTo})
 * @param retainedRequests     the request records {@link RequestLog#all()} keeps now
 * @param fileContainerBytes   the uploaded bytes the held file containers keep
 * @param ignoredOperations    operations on items and identities ignored as out of sequence (an orderingId not
 *                             above the one last applied), over every source and provider
 */
public record EmulatorStats(int organizations, int sources, int items, long contentBytes, long requests,
                            Map<RequestKind, Long> requestsByKind, long batches, long rejections, int fileContainers,
                            Map<RequestOutcome, Long> outcomes,
                            Map<RequestKind, Map<RequestOutcome, Long>> outcomesByKind, long retainedContentBytes,
                            int retainedRequests, long fileContainerBytes, long ignoredOperations) {

    public static EmulatorStats of(EmulatorContext context) {
        int sources = 0;
        int items = 0;
        long bytes = 0;
        long retainedBytes = 0;
        long ignored = 0;
        for (EmulatedOrganization organization : context.organizations().all()) {
            for (EmulatedSource source : organization.sources()) {
                sources++;
                items += source.itemCount();
                bytes += source.contentBytes();
                retainedBytes += source.retainedContentBytes();
                ignored += source.ignoredOperations();
            }
            for (SecurityProvider provider : organization.providers()) {
                ignored += provider.ignoredOperations();
            }
        }
        RequestLog log = context.requestLog();
        return new EmulatorStats(context.organizations().all().size(), sources, items, bytes, log.total(),
                log.countsByKind(), log.accepted(RequestKind.PUSH_BATCH), log.rejectionCount(),
                context.fileContainers().size(), log.outcomes(), log.outcomesByKind(), retainedBytes, log.retained(),
                context.fileContainers().heldBytes(), ignored);
    }

    /** Requests with this outcome. */
    public long count(RequestOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Requests applied whose answer never reached the client as a success (a fault after applying). */
    public long lostAnswers() {
        return outcomes.entrySet().stream().filter(e -> e.getKey().answerLost()).mapToLong(Map.Entry::getValue).sum();
    }
}
