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
