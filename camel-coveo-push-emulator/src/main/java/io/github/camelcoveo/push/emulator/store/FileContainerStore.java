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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulated S3 bucket behind file containers. As Coveo does, a container is deleted once a push consumed its
 * content, and expires a fixed time (60 minutes) after its creation, by the emulator's clock; either way its bytes
 * are released. A fileId used again afterwards is unknown.
 */
public final class FileContainerStore {

    /** Coveo's lifetime of a file container. */
    public static final Duration COVEO_LIFETIME = Duration.ofMinutes(60);

    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, FileContainer> containers = new ConcurrentHashMap<>();
    /** Containers in order of creation, so that expiry looks at the oldest only. */
    private final Queue<FileContainer> byCreation = new ConcurrentLinkedQueue<>();
    private final AtomicLong heldBytes = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    public FileContainerStore(Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a file container lifetime must be positive: " + lifetime);
        }
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public FileContainer create(String organizationId, Instant now) {
        expireOldest(now);
        byte[] signature = new byte[32];
        random.nextBytes(signature);
        FileContainer container = new FileContainer(UUID.randomUUID().toString(), organizationId,
                HexFormat.of().formatHex(signature), now, now.plus(lifetime));
        containers.put(container.fileId(), container);
        byCreation.add(container);
        return container;
    }

    /** The container, unless it was never created, was consumed by a push, or expired. */
    public Optional<FileContainer> find(String fileId) {
        Instant now = clock.instant();
        expireOldest(now);
        FileContainer container = containers.get(fileId);
        if (container != null && container.isExpiredAt(now)) {
            forget(container);
            return Optional.empty();
        }
        return Optional.ofNullable(container);
    }

    /** A container as the given organization sees it: another organization's containers do not exist for it. */
    public Optional<FileContainer> find(String fileId, String organizationId) {
        return find(fileId).filter(container -> container.organizationId().equals(organizationId));
    }

    /** Stores what was uploaded to a container held by this store; the store keeps the array as it is. */
    public void upload(FileContainer container, byte[] bytes) {
        int previous = container.replaceContent(bytes);
        heldBytes.addAndGet(bytes.length - previous);
        if (containers.get(container.fileId()) != container) {
            forget(container);
        }
    }

    /**
     * Reserves uploaded containers for one push, so that no other push consumes them meanwhile: the push
     * {@link Claim#consume() consumes} them once applied, or closes the claim to leave them as they were.
     *
     * @return empty when a container is unknown, not uploaded, expired or claimed by another push
     */
    public Optional<Claim> claim(Collection<String> fileIds, String organizationId) {
        List<FileContainer> claimed = new ArrayList<>();
        for (String fileId : fileIds) {
            Optional<FileContainer> container = find(fileId, organizationId);
            if (container.isEmpty() || !container.get().claim()) {
                claimed.forEach(FileContainer::unclaim);
                return Optional.empty();
            }
            claimed.add(container.get());
        }
        return Optional.of(new Claim(claimed));
    }

    /** The containers held: created, neither consumed nor expired. */
    public int size() {
        expireAll();
        return containers.size();
    }

    /** The uploaded bytes held by those containers. */
    public long heldBytes() {
        expireAll();
        return heldBytes.get();
    }

    public void clear() {
        containers.values().forEach(this::forget);
        byCreation.clear();
    }

    private void expireOldest(Instant now) {
        for (FileContainer oldest = byCreation.peek(); oldest != null && oldest.isExpiredAt(now);
             oldest = byCreation.peek()) {
            byCreation.remove(oldest);
            forget(oldest);
        }
    }

    /** Also catches containers a clock that went back made younger than later ones. */
    private void expireAll() {
        Instant now = clock.instant();
        expireOldest(now);
        containers.values().stream().filter(container -> container.isExpiredAt(now)).toList().forEach(this::forget);
    }

    private void forget(FileContainer container) {
        containers.remove(container.fileId(), container);
        heldBytes.addAndGet(-container.release());
    }

    /** Containers reserved for one push. */
    public final class Claim implements AutoCloseable {

        private final List<FileContainer> claimed;
        private boolean consumed;

        private Claim(List<FileContainer> claimed) {
            this.claimed = claimed;
        }

        /** The push was applied: Coveo deletes the containers it consumed. */
        public void consume() {
            consumed = true;
            claimed.forEach(FileContainerStore.this::forget);
        }

        /** Leaves the containers usable when the push was not applied. */
        @Override
        public void close() {
            if (!consumed) {
                claimed.forEach(FileContainer::unclaim);
            }
        }
    }
}
