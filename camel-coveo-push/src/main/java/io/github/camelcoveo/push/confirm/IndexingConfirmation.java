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
package io.github.camelcoveo.push.confirm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcoveo.push.client.LogsApiClient.Entry;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns, from Coveo's indexing logs, what became of the items Coveo accepted: a 202 only means queued, and Coveo may
 * still refuse an item when it indexes it. Each accepted batch or single document waits {@code delay}, then is checked
 * until its log entries are final, at most {@code attempts} times; each item whose indexing failed goes to
 * {@link Rejections}. One Logs API query (paged) serves every check due at once. Nothing here holds an exchange: the
 * exchanges completed when Coveo accepted their items.
 */
public final class IndexingConfirmation {

    private static final Logger LOG = LoggerFactory.getLogger(IndexingConfirmation.class);
    /** How far before an acceptance and after now a query looks, for clocks that disagree with Coveo's. */
    static final Duration SKEW = Duration.ofMinutes(1);
    /** The widest window the Logs API answers for. */
    static final Duration MAX_WINDOW = Duration.ofDays(7);
    private static final Set<String> FINAL = Set.of("COMPLETED", "ERROR", "SKIPPED");

    /** The source's log entries between two instants, oldest first. */
    @FunctionalInterface
    public interface LogReader {
        CompletableFuture<List<Entry>> entries(Instant from, Instant to);
    }

    /** Where the items Coveo refused at indexing go. */
    @FunctionalInterface
    public interface Rejections {
        void rejected(RejectedItem item);
    }

    /**
     * @param delay      how long after Coveo accepted an item its log is first read, and between two reads
     * @param attempts   how many reads before a check gives up
     * @param maxPending the most checks waiting at once: when full, the oldest is dropped
     */
    public record Settings(Duration delay, int attempts, int maxPending) {
    }

    /** A batch (fileId) or a single document (documentId and orderingId) to check. */
    private static final class Check {
        final String fileId;
        final String documentId;
        final Long orderingId;
        final Instant accepted;
        Instant due;
        int attempts;

        Check(String fileId, String documentId, Long orderingId, Instant accepted, Instant due) {
            this.fileId = fileId;
            this.documentId = documentId;
            this.orderingId = orderingId;
            this.accepted = accepted;
            this.due = due;
        }

        @Override
        public String toString() {
            return fileId != null ? "batch " + fileId : "document " + documentId + " (orderingId " + orderingId + ")";
        }
    }

    private final String sourceId;
    private final LogReader logs;
    private final ScheduledExecutorService scheduler;
    private final Settings settings;
    private final Rejections rejections;
    private final Clock clock;
    private final AtomicLong rejected = new AtomicLong();
    private final Deque<Check> pending = new ArrayDeque<>();
    private ScheduledFuture<?> next;
    private boolean sweeping;
    private boolean warnedFull;
    private boolean closed;

    public IndexingConfirmation(String sourceId, LogReader logs, ScheduledExecutorService scheduler, Settings settings,
                                Rejections rejections, Clock clock) {
        this.sourceId = sourceId;
        this.logs = logs;
        this.scheduler = scheduler;
        this.settings = settings;
        this.rejections = rejections;
        this.clock = clock;
    }

    /** Coveo accepted the batch in file container {@code fileId}. */
    public void batchAccepted(String fileId) {
        add(fileId, null, null);
    }

    /** Coveo accepted one document pushed on its own. */
    public void documentAccepted(String documentId, Long orderingId) {
        add(null, documentId, orderingId);
    }

    /** How many items Coveo refused at indexing, as its logs told, since the start. */
    public long itemsRejected() {
        return rejected.get();
    }

    /** How many batches and documents wait for a check. */
    public synchronized int pendingChecks() {
        return pending.size();
    }

    /** Drops what is pending and checks no more; a query under way is ignored when it answers. */
    public synchronized void close() {
        closed = true;
        pending.clear();
        if (next != null) {
            next.cancel(false);
        }
    }

    private synchronized void add(String fileId, String documentId, Long orderingId) {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        if (pending.size() >= settings.maxPending()) {
            Check dropped = pending.pollFirst();
            if (!warnedFull) {
                warnedFull = true;
                LOG.warn("coveo-push:{}: {} checks of what Coveo indexed are waiting, the most there may be: the oldest"
                         + " ({}) and, until they are fewer, the next oldest are dropped unchecked", sourceId,
                        settings.maxPending(), dropped);
            }
        }
        pending.addLast(new Check(fileId, documentId, orderingId, now, now.plus(settings.delay())));
        if (!sweeping) {
            sweeping = true;
            schedule(settings.delay());
        }
    }

    /** Holding the lock: sweeps again when the next check is due, if any is left. */
    private void scheduleNext() {
        if (closed || pending.isEmpty()) {
            sweeping = false;
            return;
        }
        if (pending.size() < settings.maxPending()) {
            warnedFull = false;
        }
        Instant due = pending.stream().map(check -> check.due).min(Comparator.naturalOrder()).orElseThrow();
        schedule(Duration.between(clock.instant(), due));
    }

