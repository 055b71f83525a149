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
package io.github.camelcoveo.push;

import io.github.camelcoveo.push.document.ReservedKeys;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.GenericFile;

/** What a file body (File, Path, or the GenericFile of the file and FTP consumers) gives a document. */
final class FileBodies {

    private FileBodies() {
    }

    /**
     * Checks that a file body can be read, so that a missing file or a directory fails when the exchange is mapped,
     * naming the file, rather than when its content is sent. A remote file whose content the consumer already holds
     * is not checked.
     */
    static void checkReadable(Object body) throws InvalidDocumentException {
        Path path = localPath(body);
        if (path == null) {
            return;
        }
        if (Files.isDirectory(path)) {
            throw new InvalidDocumentException("body", "the file " + path + " is a directory: send the files it holds");
        }
        if (!Files.exists(path)) {
            throw new InvalidDocumentException("body", "the file " + path + " does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidDocumentException("body", "the file " + path + " is not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw new InvalidDocumentException("body", "the file " + path + " cannot be read (permissions)");
        }
    }

    private static Path localPath(Object body) {
        if (body instanceof GenericFile<?> generic) {
            Object file = generic.getFile() instanceof File ? generic.getFile() : generic.getBody();
            return file instanceof File local ? local.toPath() : null;
        }
        if (body instanceof File file) {
            return file.toPath();
        }
        return body instanceof Path path ? path : null;
    }

    /** The documentId of a file body, or null for other bodies. */
    static String documentId(Exchange exchange, Object body) throws InvalidDocumentException {
        if (body instanceof GenericFile<?> file) {
            String host = exchange.getMessage().getHeader("CamelFileHost", String.class);
            return host != null ? remoteFileUri(exchange, host, file.getAbsoluteFilePath())
                    : Path.of(file.getAbsoluteFilePath()).toAbsolutePath().normalize().toUri().toString();
        }
        if (body instanceof File file) {
            return file.toPath().toAbsolutePath().normalize().toUri().toString();
        }
        if (body instanceof Path path) {
            return path.toAbsolutePath().normalize().toUri().toString();
        }
        return null;
    }

    private static String remoteFileUri(Exchange exchange, String host, String path) throws InvalidDocumentException {
        String scheme = "ftp";
        if (exchange.getFromEndpoint() != null) {
            String uri = exchange.getFromEndpoint().getEndpointBaseUri();
            scheme = uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT);
        }
        String absolute = path.startsWith("/") ? path : "/" + path;
        try {
            return new URI(scheme, host, absolute, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new InvalidDocumentException(ReservedKeys.DOCUMENT_ID, "cannot be derived from remote file " + path, e);
        }
    }

    /** The name of the body's file, or the file consumers' name header. */
    static String fileName(Message in, Object body) {
        if (body instanceof GenericFile<?> file) {
            return file.getFileNameOnly();
        }
        if (body instanceof File file) {
            return file.getName();
        }
        if (body instanceof Path path && path.getFileName() != null) {
            return path.getFileName().toString();
        }
        return in.getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }
}
