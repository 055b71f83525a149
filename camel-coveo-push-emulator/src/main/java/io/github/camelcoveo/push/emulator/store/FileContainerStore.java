package io.github.camelcoveo.push.emulator.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The emulated S3 bucket behind file containers. */
public final class FileContainerStore {

    private final Map<String, FileContainer> containers = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public FileContainer create(String organizationId, Instant now) {
        byte[] signature = new byte[32];
        random.nextBytes(signature);
        FileContainer container = new FileContainer(UUID.randomUUID().toString(), organizationId,
                HexFormat.of().formatHex(signature), now);
        containers.put(container.fileId(), container);
        return container;
    }

    public Optional<FileContainer> find(String fileId) {
        return Optional.ofNullable(containers.get(fileId));
    }

    /** A container as the given organization sees it: another organization's containers do not exist for it. */
    public Optional<FileContainer> find(String fileId, String organizationId) {
        return find(fileId).filter(container -> container.organizationId().equals(organizationId));
    }

    public int size() {
        return containers.size();
    }

    public void clear() {
        containers.clear();
    }
}
