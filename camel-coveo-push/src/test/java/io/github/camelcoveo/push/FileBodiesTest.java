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

import io.github.camelcoveo.push.document.DocumentContent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import io.github.camelcoveo.push.security.PermissionDefaults;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelcoveo.push.document.MetadataValuesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** A file body that cannot be read fails when the exchange is mapped, naming the file, not later at send time. */
class FileBodiesTest {

    private static final String ID = "file:///share/doc";

    @TempDir
    Path dir;

    @RegisterExtension
    final MapperContext camel = new MapperContext();
    private final ExchangeDocumentMapper mapper = new ExchangeDocumentMapper(null, true, PermissionDefaults.NONE,
            ZoneOffset.UTC);

    private Exchange exchange(Object body) {
        return camel.exchange(body, ID);
    }

    @Test
    void aMissingFileOrADirectoryIsRefusedWhenMapped() throws Exception {
        Path missing = dir.resolve("gone.pdf");
        assertInvalid(() -> mapper.toDocument(exchange(missing)), "body", "the file " + missing + " does not exist");
        assertInvalid(() -> mapper.toDocument(exchange(missing.toFile())), "body", "does not exist");
        assertInvalid(() -> mapper.toDocument(exchange(dir)), "body", "the file " + dir + " is a directory");
        assertInvalid(() -> mapper.toDocument(exchange(dir.toFile())), "body", "is a directory");

        Path vanishing = Files.writeString(dir.resolve("vanishing.txt"), "x");
        GenericFile<File> generic = new GenericFile<>();
        generic.setFile(vanishing.toFile());
        generic.setAbsoluteFilePath(vanishing.toString());
        generic.setFileNameOnly("vanishing.txt");
        assertThat(mapper.toDocument(exchange(generic)).getContent()).isInstanceOf(DocumentContent.Binary.class);
        Files.delete(vanishing);
        assertInvalid(() -> mapper.toDocument(exchange(generic)), "body", "the file " + vanishing + " does not exist");
    }

    @Test
    void aDeleteOfAFileThatIsGoneStillNamesIt() throws Exception {
        Path missing = dir.resolve("gone.pdf");
        Exchange delete = exchange(missing);
        delete.getMessage().removeHeader("CamelCoveoPushDocumentId");
        assertThat(mapper.documentIdFor(delete)).isEqualTo(missing.toUri().toString());
    }
}
