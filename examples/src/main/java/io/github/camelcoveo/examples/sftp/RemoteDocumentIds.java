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
package io.github.camelcoveo.examples.sftp;

import java.net.URI;
import java.net.URISyntaxException;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;

/**
 * The documentId of a remote file: {@code sftp://host/path} of the file where it was uploaded, also once it was moved
 * to the {@code _done} folder beside it, so that the full sync pushes the same item again rather than a second one.
 * It is built as the component builds it for a remote file, so both name the same item.
 */
public final class RemoteDocumentIds {

    private RemoteDocumentIds() {
    }

    public static String of(Exchange exchange) throws URISyntaxException {
        GenericFile<?> file = exchange.getMessage().getBody(GenericFile.class);
        String path = file.getAbsoluteFilePath();
        path = (path.startsWith("/") ? path : "/" + path).replace("/_done/", "/");
        String host = exchange.getMessage().getHeader("CamelFileHost", String.class);
        return new URI("sftp", host, path, null).toASCIIString();
    }
}
