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
package io.github.camelcoveo.push.emulator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Camel user gets when adding the emulator: two throw-away projects that import Camel's BOM and use
 * camel-main, camel-jackson and camel-http, one of them with the emulator declared first (so that its versions would
 * win any tie), resolved by Maven in a local repository of their own. No artifact may change version.
 */
class ConsumerDependenciesIT {

    private static final Path WORK = Path.of(System.getProperty("consumer.work"));
    private static final Pattern ARTIFACT = Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):([\\w.-]+):(?:[\\w.-]+:)?([\\w.-]+):(\\w+)");

    private static Map<String, String> camelOnly;
    private static Map<String, String> withEmulator;

    @BeforeAll
    static void resolveBothProjects() throws Exception {
        Path repository = WORK.resolve("repository");
        installEmulator(repository);
        Path settings = Files.writeString(WORK.resolve("settings.xml"), """
                <settings>
                  <profiles><profile><id>developer-repository</id>
                    <repositories><repository><id>developer</id><url>%s</url></repository></repositories>
                    <pluginRepositories><pluginRepository><id>developer</id><url>%s</url></pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>developer-repository</activeProfile></activeProfiles>
                </settings>""".formatted(developerRepositoryUrl(), developerRepositoryUrl()));
        camelOnly = resolve("camel-only", "", repository, settings);
        withEmulator = resolve("camel-with-emulator", """
                <dependency><groupId>io.github.camelcoveo</groupId><artifactId>camel-coveo-push-emulator</artifactId>
                  <version>%s</version><scope>test</scope></dependency>""".formatted(System.getProperty("emulator.version")),
                repository, settings);
    }

    @Test
    void theEmulatorChangesNoVersionACamelUserHas() {
        Map<String, String> changed = new TreeMap<>();
        camelOnly.forEach((artifact, version) -> {
            String next = withEmulator.get(artifact);
            if (next != null && !next.equals(version)) {
                changed.put(artifact, version + " -> " + next);
            }
        });

        assertThat(camelOnly).containsKey("com.fasterxml.jackson.core:jackson-databind");
        assertThat(changed).isEmpty();
    }

    @Test
    void theEmulatorAddsNothingButItself() {
        assertThat(withEmulator.keySet()).containsAll(camelOnly.keySet());
        assertThat(withEmulator.keySet().stream().filter(artifact -> !camelOnly.containsKey(artifact)))
                .containsExactly("io.github.camelcoveo:camel-coveo-push-emulator");
    }

    /** Lays the built jar, its published POM and the parent POM out as an install would, in the projects' repository. */
    private static void installEmulator(Path repository) throws IOException {
        String version = System.getProperty("emulator.version");
        Path emulator = Files.createDirectories(repository.resolve("io/github/camelcoveo/camel-coveo-push-emulator/" + version));
        Files.copy(Path.of(System.getProperty("emulator.jar")),
                emulator.resolve("camel-coveo-push-emulator-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(System.getProperty("emulator.pom")),
                emulator.resolve("camel-coveo-push-emulator-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        Path parent = Files.createDirectories(repository.resolve("io/github/camelcoveo/camel-coveo-push-parent/" + version));
        Files.copy(Path.of(System.getProperty("parent.pom")),
                parent.resolve("camel-coveo-push-parent-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String developerRepositoryUrl() {
        return Path.of(System.getProperty("developer.repository")).toUri().toString();
    }

    private static Map<String, String> resolve(String name, String emulatorDependency, Path repository, Path settings)
            throws Exception {
        Path project = Files.createDirectories(WORK.resolve(name));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>consumer</groupId><artifactId>%s</artifactId><version>1</version>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.apache.camel</groupId><artifactId>camel-bom</artifactId>
                      <version>%s</version><type>pom</type><scope>import</scope></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    %s
                    <dependency><groupId>org.apache.camel</groupId><artifactId>camel-main</artifactId></dependency>
                    <dependency><groupId>org.apache.camel</groupId><artifactId>camel-jackson</artifactId></dependency>
                    <dependency><groupId>org.apache.camel</groupId><artifactId>camel-http</artifactId></dependency>
                  </dependencies>
                </project>""".formatted(name, System.getProperty("camel.version"), emulatorDependency));
        Path list = project.resolve("dependencies.txt");
        Path log = project.resolve("maven.log");
        Process maven = new ProcessBuilder(System.getProperty("maven.wrapper"), "-B", "-q", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "-f", project.resolve("pom.xml").toString(),
                "org.apache.maven.plugins:maven-dependency-plugin:" + System.getProperty("dependency.plugin.version")
                + ":list", "-DincludeScope=test", "-DoutputFile=" + list)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("Maven finished").isTrue();
        assertThat(maven.exitValue()).as(Files.readString(log)).isZero();
        Map<String, String> versions = new TreeMap<>();
        for (String line : Files.readAllLines(list)) {
            Matcher artifact = ARTIFACT.matcher(line);
            if (artifact.find()) {
                versions.put(artifact.group(1) + ":" + artifact.group(2), artifact.group(4));
            }
        }
        assertThat(versions).as("dependencies of " + name).isNotEmpty();
        return versions;
    }
}
