package io.github.camelcoveo.push.emulator.content;

import java.util.Map;

/** A validated document from a request body or a batch, content not yet decoded. */
public record PushedDocument(
        String documentId,
        Map<String, Object> metadata,
        String fileExtension,
        String parentId,
        String permissionsJson,
        ContentReference content) {
}
