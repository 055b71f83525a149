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
package io.github.camelcoveo.examples.osgi;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import io.github.camelcoveo.push.CoveoPushComponent;
import io.github.camelcoveo.push.bucket4j.Bucket4jRequestBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the OSGi manifests of the camel-coveo-push and camel-coveo-push-bucket4j jars that this module runs against
 * (in the Maven reactor: the jars built by `verify`) and checks what an OSGi container would look at: the bundles'
 * identity, the public packages exported at the bundle's version and the internal ones kept private, and every
 * imported package provided by a jar of the runtime classpath, within the version range imported when its provider
 * declares a version.
 * <p>
 * What it does not prove: installing the bundle in a running container (Camel 4 runs on OSGi through camel-karaf,
 * which is not available here).
 */
class BundleManifestTest {

    private static Attributes manifest;

    @BeforeAll
    static void readManifest() throws Exception {
        manifest = manifestOf(CoveoPushComponent.class);
    }

    /** The manifest of the jar holding {@code type} (in an IDE's classpath: the one bnd wrote into target/classes). */
    private static Attributes manifestOf(Class<?> type) throws Exception {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in).getMainAttributes();
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.getManifest().getMainAttributes();
        }
    }

    @Test
    void theJarIsABundleOfTheProjectVersion() {
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("io.github.camelcoveo.camel-coveo-push");
        assertThat(manifest.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\.SNAPSHOT)?");
        assertThat(manifest.getValue("Require-Capability")).contains("osgi.ee=JavaSE").contains("version=17");
    }

    @Test
    void thePublicPackagesAreExportedAndTheInternalOnesAreNot() {
        Map<String, Map<String, String>> exports = clauses(manifest.getValue("Export-Package"));
        String version = manifest.getValue("Bundle-Version").replace(".SNAPSHOT", "");
        for (String api : List.of("io.github.camelcoveo.push", "io.github.camelcoveo.push.document",
                "io.github.camelcoveo.push.security", "io.github.camelcoveo.push.content",
                "io.github.camelcoveo.push.budget", "io.github.camelcoveo.push.error")) {
            assertThat(exports).as("Export-Package").containsKey(api);
            assertThat(exports.get(api)).as(api).containsEntry("version", version);
        }
        for (String internal : List.of("io.github.camelcoveo.push.client", "io.github.camelcoveo.push.batch",
                "io.github.camelcoveo.push.send", "io.github.camelcoveo.push.operations",
                "io.github.camelcoveo.push.fields", "io.github.camelcoveo.push.metrics",
                "io.github.camelcoveo.push.confirm")) {
            assertThat(exports).doesNotContainKey(internal);
            assertThat(manifest.getValue("Private-Package")).contains(internal);
        }
    }

    @Test
    void everyImportIsProvidedByTheRuntimeClasspathWithinItsRange() throws Exception {
        Map<String, Map<String, String>> imports = clauses(manifest.getValue("Import-Package"));
        assertThat(imports).containsKeys("org.apache.camel", "org.apache.camel.spi", "org.apache.camel.support");
        assertThat(imports.keySet()).noneMatch(p -> p.startsWith("org.junit") || p.startsWith("com.github.tomakehurst")
                                                    || p.startsWith("org.apache.camel.test") || p.startsWith("org.wiremock"));
        assertThat(unprovided(imports)).isEmpty();
    }

    @Test
    void theSharedBudgetJarIsABundleOfTheSameVersionExportingItsPackage() throws Exception {
        Attributes budget = manifestOf(Bucket4jRequestBudget.class);
        assertThat(budget.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(budget.getValue("Bundle-SymbolicName")).isEqualTo("io.github.camelcoveo.camel-coveo-push-bucket4j");
        assertThat(budget.getValue("Bundle-Version")).isEqualTo(manifest.getValue("Bundle-Version"));
        assertThat(clauses(budget.getValue("Export-Package"))).containsOnlyKeys("io.github.camelcoveo.push.bucket4j")
                .extractingByKey("io.github.camelcoveo.push.bucket4j")
                .satisfies(export -> assertThat(export)
                        .containsEntry("version", budget.getValue("Bundle-Version").replace(".SNAPSHOT", "")));
    }

    @Test
    void theSharedBudgetBundleImportsEachStoresBackendOptionallyAndFindsTheRestOnTheClasspath() throws Exception {
        Map<String, Map<String, String>> imports = clauses(manifestOf(Bucket4jRequestBudget.class)
                .getValue("Import-Package"));
        assertThat(imports).containsKeys("io.github.camelcoveo.push.budget", "io.github.bucket4j");
        imports.forEach((name, attributes) -> {
            if (name.startsWith("io.lettuce") || name.startsWith("io.github.bucket4j.redis")
                || name.startsWith("io.github.bucket4j.postgresql")) {
                assertThat(attributes).as(name).containsEntry("resolution:", "optional");
            }
        });
        assertThat(unprovided(imports)).isEmpty();
    }

    /** The imports, not optional, that no jar of the runtime classpath provides within the range imported. */
    private static List<String> unprovided(Map<String, Map<String, String>> imports) throws IOException {
        Map<String, Set<String>> providers = packagesOnTheClasspath();
        Map<String, Set<String>> exportedVersions = exportedVersionsOnTheClasspath();
        List<String> problems = new ArrayList<>();
        imports.forEach((name, attributes) -> {
            if (name.startsWith("java.") || isJdkPackage(name) || "optional".equals(attributes.get("resolution:"))) {
                return;
            }
            if (!providers.containsKey(name)) {
                problems.add(name + ": no jar of the classpath holds it");
                return;
            }
            String range = attributes.get("version");
            Set<String> provided = exportedVersions.get(name);
            if (range != null && provided != null && provided.stream().noneMatch(v -> inRange(v, range))) {
                problems.add(name + ": imported " + range + " but exported at " + provided);
            }
        });
        return problems;
    }

    /** A package a JDK module exports: the OSGi framework provides it (the system bundle exports the JRE's). */
    private static boolean isJdkPackage(String name) {
        return ModuleLayer.boot().modules().stream()
                .anyMatch(module -> module.getPackages().contains(name) && module.isExported(name));
    }

    /** Package name to the jars (or folders) that hold classes of it. */
    private static Map<String, Set<String>> packagesOnTheClasspath() throws IOException {
        Map<String, Set<String>> packages = new HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> f.toString().endsWith(".class")).forEach(f -> packages
                            .computeIfAbsent(path.relativize(f.getParent()).toString().replace(File.separatorChar, '.'),
                                    k -> new HashSet<>()).add(entry));
                }
            } else if (entry.endsWith(".jar") && Files.exists(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (JarEntry file : (Iterable<JarEntry>) jar.stream()::iterator) {
                        String name = file.getName();
                        if (name.endsWith(".class") && name.lastIndexOf('/') > 0 && !name.startsWith("META-INF/")) {
                            packages.computeIfAbsent(name.substring(0, name.lastIndexOf('/')).replace('/', '.'),
                                    k -> new HashSet<>()).add(entry);
                        }
                    }
                }
            }
        }
        return packages;
    }

    /** Package name to the versions bundles of the classpath export it at (slf4j-api 2 exports 2.0.x and 1.7.36). */
    private static Map<String, Set<String>> exportedVersionsOnTheClasspath() throws IOException {
        Map<String, Set<String>> versions = new HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !Files.exists(Path.of(entry))) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                Manifest jarManifest = jar.getManifest();
                String exports = jarManifest == null ? null : jarManifest.getMainAttributes().getValue("Export-Package");
                if (exports != null) {
                    for (String clause : split(exports, ',')) {
                        Map<String, Map<String, String>> one = clauses(clause);
                        one.forEach((name, attributes) -> {
                            if (attributes.containsKey("version")) {
                                versions.computeIfAbsent(name, k -> new HashSet<>()).add(attributes.get("version"));
                            }
                        });
                    }
                }
            }
        }
        return versions;
    }

    /** An OSGi header: clauses split on commas outside quotes, each a name with its attributes and directives. */
    static Map<String, Map<String, String>> clauses(String header) {
        Map<String, Map<String, String>> clauses = new LinkedHashMap<>();
        if (header == null) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attributes = new HashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int eq = part.indexOf('=');
                String key = part.substring(0, eq).trim();
                attributes.put(key, part.substring(eq + 1).trim().replace("\"", ""));
            }
            clauses.put(parts.get(0).trim(), attributes);
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Whether a version lies in an OSGi range such as [2.22,3) (a bare version means at least that). */
    static boolean inRange(String version, String range) {
        if (!range.startsWith("[") && !range.startsWith("(")) {
            return compare(version, range) >= 0;
        }
        String[] bounds = range.substring(1, range.length() - 1).split(",");
        int low = compare(version, bounds[0].trim());
        int high = compare(version, bounds[1].trim());
        return (range.startsWith("[") ? low >= 0 : low > 0) && (range.endsWith("]") ? high <= 0 : high < 0);
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int left = i < x.length ? Integer.parseInt(x[i].replaceAll("\\D.*", "").isEmpty() ? "0" : x[i].replaceAll("\\D.*", "")) : 0;
            int right = i < y.length ? Integer.parseInt(y[i].replaceAll("\\D.*", "").isEmpty() ? "0" : y[i].replaceAll("\\D.*", "")) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }
}
