package io.github.camelcoveo.examples.files;

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The documentId of a file of the inbox: the {@code file://} URI of its path in the inbox, also once it was moved to
 * the inbox's {@code .done} folder, so that the full sync pushes the same item again rather than a second one.
 */
public final class InboxDocumentIds {

    private InboxDocumentIds() {
    }

    public static String of(@Header(Exchange.FILE_PATH) String filePath) {
        Path file = Path.of(filePath).toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder != null && folder.getFileName() != null && ".done".equals(folder.getFileName().toString())) {
            file = folder.resolveSibling(file.getFileName());
        }
        return file.toUri().toString();
    }
}
