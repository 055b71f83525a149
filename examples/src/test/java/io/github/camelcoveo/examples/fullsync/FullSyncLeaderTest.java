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
package io.github.camelcoveo.examples.fullsync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcoveo.examples.ForkedJvm;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.StatusChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the full-sync example ({@link FullSyncApplication}), each in a JVM of its own, sharing the folder of
 * the file lock cluster service: only the leader runs the sync (every document says it pushed it, and the source's
 * status changes never show two syncs overlapping), and when the leader is killed with SIGKILL the other one takes
 * over and its next sync removes the item of a file deleted meanwhile. The emulator's clock runs an hour ahead of the
 * instances': the orderingId fence of every sync is Coveo's time, read from the {@code Date} header of its answers.
 */
class FullSyncLeaderTest {

    private static final String ORG = "sync-org";
    private static final String KEY = "sync-key-3301";
    private static final String SOURCE = "sync-source";
    private static final int FILES = 10;

    /** Coveo's clock, an hour ahead of the instances': the fence must follow it, not theirs. */
    private static final Duration COVEO_AHEAD = Duration.ofHours(1);

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE)
            .configure(emulator -> emulator.clock(Clock.offset(Clock.systemUTC(), COVEO_AHEAD)));

    @RegisterExtension
    final ForkedJvm first = new ForkedJvm(FullSyncApplication.class);
    @RegisterExtension
    final ForkedJvm second = new ForkedJvm(FullSyncApplication.class);

    @TempDir
    Path share;
    @TempDir
    Path locks;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void onlyTheLeaderSyncsAndAnotherTakesOverWhenItDies() throws Exception {
        for (int file = 0; file < FILES; file++) {
            Files.writeString(share.resolve("doc-" + file + ".txt"), "Document " + file);
        }
        Instant started = Instant.now();

        first.start(settings("first"));
        await().atMost(Duration.ofSeconds(40)).until(() -> syncedBy("first", FILES));

        second.start(settings("second"));
        int before = statuses().size();
        // three more syncs while both run: time enough for the second to try the lock several times
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses().size() >= before + 6);
        assertThat(coveo.items(SOURCE)).allMatch(item -> "first".equals(syncedBy(item)));
        assertAlternating(statuses());

        Files.delete(share.resolve("doc-3.txt"));
        first.kill();
        await().atMost(Duration.ofSeconds(40)).until(() -> syncedBy("second", FILES - 1));
        assertThat(coveo.items(SOURCE)).extracting(IndexedItem::documentId)
                .noneMatch(id -> id.endsWith("/doc-3.txt"));
        // every orderingId is a fence from the emulator's clock (its Date header: a second of precision, no margin
        // here), an hour ahead of the instances' own clocks
        assertThat(coveo.items(SOURCE)).allSatisfy(item -> assertThat(item.orderingId()).isBetween(
                started.plus(COVEO_AHEAD).toEpochMilli() - 1000, Instant.now().plus(COVEO_AHEAD).toEpochMilli()));
    }

    private Map<String, String> settings(String instance) {
        Map<String, String> settings = new HashMap<>();
        settings.put("camel.component.coveo-push.organization-id", ORG);
        settings.put("camel.component.coveo-push.api-key", KEY);
        settings.put("camel.component.coveo-push.push-api-url", coveo.pushApiUrl());
        settings.put("coveo.source", SOURCE);
        settings.put("camel.cluster.file.root", locks.toString());
        settings.put("camel.cluster.file.acquire-lock-interval", "1");
        settings.put("fullSync.instance", instance);
        settings.put("fullSync.folder", share.toString());
        settings.put("fullSync.initialDelay", "100");
        settings.put("fullSync.period", "1500");
        settings.put("fullSync.queueDelay", "0");
        settings.put("camel.beans.sharedClock.url", coveo.pushApiUrl());
        settings.put("camel.beans.sharedClock.margin", "PT0S");
        return settings;
    }

    private static List<StatusChange> statuses() {
        return coveo.emulator().statusHistory(ORG, SOURCE);
    }

    /** The source holds this many items, each pushed by that instance, and its last sync ended. */
    private static boolean syncedBy(String instance, int items) {
        List<IndexedItem> indexed = coveo.items(SOURCE);
        List<StatusChange> statuses = statuses();
        return indexed.size() == items && indexed.stream().allMatch(item -> instance.equals(syncedBy(item)))
               && !statuses.isEmpty() && statuses.get(statuses.size() - 1).statusType().equals("IDLE");
    }

    private static String syncedBy(IndexedItem item) {
        return item.metadata("syncedby").map(String::valueOf).orElse(null);
    }

    /** REBUILD, IDLE, REBUILD, IDLE...: no sync began before the previous one ended. */
    private static void assertAlternating(List<StatusChange> statuses) {
        for (int i = 0; i < statuses.size(); i++) {
            assertThat(statuses.get(i).statusType()).as("status change %d of %s", i, statuses)
                    .isEqualTo(i % 2 == 0 ? "REBUILD" : "IDLE");
        }
    }
}
