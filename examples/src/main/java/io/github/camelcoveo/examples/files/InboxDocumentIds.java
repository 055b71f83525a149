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
