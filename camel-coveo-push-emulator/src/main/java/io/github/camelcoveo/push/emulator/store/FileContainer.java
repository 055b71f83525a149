package io.github.camelcoveo.push.emulator.store;

import java.time.Instant;
import java.util.Optional;

/** A file container: what {@code POST /files} created and what was uploaded to it. */
public final class FileContainer {

    private final String fileId;
    private final String organizationId;
    private final String signature;
    private final Instant createdAt;
    private volatile byte[] content;

    public FileContainer(String fileId, String organizationId, String signature, Instant createdAt) {
        this.fileId = fileId;
        this.organizationId = organizationId;
        this.signature = signature;
        this.createdAt = createdAt;
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

    public void upload(byte[] bytes) {
        this.content = bytes.clone();
    }

    public Optional<byte[]> content() {
        byte[] current = content;
        return current == null ? Optional.empty() : Optional.of(current.clone());
    }

    public boolean isUploaded() {
        return content != null;
    }
}
