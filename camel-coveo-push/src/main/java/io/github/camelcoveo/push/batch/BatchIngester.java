package io.github.camelcoveo.push.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.github.camelcoveo.push.client.RequestBody;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.send.SendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers documents into file-container batches, in the manner of the Elasticsearch client's BulkIngester: a batch
 * is sealed at a document count, a byte size or a linger time; a bounded number of batches are sent at once; a
 * bounded number of documents may be pending, and callers wait (up to a bound) for room beyond it.
 * <p>
 * Each document's future completes only when the batch that holds it was accepted, or fails with the batch's cause;
 * completions run on the {@code completions} executor, never on the threads that make the HTTP calls.
 * <p>
 * Ordering: a batch never holds two entries of one documentId (a second one seals the batch first), and a batch that
 * shares a documentId with a batch in flight waits for it; each addOrUpdate also carries an orderingId, so that
 * Coveo applies two versions in the order they arrived even if their batches are processed out of order.
 */
public final class BatchIngester implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchIngester.class);

    private final BatchSettings settings;
    private final BatchLayout layout;
    private final EntryPreparer preparer;
    private final BatchSender sender;
    private final ScheduledExecutorService timer;
    private final Executor completions;
    private final LongSupplier clock;
    private final PendingDocuments room;

    /** Guards the batches, the versions and the outstanding documents below. */
    private final Object lock = new Object();
    private Batch open;
    private final ArrayDeque<Batch> ready = new ArrayDeque<>();
    /** The batches sent and not yet answered, oldest first. */
    private final List<Batch> inFlight = new ArrayList<>();
    private volatile boolean closing;

    /**
     * The latest version of each documentId that has a version pending (admitted, not yet settled); it counts them
     * ({@link Member#pendingVersions}), and is kept, settled or not, until none is left.
     */
    private final Map<String, Member> latestVersions = new HashMap<>();
    private int pendingDocuments;
    private int peakPendingDocuments;

    /**
     * The documents admitted and not yet completed, linked through their {@link Member}s: a document joins at
     * admission and leaves when its future is completed (or failed by {@link #close}), a batch's at once.
     */
    private Member outstandingHead;
    private int outstandingCount;
    private final AtomicLong batchesSent = new AtomicLong();
    private final AtomicLong batchesFailed = new AtomicLong();

    public BatchIngester(BatchSettings settings, EntryPreparer preparer, BatchSender sender,
                         ScheduledExecutorService timer, Executor completions) {
        this(settings, BatchLayout.DOCUMENTS, preparer, sender, timer, completions, System::currentTimeMillis);
    }

    /**
     * An ingester of prepared entries ({@link #add(BatchEntry, Long)}), for batch files of another layout: security
     * identities, with the same bounds and the same guarantee (a future completes when its batch was accepted).
     */
    public BatchIngester(BatchSettings settings, BatchLayout layout, BatchSender sender, ScheduledExecutorService timer,
                         Executor completions) {
        this(settings, layout, null, sender, timer, completions, System::currentTimeMillis);
    }

    BatchIngester(BatchSettings settings, EntryPreparer preparer, BatchSender sender, ScheduledExecutorService timer,
                  Executor completions, LongSupplier clock) {
        this(settings, BatchLayout.DOCUMENTS, preparer, sender, timer, completions, clock);
    }

    BatchIngester(BatchSettings settings, BatchLayout layout, EntryPreparer preparer, BatchSender sender,
                  ScheduledExecutorService timer, Executor completions, LongSupplier clock) {
        this.settings = settings;
        this.layout = layout;
        this.preparer = preparer;
        this.sender = sender;
        this.timer = timer;
        this.completions = completions;
        this.clock = clock;
        this.room = new PendingDocuments(settings.maxPendingDocuments(), settings.maxBlockMillis());
    }

    /**
     * Admits a document to add or update, waiting up to {@code maxBlockMillis} for room.
     *
     * @return completes when the batch holding the document was accepted
     * @throws BatchRejectedException when there was no room in time, or the ingester is stopped
     */
    public CompletableFuture<SendResult> addOrUpdate(PushDocument document)
            throws BatchRejectedException, InterruptedException {
        Member member = admit(document.getDocumentId(), document.getOrderingId());
        BatchEntry text;
        try {
            // the common case, inline text: written now, with the orderingId, without a copy of the document
            text = EntryPreparer.inlineText(document, member.orderingId);
        } catch (RuntimeException e) {
            settle(List.of(member), null, e);
            return member.result;
        }
        if (text != null) {
            append(member, text);
            return member.result;
        }
        PushDocument ordered = document.getOrderingId() != null ? document
                : document.withOrderingId(member.orderingId);
        CompletableFuture<BatchEntry> entry;
        try {
            entry = preparer.addOrUpdate(ordered);
        } catch (RuntimeException e) {
            entry = CompletableFuture.failedFuture(e);
        }
        if (entry.isDone() && !entry.isCompletedExceptionally()) {
            append(member, entry.join());
        } else {
            entry.whenComplete((prepared, error) -> {
                if (error != null) {
                    settle(List.of(member), null, error);
                } else {
                    append(member, prepared);
                }
            });
        }
        return member.result;
    }

    /** Admits the deletion of a document (and, optionally, its children), waiting up to the bound for room. */
    public CompletableFuture<SendResult> delete(String documentId, boolean deleteChildren)
            throws BatchRejectedException, InterruptedException {
        Member member = admit(documentId, null);
        append(member, EntryPreparer.delete(documentId, deleteChildren));
        return member.result;
    }

    /**
     * Admits an entry that is ready to be written (a security identity), waiting up to the bound for room. The batch
     * is pushed with the highest orderingId its entries were given: {@code orderingId}, or the time of arrival.
     *
     * @return completes when the batch holding the entry was accepted
     */
    public CompletableFuture<SendResult> add(BatchEntry entry, Long orderingId)
            throws BatchRejectedException, InterruptedException {
        Member member = admit(entry.documentId(), orderingId);
        append(member, entry);
        return member.result;
    }

    /** Seals the open batch and sends it as soon as a slot is free. */
    public void flush() {
        List<Batch> toSend;
        synchronized (lock) {
            sealOpen();
            toSend = dispatchable();
        }
        send(toSend);
    }

    /**
     * Flushes, and completes once every document admitted so far is settled, accepted or not: for operations that
     * must follow them, such as setting the source status at the end of a load.
     */
    public CompletableFuture<Void> drain() {
        CompletableFuture<?>[] snapshot;
        synchronized (lock) {
            snapshot = new CompletableFuture<?>[outstandingCount];
            int i = 0;
            for (Member m = outstandingHead; m != null; m = m.next) {
                snapshot[i++] = m.result;
            }
        }
        flush();
        return CompletableFuture.allOf(snapshot).handle((ok, error) -> null);
    }

    /**
     * Refuses new documents, sends what is pending and waits up to {@code timeout} for Coveo to accept it; what is
     * still pending then fails, so that its exchanges are not acknowledged.
     */
    public void close(Duration timeout) {
        closing = true;
        try {
            drain().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            int left;
            synchronized (lock) {
                left = outstandingCount;
            }
            LOG.warn("{} Coveo Push documents were not accepted within {} ms of stopping; their exchanges fail",
                    left, timeout.toMillis());
        }
        BatchRejectedException stopped = new BatchRejectedException("stopped before Coveo accepted the document");
        List<Member> left = new ArrayList<>();
        synchronized (lock) {
            while (outstandingHead != null) {
                left.add(outstandingHead);
                unlink(outstandingHead);
            }
        }
        for (Member member : left) {
            member.result.completeExceptionally(stopped);
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public int pendingDocuments() {
        synchronized (lock) {
            return pendingDocuments;
        }
    }

    /** The most documents that were ever pending at once. */
    public int peakPendingDocuments() {
        synchronized (lock) {
            return peakPendingDocuments;
        }
    }

    public long batchesSent() {
        return batchesSent.get();
    }

    public long batchesFailed() {
        return batchesFailed.get();
    }

    private Member admit(String documentId, Long ownOrderingId) throws BatchRejectedException, InterruptedException {
        if (closing) {
            throw new BatchRejectedException("the Coveo Push endpoint is stopping: '" + documentId + "' was not sent");
        }
        room.acquire(documentId);
        Member member = new Member(documentId);
        synchronized (lock) {
            admitVersion(member, ownOrderingId);
            pendingDocuments++;
            peakPendingDocuments = Math.max(peakPendingDocuments, pendingDocuments);
            member.linked = true;
            member.next = outstandingHead;
            if (outstandingHead != null) {
                outstandingHead.previous = member;
            }
            outstandingHead = member;
            outstandingCount++;
        }
        return member;
    }

    /**
     * Under the lock: gives the member its orderingId (its own, or the time of arrival in milliseconds, Coveo's own
     * default, raised if need be above every pending version of its documentId, so that they are strictly ordered),
     * and marks it and the version before it when both are pending: see {@link #markVersioned}.
     */
    private void admitVersion(Member member, Long ownOrderingId) {
        Member previous = latestVersions.put(member.documentId, member);
        if (previous == null) {
            member.orderingId = ownOrderingId != null ? ownOrderingId : clock.getAsLong();
            member.highestOrderingId = member.orderingId;
            member.pendingVersions = 1;
            return;
        }
        member.orderingId = ownOrderingId != null ? ownOrderingId
                : Math.max(clock.getAsLong(), previous.highestOrderingId + 1);
        member.highestOrderingId = Math.max(previous.highestOrderingId, member.orderingId);
        member.pendingVersions = previous.pendingVersions + 1;
        markVersioned(previous);
        markVersioned(member);
    }

    /**
     * Under the lock: the member shares its documentId with another pending version. Its batch lists the id: a batch
     * is sealed rather than take a second version, and does not leave while a batch in flight lists one of its ids.
     * Two pending versions are always both marked: the later one at its admission, the earlier one then or before.
     */
    private static void markVersioned(Member member) {
        if (!member.versioned) {
            member.versioned = true;
            if (member.batch != null) {
                member.batch.versionedIds().add(member.documentId);
            }
        }
    }

    /** Under the lock: the member is settled, one version fewer of its documentId is pending. */
    private void releaseVersion(Member member) {
        member.batch = null; // a settled latest version kept in the map must not keep its whole batch alive
        Member latest = latestVersions.remove(member.documentId);
        if (latest != null && --latest.pendingVersions > 0) {
            latestVersions.put(member.documentId, latest); // older versions are still pending
        }
        pendingDocuments--;
    }

    /** Under the lock. */
    private void unlink(Member member) {
        if (member.previous != null) {
            member.previous.next = member.next;
        } else {
            outstandingHead = member.next;
        }
        if (member.next != null) {
            member.next.previous = member.previous;
        }
        member.previous = null;
        member.next = null;
        member.linked = false;
        outstandingCount--;
    }

    private void append(Member member, BatchEntry entry) {
        List<Batch> toSend;
        try (entry) {
            synchronized (lock) {
                if (open != null && open.file.sizeWith(entry) > settings.maxBytes()) {
                    sealOpen();
                }
                if (open != null && member.versioned && open.versionedIds != null
                    && open.versionedIds.contains(member.documentId)) {
                    sealOpen(); // it holds another version of the document: this one goes into the next batch
                }
                if (open == null) {
                    open = new Batch(new BatchFile(layout));
                    if (!closing) {
                        Batch lingering = open;
                        open.linger = timer.schedule(() -> lingerOver(lingering), settings.lingerMillis(),
                                TimeUnit.MILLISECONDS);
                    }
                }
                open.file.add(entry);
                member.batch = open;
                if (member.versioned) {
                    open.versionedIds().add(member.documentId);
                }
                open.members.add(member);
                member.transport = entry.transport();
                if (!(entry instanceof BatchEntry.AddOrUpdate)) {
                    // entries without an orderingId of their own get the batch's
                    open.deleteOrderingId = open.deleteOrderingId == null ? member.orderingId
                            : Math.max(open.deleteOrderingId, member.orderingId);
                }
                if (open.file.entries() >= settings.maxDocuments() || open.file.size() >= settings.maxBytes()
                    || closing) {
                    sealOpen();
                }
                toSend = dispatchable();
            }
        } catch (IOException | RuntimeException e) {
            settle(List.of(member), null, e);
            return;
        }
        send(toSend);
    }

    private void lingerOver(Batch batch) {
        List<Batch> toSend;
        synchronized (lock) {
            if (open != batch) {
                return;
            }
            sealOpen();
            toSend = dispatchable();
        }
        send(toSend);
    }

    /** Under the lock. */
    private void sealOpen() {
        if (open == null) {
            return;
        }
        Batch batch = open;
        open = null;
        if (batch.linger != null) {
            batch.linger.cancel(false);
        }
        try {
            batch.body = batch.file.seal();
            ready.add(batch);
        } catch (IOException | RuntimeException e) {
            batch.file.close();
            settleLater(batch.members, e);
        }
    }

    /** Under the lock: the ready batches that may go now, in order, marked as in flight. */
    private List<Batch> dispatchable() {
        List<Batch> toSend = List.of();
        while (!ready.isEmpty() && inFlight.size() < settings.maxBatchesInFlight()) {
            Batch next = ready.peek();
            if (sharesIdInFlight(next)) {
                break; // an earlier version of one of its documents is still on its way
            }
            ready.poll();
            inFlight.add(next);
            if (toSend.isEmpty()) {
                toSend = new ArrayList<>(1);
            }
            toSend.add(next);
        }
        return toSend;
    }

    /**
     * Under the lock: whether a batch in flight holds another version of one of the batch's documents. Both versions
     * are marked, so only the ids of marked ones are compared.
     */
    private boolean sharesIdInFlight(Batch batch) {
        if (batch.versionedIds == null) {
            return false;
        }
        for (Batch sent : inFlight) {
            if (sent.versionedIds == null) {
                continue;
            }
            Set<String> fewer = sent.versionedIds.size() < batch.versionedIds.size() ? sent.versionedIds
                    : batch.versionedIds;
            Set<String> more = fewer == sent.versionedIds ? batch.versionedIds : sent.versionedIds;
            for (String id : fewer) {
                if (more.contains(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void send(List<Batch> batches) {
        for (int i = 0; i < batches.size(); i++) {
            Batch batch = batches.get(i);
            CompletableFuture<Integer> sent;
            try {
                sent = sender.send(batch.body, batch.deleteOrderingId);
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sent.whenComplete((status, error) -> sent(batch, status, error));
        }
    }

    private void sent(Batch batch, Integer status, Throwable error) {
        batch.file.close();
        List<Batch> toSend;
        synchronized (lock) {
            for (int i = 0; i < inFlight.size(); i++) {
                if (inFlight.get(i) == batch) {
                    inFlight.remove(i);
                    break;
                }
            }
            toSend = dispatchable();
        }
        if (error != null) {
            batchesFailed.incrementAndGet();
            LOG.debug("Coveo Push batch of {} documents failed: {}", batch.members.size(), error.toString());
        } else {
            batchesSent.incrementAndGet();
        }
        settle(batch.members, status, error);
        send(toSend);
    }

    private void settleLater(List<Member> members, Throwable error) {
        // called under the lock: complete the exchanges elsewhere
        settle(members, null, error);
    }

    /** Frees the room of the members, then completes their futures on the completions executor. */
    private void settle(List<Member> members, Integer status, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        synchronized (lock) {
            for (int i = 0; i < members.size(); i++) {
                releaseVersion(members.get(i));
            }
        }
        room.release(members.size());
        Runnable complete = () -> {
            boolean[] failedByClose = null;
            synchronized (lock) {
                for (int i = 0; i < members.size(); i++) {
                    Member member = members.get(i);
                    if (member.linked) {
                        unlink(member);
                    } else {
                        if (failedByClose == null) {
                            failedByClose = new boolean[members.size()];
                        }
                        failedByClose[i] = true;
                    }
                }
            }
            SendResult result = null;
            for (int i = 0; i < members.size(); i++) {
                if (failedByClose != null && failedByClose[i]) {
                    continue; // already failed by close()
                }
                Member member = members.get(i);
                if (cause != null) {
                    member.result.completeExceptionally(cause);
                } else {
                    if (result == null || !result.transport().equals(member.transport)) {
                        result = new SendResult(status, member.transport); // shared: a record, immutable
                    }
                    member.result.complete(result);
                }
            }
        };
        try {
            completions.execute(complete);
        } catch (RejectedExecutionException e) {
            complete.run();
        }
    }

    /** A pending document; its fields but the future are under the lock. */
    private static final class Member {
        final String documentId;
        final CompletableFuture<SendResult> result = new CompletableFuture<>();
        /** The orderingId it is sent with, set at admission. */
        long orderingId;
        /** The highest orderingId of the pending versions of its documentId up to this one. */
        long highestOrderingId;
        /** While it is the latest version: how many versions of its documentId are pending. */
        int pendingVersions;
        /** It shares its documentId with another pending version. */
        boolean versioned;
        /** The batch that holds its entry, once appended. */
        Batch batch;
        String transport;
        /** In the outstanding list. */
        boolean linked;
        Member previous;
        Member next;

        Member(String documentId) {
            this.documentId = documentId;
        }
    }

    private static final class Batch {
        final BatchFile file;
        /** The documentIds of its marked members ({@link #markVersioned}); null while there is none. */
        Set<String> versionedIds;
        final List<Member> members = new ArrayList<>();
        Long deleteOrderingId;
        Future<?> linger;
        RequestBody body;

        Batch(BatchFile file) {
            this.file = file;
        }

        Set<String> versionedIds() {
            if (versionedIds == null) {
                versionedIds = new HashSet<>();
            }
            return versionedIds;
        }
    }
}
