package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A full load of a Catalog source ({@code POST /stream/open}, a {@code /chunk} per further file container,
 * {@code /close}): the containers its chunks were uploaded to, and when it was closed. Until closed, it applies nothing
 * and removes nothing.
 */
public final class LoadStream {

    private final String streamId;
    private final Instant openedAt;
    private final List<String> fileIds = new ArrayList<>();
    private Instant closedAt;

    public LoadStream(String streamId, Instant openedAt, String firstFileId) {
        this.streamId = streamId;
        this.openedAt = openedAt;
        this.fileIds.add(firstFileId);
    }

    public String streamId() {
        return streamId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /**
     * The orderingId of the load's items: its opening time in milliseconds, so that an update applied while the stream
     * was open is newer than the load and neither overwritten nor removed by it.
     */
    public long orderingId() {
        return openedAt.toEpochMilli();
    }

    /** The file containers of the stream's chunks, the one {@code open} returned first. */
    public synchronized List<String> fileIds() {
        return List.copyOf(fileIds);
    }

    public synchronized void addChunk(String fileId) {
        fileIds.add(fileId);
    }

    public synchronized boolean isOpen() {
        return closedAt == null;
    }

    public synchronized Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    synchronized void markClosed(Instant at) {
        closedAt = at;
    }

    @Override
    public synchronized String toString() {
        return "LoadStream[" + streamId + ", " + fileIds.size() + " chunk(s), " + (isOpen() ? "open" : "closed") + "]";
    }
}
