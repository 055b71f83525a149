package io.github.camelcoveo.push.emulator;

import io.github.camelcoveo.push.emulator.http.EmulatorContext;
import io.github.camelcoveo.push.emulator.store.EmulatedOrganization;
import io.github.camelcoveo.push.emulator.store.EmulatedSource;

import java.util.Map;

/** Totals over the whole emulator, for dashboards and assertions. */
public record EmulatorStats(int organizations, int sources, int items, long contentBytes, int requests,
                            Map<RequestKind, Long> requestsByKind, long batches, int rejections, int fileContainers) {

    public static EmulatorStats of(EmulatorContext context) {
        int sources = 0;
        int items = 0;
        long bytes = 0;
        for (EmulatedOrganization organization : context.organizations().all()) {
            for (EmulatedSource source : organization.sources()) {
                sources++;
                items += source.itemCount();
                bytes += source.contentBytes();
            }
        }
        RequestLog log = context.requestLog();
        return new EmulatorStats(context.organizations().all().size(), sources, items, bytes, log.total(),
                log.countsByKind(), log.accepted(RequestKind.PUSH_BATCH), log.rejections().size(),
                context.fileContainers().size());
    }
}
