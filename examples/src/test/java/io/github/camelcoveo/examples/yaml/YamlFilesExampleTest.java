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
package io.github.camelcoveo.examples.yaml;

import java.nio.file.Path;
import java.util.Map;

import io.github.camelcoveo.examples.files.FolderScenario;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder example written in YAML (yaml/files-to-coveo.camel.yaml), loaded by camel-yaml-dsl and run by Camel Main
 * from yaml/application.properties, as Camel JBang and Camel K would run it: the same scenario as the Java DSL one.
 */
class YamlFilesExampleTest {

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create()
            .organization(FolderScenario.ORG, FolderScenario.KEY).source(FolderScenario.SOURCE);

    @TempDir
    Path folder;

    @Test
    void theYamlRouteFeedsTheSourceEndToEnd() throws Exception {
        new FolderScenario(coveo, folder).run(YamlFilesApplication.PROPERTIES, Map.of());
    }
}
