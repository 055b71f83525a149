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
import java.util.Map;

import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java DSL folder example, started by Camel Main from files/application.properties, batched or not. */
class FilesExampleTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create()
            .organization(FolderScenario.ORG, FolderScenario.KEY).source(FolderScenario.SOURCE);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "batch={0}")
    @ValueSource(booleans = {true, false})
    void aFolderFeedsTheSourceEndToEnd(boolean batch) throws Exception {
        new FolderScenario(coveo, folder).run(FilesApplication.PROPERTIES,
                Map.of("camel.component.coveo-push.batch", String.valueOf(batch)));
    }
}
