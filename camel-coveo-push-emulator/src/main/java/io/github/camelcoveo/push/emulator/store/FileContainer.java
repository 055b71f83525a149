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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * A file container: what {@code POST /files} created and what was uploaded to it. The {@link FileContainerStore}
 * forgets it, and its bytes, once a push consumed it or when it expires.
 */
public final class FileContainer {

    private final String fileId;
    private final String organizationId;
    private final String signature;
    private final Instant createdAt;
    private final Instant expiresAt;
    private byte[] content;
    private boolean claimed;

    FileContainer(String fileId, String organizationId, String signature, Instant createdAt, Instant expiresAt) {
        this.fileId = fileId;
        this.organizationId = organizationId;
        this.signature = signature;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String fileId() {
        return fileId;
    }

    public String organizationId() {
        return organizationId;
    }

    /** The emulated pre-signature that the upload URI carries. */
    public String signature() {
        return signature;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When Coveo deletes the container if nothing consumed it before: 60 minutes after its creation by default. */
    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** A copy of what was uploaded, or empty before any upload. */
    public synchronized Optional<byte[]> content() {
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    /** What was uploaded, read in place (no copy), or empty before any upload. */
    public synchronized Optional<InputStream> openContent() {
        return content == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(content));
    }

    public synchronized boolean isUploaded() {
        return content != null;
    }

    /** The bytes held: what was uploaded, 0 before. */
    public synchronized int size() {
        return content == null ? 0 : content.length;
    }

    /** Keeps the bytes (no copy: the caller hands them over); returns how many bytes the previous upload held. */
    synchronized int replaceContent(byte[] bytes) {
        int previous = size();
        content = bytes;
        return previous;
    }

    /** Drops the bytes; returns how many it held. */
    synchronized int release() {
        int held = size();
        content = null;
        return held;
    }

    synchronized boolean claim() {
        if (claimed || content == null) {
            return false;
        }
        claimed = true;
        return true;
    }

    synchronized void unclaim() {
        claimed = false;
    }
}