    private void schedule(Duration delay) {
        try {
            next = scheduler.schedule(this::sweep, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            sweeping = false;
        }
    }

    private void sweep() {
        Instant now = clock.instant();
        List<Check> due;
        synchronized (this) {
            due = pending.stream().filter(check -> !check.due.isAfter(now)).toList();
            if (closed || due.isEmpty()) {
                scheduleNext();
                return;
            }
        }
        Instant to = now.plus(SKEW);
        Instant earliest = due.stream().map(check -> check.accepted).min(Comparator.naturalOrder()).orElseThrow();
        Instant from = earliest.minus(SKEW).isBefore(to.minus(MAX_WINDOW)) ? to.minus(MAX_WINDOW) : earliest.minus(SKEW);
        CompletableFuture<List<Entry>> read;
        try {
            read = logs.entries(from, to);
        } catch (RuntimeException e) {
            read = CompletableFuture.failedFuture(e);
        }
        read.whenComplete((entries, error) -> {
            List<RejectedItem> refused = new ArrayList<>();
            synchronized (this) {
                try {
                    if (!closed) {
                        if (error != null) {
                            failed(due, error, now);
                        } else {
                            due.forEach(check -> settleOrRetry(check, entries, now, refused));
                        }
                    }
                } finally {
                    // whatever happened above: a sweep not scheduled again would leave every check pending, unread
                    scheduleNext();
                }
            }
            refused.forEach(this::report);
        });
    }

    /** Holding the lock: an answer that breaks a check's reading counts as one of its attempts, with a WARN. */
    private void settleOrRetry(Check check, List<Entry> entries, Instant now, List<RejectedItem> refused) {
        int attempts = check.attempts;
        try {
            settle(check, entries, now, refused);
        } catch (RuntimeException unreadable) {
            LOG.warn("coveo-push:{}: could not read Coveo's indexing logs of {}: {}", sourceId, check,
                    unreadable.toString());
            check.attempts = attempts + 1;
            retryOrGiveUp(check, now, "its log entries could not be read");
        }
    }

    /** Holding the lock. */
    private void settle(Check check, List<Entry> entries, Instant now, List<RejectedItem> refused) {
        check.attempts++;
        List<Entry> outcome = check.fileId != null ? batchOutcome(check.fileId, entries)
                : documentOutcome(check, entries);
        if (outcome != null) {
            pending.remove(check);
            outcome.stream().filter(entry -> "ERROR".equals(entry.result())).forEach(entry -> refused.add(
                    new RejectedItem(entry.id(), Objects.requireNonNullElse(entry.message(), "refused at indexing"),
                            check.fileId, entry.orderingId() != null ? entry.orderingId() : check.orderingId,
                            sourceId)));
        } else {
            retryOrGiveUp(check, now, "its log entries are not final yet");
        }
    }

    /** Holding the lock. */
    private void retryOrGiveUp(Check check, Instant now, String why) {
        if (check.attempts >= settings.attempts()) {
            pending.remove(check);
            LOG.warn("coveo-push:{}: gave up confirming what Coveo indexed of {} after {} checks: {}", sourceId, check,
                    check.attempts, why);
        } else {
            check.due = now.plus(settings.delay());
        }
    }

    /** Holding the lock. */
    private void failed(List<Check> due, Throwable error, Instant now) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CoveoPushApiException api && (api.getStatusCode() == 401 || api.getStatusCode() == 403)) {
            LOG.warn("coveo-push:{}: Coveo refuses to show the indexing logs ({}), so items it refuses at indexing go"
                     + " unreported: give the API key the privileges to read logs (Organization - View, Sources -"
                     + " View All). Confirmation is off for this endpoint until it restarts.", sourceId,
                    api.getMessage());
            closed = true;
            pending.clear();
            return;
        }
        LOG.warn("coveo-push:{}: could not read Coveo's indexing logs for {} checks: {}", sourceId, due.size(),
                cause.getMessage());
        due.forEach(check -> {
            check.attempts++;
            retryOrGiveUp(check, now, "the Logs API failed");
        });
    }

    private void report(RejectedItem item) {
        rejected.incrementAndGet();
        try {
            rejections.rejected(item);
        } catch (RuntimeException e) {
            LOG.warn("coveo-push:{}: could not report {} as refused at indexing ({}): {}", sourceId, item.documentId(),
                    item.reason(), e.toString());
        }
    }

    /**
     * The batch's INDEXING entries once each item it added has a final one, else null. Deletes are left out: Coveo
     * logs no outcome for a delete of an item it does not hold.
     */
    private static List<Entry> batchOutcome(String fileId, List<Entry> entries) {
        List<Entry> added = entries.stream().filter(entry -> fileId.equals(entry.fileId())
                                                             && "ADD".equals(entry.operation())).toList();
        long expected = entries.stream().filter(entry -> fileId.equals(entry.id())
                                                         && "BATCH_FILE".equals(entry.operation()))
                .mapToLong(entry -> entry.meta().path("addOrUpdate").asLong()).findFirst().orElse(1);
        List<Entry> outcomes = added.stream().filter(IndexingConfirmation::isFinal).toList();
        Set<String> ids = Set.copyOf(added.stream().map(Entry::id).toList());
        Set<String> done = Set.copyOf(outcomes.stream().map(Entry::id).toList());
        return ids.size() >= expected && done.containsAll(ids) ? outcomes : null;
    }

    /** The document's INDEXING entries for its orderingId once there is one, else null. */
    private static List<Entry> documentOutcome(Check check, List<Entry> entries) {
        List<Entry> outcomes = entries.stream().filter(entry -> check.documentId.equals(entry.id())
                                                               && Objects.equals(check.orderingId, entry.orderingId())
                                                               && isFinal(entry)).toList();
        return outcomes.isEmpty() ? null : outcomes;
    }

    private static boolean isFinal(Entry entry) {
        // Set.of's contains throws on null: an entry without a result is not final
        return "INDEXING".equals(entry.task()) && entry.result() != null && FINAL.contains(entry.result());
    }
}
