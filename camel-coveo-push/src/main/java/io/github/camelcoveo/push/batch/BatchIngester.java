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
package io.github.camelcoveo.push.batch;

import io.github.camelcoveo.push.error.BatchRejectedException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.content.RequestBody;
import io.github.camelcoveo.push.document.DocumentContent;
import io.github.camelcoveo.push.document.OrderingClock;
import io.github.camelcoveo.push.document.PushDocument;
import io.github.camelcoveo.push.document.SendResult;
import io.github.camelcoveo.push.document.Transport;
import io.github.camelcoveo.push.metrics.PushMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers documents into file-container batches, in the manner of the Elasticsearch client's BulkIngester: a batch
 * is sealed at a document count, a byte size or a linger time; a bounded number of batches are sent at once; a
 * bounded number of documents, holding a bounded number of bytes, may be pending, and callers wait (up to a bound)
 * for room beyond it.
 * <p>
 * Each document's future completes only when the batch that holds it was accepted, or fails with the batch's cause
 * (naming the document and the batch's fileId). Futures complete on the thread that settles them, an HTTP worker:
 * what depends on them must not block there, but hand its work to threads of its own, as the producer does.
 * <p>
 * Ordering: a batch never holds two entries of one documentId (a second one seals the batch first), and a batch that
 * shares a documentId with a batch in flight waits for it. Every entry has an orderingId: its own, or one from the
 * {@link OrderingClock} above every pending version of its documentId. Document entries carry theirs in the batch
 * file; entries of a layout without {@link BatchLayout#entryOrderingIds()} (security identities) take their batch's,
 * and a batch holds entries of one orderingId only.
 */
public final class BatchIngester implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchIngester.class);

    /** What a pending document holds besides its content, counted against {@code maxPendingBytes}. */
    static final long DOCUMENT_OVERHEAD = 1024;

    /** The key under which batches of a layout without entry orderingIds draw their orderingIds. */
    private static final String BATCH_KEY = "\u0000batch";

    private final BatchSettings settings;
    private final BatchLayout layout;
    private final EntryPreparer preparer;
    private final BatchSender sender;
    private final ScheduledExecutorService timer;
    private final OrderingClock clock;
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
    private volatile PushMetrics metrics = PushMetrics.NONE;

    /**
     * @param preparer turns documents into entries; null for a layout whose entries arrive ready ({@link #add})
     */
    public BatchIngester(BatchSettings settings, BatchLayout layout, EntryPreparer preparer, BatchSender sender,
                         ScheduledExecutorService timer, OrderingClock clock) {
        this.settings = settings;
        this.layout = layout;
        this.preparer = preparer;
        this.sender = sender;
        this.timer = timer;
        this.clock = clock;
        this.room = new PendingDocuments(settings.maxPendingDocuments(), settings.maxPendingBytes(),
                settings.maxBlockMillis());
    }

    /** Tells {@code metrics} of each batch sealed and settled. */
    public void metrics(PushMetrics metrics) {
        this.metrics = metrics;
    }

    /** An entry admitted with {@link #add}: the orderingId it is sent with, and its completion. */
    public record Admission(long orderingId, CompletableFuture<SendResult> result) {
    }

    /** Like {@link #addOrUpdate(PushDocument, long)}, counting the document's text as what it holds. */
    public CompletableFuture<SendResult> addOrUpdate(PushDocument document)
            throws BatchRejectedException, InterruptedException {
        return addOrUpdate(document, document.getContent() instanceof DocumentContent.Text text
                ? text.data().length() : 0).result();
    }

    /**
     * Admits a document to add or update, waiting up to {@code maxBlockMillis} for room.
     *
     * @param  heldBytes              the bytes of content that the document (its exchange) holds in memory until it
     *                                is settled
     * @return                        the orderingId the document goes with, and a future that completes when the
     *                                batch holding the document was accepted
     * @throws BatchRejectedException when there was no room in time, or the ingester is stopped
     */
    public Admission addOrUpdate(PushDocument document, long heldBytes)
            throws BatchRejectedException, InterruptedException {
        Member member = admit(document.getDocumentId(), document.getOrderingId(), heldBytes);
        BatchEntry text;
        try {
            // the common case, inline text: written now, with the orderingId, without a copy of the document
            text = EntryPreparer.inlineText(document, member.orderingId);
        } catch (RuntimeException e) {
            place(member, null, e);
            return new Admission(member.orderingId, member.result);
        }
        if (text != null) {
            place(member, text, null);
            return new Admission(member.orderingId, member.result);
        }
        PushDocument ordered = document.getOrderingId() != null ? document
                : document.withOrderingId(member.orderingId);
        CompletableFuture<BatchEntry> entry;
        try {
            entry = preparer.addOrUpdate(ordered);
        } catch (RuntimeException e) {
            entry = CompletableFuture.failedFuture(e);
        }
        entry.whenComplete((prepared, error) -> place(member, prepared, error));
        return new Admission(member.orderingId, member.result);
    }

    /**
     * Admits the deletion of a document (and, optionally, its children), waiting up to the bound for room.
     *
     * @param orderingId the delete's own orderingId, or null for one from the clock
     */
    public Admission delete(String documentId, boolean deleteChildren, Long orderingId)
            throws BatchRejectedException, InterruptedException {
        Member member = admit(documentId, orderingId, 0);
        BatchEntry entry;
        try {
            entry = EntryPreparer.delete(documentId, deleteChildren, member.orderingId);
        } catch (RuntimeException e) {
            place(member, null, e);
            return new Admission(member.orderingId, member.result);
        }
        place(member, entry, null);
        return new Admission(member.orderingId, member.result);
    }

    /**
     * Admits an entry that is ready to be written (a security identity), waiting up to the bound for room.
     *
     * @param orderingId the entry's own orderingId, or null: it then takes the orderingId of the batch it joins
     */
    public Admission add(BatchEntry entry, Long orderingId) throws BatchRejectedException, InterruptedException {
        String key = entry.documentId();
        if (layout.entryOrderingIds()) {
            Member member = admit(key, orderingId, 0);
            place(member, entry, null);
            return new Admission(member.orderingId, member.result);
        }
        // the orderingId depends on the batch the entry joins: admitted and appended in one step
        acquireRoom(key, 0);
        Member member = new Member(key, DOCUMENT_OVERHEAD);
        List<Batch> toSend;
        List<Member> unsealed = new ArrayList<>(0);
        try (entry) {
            synchronized (lock) {
                admitVersion(member, orderingId, true);
                member.placed = true; // no version of its key can wait: every entry of this layout arrives ready
                toSend = appendLocked(member, entry, unsealed);
            }
        } catch (IOException | RuntimeException e) {
            failUnsealed(unsealed);
            fail(member, e);
            return new Admission(member.orderingId, member.result);
        }
        failUnsealed(unsealed);
        send(toSend);
        return new Admission(member.orderingId, member.result);
    }

    /** Seals the open batch and sends it as soon as a slot is free. */
    public void flush() {
        List<Batch> toSend;
        List<Member> unsealed = new ArrayList<>();
        synchronized (lock) {
            sealOpen(unsealed);
            toSend = dispatchable();
        }
        failUnsealed(unsealed);
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
     *
     * @return how many documents were failed because Coveo had not answered in time: their batches may still be
     *         applied
     */
    public int close(Duration timeout) {
        closing = true;
        try {
            drain().get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // what is left fails below
        }
        List<Member> left = new ArrayList<>();
        synchronized (lock) {
            while (outstandingHead != null) {
                left.add(outstandingHead);
                unlink(outstandingHead);
            }
        }
        BatchRejectedException stopped = new BatchRejectedException("the Coveo Push endpoint stopped before Coveo"
                                                                     + " answered for the document; its batch may still be applied");
        for (Member member : left) {
            member.result.completeExceptionally(stopped);
        }
        return left.size();
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

    /** The bytes of content that the pending documents hold in memory, as their callers counted them. */
    public long pendingBytes() {
        return room.bytes();
    }

    /** Sealed batches waiting for a slot (or for a batch in flight that holds another version of a document). */
    public int batchesReady() {
        synchronized (lock) {
            return ready.size();
        }
    }

    /** Batches sent and not yet answered. */
    public int batchesInFlight() {
        synchronized (lock) {
            return inFlight.size();
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

    private void acquireRoom(String key, long heldBytes) throws BatchRejectedException, InterruptedException {
        if (closing) {
            throw new BatchRejectedException("the Coveo Push endpoint is stopping: '" + key + "' was not sent");
        }
        room.acquire(key, heldBytes + DOCUMENT_OVERHEAD);
    }

    private Member admit(String documentId, Long ownOrderingId, long heldBytes)
            throws BatchRejectedException, InterruptedException {
        acquireRoom(documentId, heldBytes);
        Member member = new Member(documentId, heldBytes + DOCUMENT_OVERHEAD);
        synchronized (lock) {
            admitVersion(member, ownOrderingId, false);
        }
        return member;
    }

    /**
     * Under the lock: counts the member among the pending and outstanding documents, gives it its orderingId (its own,
     * or, unless {@code deferred}, one from the clock above every pending version of its documentId, so that they are
     * strictly ordered), and marks it and the version before it when both are pending: see {@link #markVersioned}.
     * A deferred member gets its orderingId from the batch it joins ({@link #appendLocked}).
     */
    private void admitVersion(Member member, Long ownOrderingId, boolean deferred) {
        Member previous = latestVersions.put(member.documentId, member);
        member.ownOrderingId = ownOrderingId;
        member.floor = previous == null ? Long.MIN_VALUE : previous.highestOrderingId + 1;
        if (ownOrderingId != null) {
            member.orderingId = ownOrderingId;
        } else if (!deferred) {
            member.orderingId = clock.next(member.documentId, member.floor);
        }
        member.highestOrderingId = previous == null ? member.orderingId
                : Math.max(previous.highestOrderingId, member.orderingId);
        member.pendingVersions = previous == null ? 1 : previous.pendingVersions + 1;
        if (previous != null) {
            markVersioned(previous);
            markVersioned(member);
            if (!previous.placed) {
                previous.after = member;
                member.waiting = true;
            }
        }
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

    /**
     * Writes the member's entry into the open batch (or fails the member, when its entry could not be prepared), then
     * does the same for the later version of its documentId that was ready and waited for it, and so on. A member
     * whose earlier version has not taken its place yet leaves its entry (or failure) to wait for it: the versions of
     * a documentId take their places in admission order, whatever order their content was ready in.
     */
    private void place(Member member, BatchEntry entry, Throwable error) {
        Member current = member;
        while (current != null) {
            List<Batch> toSend = List.of();
            List<Member> unsealed = new ArrayList<>(0);
            Member next;
            BatchEntry nextEntry = null;
            Throwable nextError = null;
            synchronized (lock) {
                if (current.waiting) {
                    try {
                        current.parked = entry == null ? null : entry.kept();
                        current.parkedFailure = error;
                    } catch (RuntimeException e) {
                        current.parkedFailure = e;
                    }
                    return;
                }
                if (error == null) {
                    try {
                        toSend = appendLocked(current, entry, unsealed);
                    } catch (IOException | RuntimeException e) {
                        error = e;
                    }
                }
                current.placed = true;
                next = current.after;
                current.after = null;
                if (next != null) {
                    next.waiting = false;
                    nextEntry = next.parked;
                    nextError = next.parkedFailure;
                    next.parked = null;
                    next.parkedFailure = null;
                    if (nextEntry == null && nextError == null) {
                        next = null; // not ready: it takes its place when it is
                    }
                }
            }
            if (entry != null) {
                entry.close();
            }
            failUnsealed(unsealed);
            if (error != null) {
                fail(current, error);
            }
            send(toSend);
            current = next;
            entry = nextEntry;
            error = nextError;
        }
    }

    /** Under the lock: writes the entry into the open batch, sealing first what it cannot join. */
    private List<Batch> appendLocked(Member member, BatchEntry entry, List<Member> unsealed) throws IOException {
        if (open != null && (open.file.sizeWith(entry) > settings.maxBytes()
                             || member.versioned && open.versionedIds != null
                                && open.versionedIds.contains(member.documentId) // the next batch takes this version
                             || !layout.entryOrderingIds() && !open.admits(member))) {
            sealOpen(unsealed);
        }
        if (open == null) {
            open = new Batch(new BatchFile(layout), batchOrderingId(member), member.ownOrderingId != null);
            if (!closing) {
                Batch lingering = open;
                open.linger = timer.schedule(() -> lingerOver(lingering), settings.lingerMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
        if (!layout.entryOrderingIds() && member.ownOrderingId == null) {
            // admitted in this same hold of the lock: it is still the latest version of its documentId
            member.orderingId = open.orderingId;
            member.highestOrderingId = Math.max(member.highestOrderingId, member.orderingId);
        }
        open.file.add(entry);
        member.batch = open;
        if (member.versioned) {
            open.versionedIds().add(member.documentId);
        }
        open.members.add(member);
        member.transport = entry.transport();
        if (!(entry instanceof BatchEntry.AddOrUpdate)) {
            // the batch's orderingId: for entries of a layout without their own, and for a Coveo that reads only it
            open.maxOrderingId = open.maxOrderingId == null ? member.orderingId
                    : Math.max(open.maxOrderingId, member.orderingId);
        }
        if (open.file.entries() >= settings.maxDocuments() || open.file.size() >= settings.maxBytes() || closing) {
            sealOpen(unsealed);
        }
        return dispatchable();
    }

    /**
     * The orderingId of a new batch that the member opens, for a layout without entry orderingIds: the member's own,
     * or a new one from the clock above every pending version of the member's documentId.
     */
    private Long batchOrderingId(Member member) {
        if (layout.entryOrderingIds()) {
            return null;
        }
        return member.ownOrderingId != null ? member.ownOrderingId : clock.next(BATCH_KEY, member.floor);
    }

    private void lingerOver(Batch batch) {
        List<Batch> toSend;
        List<Member> unsealed = new ArrayList<>(0);
        synchronized (lock) {
            if (open != batch) {
                return;
            }
            if (!ready.isEmpty() || inFlight.size() >= settings.maxBatchesInFlight()) {
                // it could not leave now: sealed when a batch in flight is answered, it takes what arrives till then
                // instead of many small batches waiting in line (and costing as many requests)
                batch.lingered = true;
                return;
            }
            sealOpen(unsealed);
            toSend = dispatchable();
        }
        failUnsealed(unsealed);
        send(toSend);
    }

    /** Under the lock: seals the open batch; if that fails, adds its members to {@code unsealed}. */
    private void sealOpen(List<Member> unsealed) {
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
            batch.sealedAt = System.nanoTime();
            metrics.batchSealed(batch.members.size(), batch.body.length());
            ready.add(batch);
        } catch (IOException | RuntimeException e) {
            batch.file.close();
            batch.sealFailure = e;
            unsealed.addAll(batch.members);
        }
    }

    /** Outside the lock: fails the members of batches that could not be sealed. */
    private void failUnsealed(List<Member> unsealed) {
        if (!unsealed.isEmpty()) {
            settle(unsealed, null, unsealed.get(0).batchFailure(), null);
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
            CompletableFuture<BatchSender.Receipt> sent;
            try {
                sent = sender.send(batch.body, batch.layoutOrderingId());
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sent.whenComplete((receipt, error) -> sent(batch, receipt, error));
        }
    }

    private void sent(Batch batch, BatchSender.Receipt receipt, Throwable error) {
        batch.file.close();
        List<Batch> toSend;
        List<Member> unsealed = new ArrayList<>(0);
        synchronized (lock) {
            for (int i = 0; i < inFlight.size(); i++) {
                if (inFlight.get(i) == batch) {
                    inFlight.remove(i);
                    break;
                }
            }
            if (open != null && open.lingered && ready.isEmpty()) {
                sealOpen(unsealed);
            }
            toSend = dispatchable();
        }
        // the next batches go before this one's documents are completed: nothing that completing runs may hold them
        send(toSend);
        failUnsealed(unsealed);
        metrics.batchSettled(batch.members.size(), batch.body.length(), receipt == null ? null : receipt.fileId(),
                receipt == null ? 0 : receipt.statusCode(), error, System.nanoTime() - batch.sealedAt);
        if (error != null) {
            LOG.debug("Coveo Push batch of {} documents failed: {}", batch.members.size(), error.toString());
            settle(batch.members, null, error, null);
        } else {
            batchesSent.incrementAndGet();
            settle(batch.members, receipt.statusCode(), null, receipt.fileId());
        }
    }

    private void fail(Member member, Throwable error) {
        settle(List.of(member), null, error, null);
    }

    /**
     * Outside the lock: frees the room of the members, then completes their futures on this thread. A failure is
     * reported to each member with its own documentId.
     */
    private void settle(List<Member> members, Integer status, Throwable error, String fileId) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        long bytes = 0;
        boolean[] failedByClose = null;
        synchronized (lock) {
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                releaseVersion(member);
                bytes += member.heldBytes;
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
        room.release(members.size(), bytes);
        SendResult result = null;
        for (int i = 0; i < members.size(); i++) {
            if (failedByClose != null && failedByClose[i]) {
                continue; // already failed by close()
            }
            Member member = members.get(i);
            if (cause != null) {
                member.result.completeExceptionally(cause instanceof CoveoPushApiException api
                        ? api.forDocument(member.documentId) : cause);
            } else {
                if (result == null || !result.transport().equals(member.transport)) {
                    result = new SendResult(status, member.transport, fileId); // shared: a record, immutable
                }
                member.result.complete(result);
            }
        }
    }

    /** A pending document; its fields but the future are under the lock. */
    private static final class Member {
        final String documentId;
        final long heldBytes;
        final CompletableFuture<SendResult> result = new CompletableFuture<>();
        /** The orderingId it was admitted with, or null. */
        Long ownOrderingId;
        /** The lowest orderingId it may be given: above every version of its documentId pending before it. */
        long floor;
        /** The orderingId it is sent with. */
        long orderingId;
        /** The highest orderingId of the pending versions of its documentId up to this one. */
        long highestOrderingId;
        /** While it is the latest version: how many versions of its documentId are pending. */
        int pendingVersions;
        /** It shares its documentId with another pending version. */
        boolean versioned;
        /** The batch that holds its entry, once appended. */
        Batch batch;
        /** Its entry is in a batch, or it failed before. */
        boolean placed;
        /** An earlier version of its documentId has not taken its place yet. */
        boolean waiting;
        /** The next version of its documentId, admitted while this one had not taken its place. */
        Member after;
        /** Its entry, or the failure that replaces it, ready while it waits for the earlier version. */
        BatchEntry parked;
        Throwable parkedFailure;
        Transport transport;
        /** In the outstanding list. */
        boolean linked;
        Member previous;
        Member next;

        Member(String documentId, long heldBytes) {
            this.documentId = documentId;
            this.heldBytes = heldBytes;
        }

        Throwable batchFailure() {
            return batch != null && batch.sealFailure != null ? batch.sealFailure
                    : new IOException("the Coveo Push batch file could not be sealed");
        }
    }

    private static final class Batch {
        final BatchFile file;
        /** For a layout without entry orderingIds: the orderingId of every entry. */
        final Long orderingId;
        /** It was opened by an entry's own orderingId: it takes only entries of that orderingId. */
        final boolean ownOrderingId;
        /** The documentIds of its marked members ({@link #markVersioned}); null while there is none. */
        Set<String> versionedIds;
        final List<Member> members = new ArrayList<>();
        /** The highest orderingId of its entries that are not addOrUpdate (deletes, identities). */
        Long maxOrderingId;
        Future<?> linger;
        /** Its linger time passed while it could not have left: it is sealed when a slot is free. */
        boolean lingered;
        RequestBody body;
        long sealedAt;
        Exception sealFailure;

        Batch(BatchFile file, Long orderingId, boolean ownOrderingId) {
            this.file = file;
            this.orderingId = orderingId;
            this.ownOrderingId = ownOrderingId;
        }

        Set<String> versionedIds() {
            if (versionedIds == null) {
                versionedIds = new HashSet<>();
            }
            return versionedIds;
        }

        /** For a layout without entry orderingIds: whether the member may share this batch's orderingId. */
        boolean admits(Member member) {
            return member.ownOrderingId != null ? ownOrderingId && member.ownOrderingId.equals(orderingId)
                    : !ownOrderingId && orderingId >= member.floor;
        }

        /** The orderingId of the batch push: the batch's own, or that of its deletes. */
        Long layoutOrderingId() {
            return orderingId != null ? orderingId : maxOrderingId;
        }
    }
}
