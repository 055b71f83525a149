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
package io.github.camelcoveo.push.emulator.content;

import io.github.camelcoveo.push.emulator.http.PushApiException;
import io.github.camelcoveo.push.emulator.store.FileContainer;
import io.github.camelcoveo.push.emulator.store.FileContainerStore;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import io.github.camelcoveo.push.emulator.store.OrganizationRegistry;
import io.github.camelcoveo.push.emulator.store.PushMode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Resolves and decodes a document's content, marks each metadata searchable or not against the organization's
 * fields, and makes the item the index will hold.
 */
public final class ItemAssembler {

    private final OrganizationRegistry organizations;
    private final FileContainerStore fileContainers;
    private final ContentDecoder decoder;
    private final long maxCompressedBytes;
    private final long retainContentUpTo;

    public ItemAssembler(OrganizationRegistry organizations, FileContainerStore fileContainers, ContentDecoder decoder,
                         long maxCompressedBytes, long retainContentUpTo) {
        this.organizations = organizations;
        this.fileContainers = fileContainers;
        this.decoder = decoder;
        this.maxCompressedBytes = maxCompressedBytes;
        this.retainContentUpTo = retainContentUpTo;
    }

    public IndexedItem assemble(PushedDocument document, String organizationId, long orderingId, Instant receivedAt,
                                PushMode pushMode) {
        ContentReference reference = document.content();
        return IndexedItem.builder(document.documentId())
                .metadata(document.metadata())
                .metadataIndexing(organizations.find(organizationId)
                        .map(organization -> organization.fields().index(document.metadata()))
                        .orElse(List.of()))
                .fileExtension(document.fileExtension())
                .parentId(document.parentId())
                .permissionsJson(document.permissionsJson())
                .content(content(reference, organizationId), reference.origin(), reference.compressionType())
                .orderingId(orderingId)
                .indexedAt(receivedAt)
                .pushMode(pushMode)
                .retainContentUpTo(retainContentUpTo)
                .build();
    }

    private byte[] content(ContentReference reference, String organizationId) {
        return switch (reference.origin()) {
            case NONE -> new byte[0];
            case DATA -> reference.value().getBytes(StandardCharsets.UTF_8);
            case COMPRESSED_BINARY_DATA -> decode(new ByteArrayInputStream(base64(reference.value())), reference);
            case FILE_CONTAINER -> decode(uploadedBytes(reference.value(), organizationId), reference);
        };
    }

    private byte[] base64(String value) {
        byte[] compressed;
        try {
            compressed = Base64.getDecoder().decode(value.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw PushApiException.badRequest("INVALID_BASE64", "compressedBinaryData is not valid Base64.");
        }
        if (compressed.length > maxCompressedBytes) {
            throw PushApiException.badRequest("DATA_TOO_LARGE", "compressedBinaryData exceeds " + maxCompressedBytes
                    + " bytes: use compressedBinaryDataFileId.");
        }
        return compressed;
    }

    private InputStream uploadedBytes(String fileId, String organizationId) {
        FileContainer container = fileContainers.find(fileId, organizationId).orElseThrow(() ->
                PushApiException.badRequest("FILE_NOT_FOUND", "No file container " + fileId + " in this organization"
                        + " (Coveo deletes a container once a push consumed it, and 60 minutes after its creation)."));
        return container.openContent().orElseThrow(() ->
                PushApiException.badRequest("FILE_NOT_UPLOADED", "Nothing was uploaded to file container " + fileId + "."));
    }

    private byte[] decode(InputStream compressed, ContentReference reference) {
        try {
            return decoder.decode(compressed, reference.compressionType());
        } catch (IOException | RuntimeException e) {
            throw PushApiException.badRequest("INVALID_COMPRESSED_DATA", "The content cannot be decoded as "
                    + reference.compressionType() + " (" + e.getMessage() + ").");
        }
    }
}
