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
