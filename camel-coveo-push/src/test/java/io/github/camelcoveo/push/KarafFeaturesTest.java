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

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Karaf features file that the build fills in (target/feature/feature.xml, attached as the features artifact)
 * against the bundle bnd wrote (target/classes/META-INF/MANIFEST.MF) and the real jars of the test classpath: it
 * names the component's bundle at the project version, its Camel Karaf features, and for every other package the
 * bundle imports (not the JRE's, Camel's, Jackson's, HttpClient's or SLF4J's, which those features and Karaf bring) a
 * listed bundle whose own manifest exports it, at the version of the jar the component is built and tested with.
 * <p>
 * The file is also valid against Karaf 4.4's features schema. Not proven here: resolving the feature in a running Karaf (see examples/README.md, Karaf / OSGi).
 */
class KarafFeaturesTest {

    private static final String NAMESPACE = "http://karaf.apache.org/xmlns/features/v1.6.0";
    private static final Pattern MVN = Pattern.compile("mvn:([^/]+)/([^/]+)/([^/$]+)");

    private static Element feature;
    private static Attributes bundle;

    @BeforeAll
    static void read() throws Exception {
        Path target = Path.of(CoveoPushComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document features = factory.newDocumentBuilder().parse(target.resolve("feature/feature.xml").toFile());
        assertThat(features.getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
        NodeList list = features.getElementsByTagNameNS(NAMESPACE, "feature");
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if ("camel-coveo-push".equals(element.getAttribute("name"))) {
                feature = element;
            }
        }
        assertThat(feature).as("feature camel-coveo-push").isNotNull();
        try (InputStream in = Files.newInputStream(target.resolve("classes/META-INF/MANIFEST.MF"))) {
            bundle = new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void theFeatureInstallsTheComponentBundleOnCamelKarafsFeatures() {
        String version = bundle.getValue("Bundle-Version").replace(".SNAPSHOT", "-SNAPSHOT");
        assertThat(feature.getAttribute("version")).isEqualTo(version);
        assertThat(bundles()).contains("mvn:io.github.camelcoveo/camel-coveo-push/" + version);
        List<String> required = new ArrayList<>();
        NodeList features = feature.getElementsByTagNameNS(NAMESPACE, "feature");
        for (int i = 0; i < features.getLength(); i++) {
            required.add(features.item(i).getTextContent().trim());
            assertThat(((Element) features.item(i)).getAttribute("version")).startsWith("[4.");
        }
        assertThat(required).containsExactlyInAnyOrder("camel-core", "camel-http", "camel-jackson");
        assertThat(bundles()).noneMatch(b -> b.contains("${"));
    }

    @Test
    void everyOtherImportedPackageIsExportedByABundleOfTheFeature() throws Exception {
        Map<String, Attributes> listed = new LinkedHashMap<>();
        for (String url : bundles()) {
            Matcher mvn = MVN.matcher(url);
            assertThat(mvn.find()).as(url).isTrue();
            if (mvn.group(2).equals("camel-coveo-push")) {
                continue;
            }
            assertThat(url).as("a bundle as published, no wrap: needed").startsWith("mvn:");
            String jarName = mvn.group(2) + "-" + mvn.group(3) + ".jar";
            String jar = classpathJar(jarName);
            assertThat(jar).as(jarName + " (the version the component is built with) on the classpath").isNotNull();
            try (JarFile file = new JarFile(jar)) {
                Attributes attributes = file.getManifest().getMainAttributes();
                assertThat(attributes.getValue("Bundle-SymbolicName")).as(jarName + " is an OSGi bundle").isNotNull();
                listed.put(url, attributes);
            }
        }
        List<String> unprovided = new ArrayList<>();
        for (String imported : packages(bundle.getValue("Import-Package"), true)) {
            if (imported.startsWith("java.") || imported.startsWith("javax.") || imported.startsWith("org.apache.camel")
                || imported.startsWith("com.fasterxml.jackson.") || imported.startsWith("org.apache.hc.")
                || imported.startsWith("org.slf4j") || imported.startsWith("io.github.camelcoveo.push")) {
                continue;
            }
            if (listed.values().stream().noneMatch(a -> packages(a.getValue("Export-Package"), false).contains(imported))) {
                unprovided.add(imported);
            }
        }
        assertThat(unprovided).as("imported packages no listed bundle exports").isEmpty();
        // commons-csv's own non-optional imports are met by the bundles listed with it
        Attributes csv = listed.entrySet().stream().filter(e -> e.getKey().contains("/commons-csv/")).findFirst()
                .orElseThrow().getValue();
        for (String imported : packages(csv.getValue("Import-Package"), true)) {
            if (!imported.startsWith("java.")) {
                assertThat(listed.values()).as(imported)
                        .anyMatch(a -> packages(a.getValue("Export-Package"), false).contains(imported));
            }
        }
    }

    @Test
    void theFileIsValidAgainstKarafsFeaturesSchema() throws Exception {
        Path features = Path.of(CoveoPushComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("feature/feature.xml");
        // the schema Karaf 4.4's features service (org.apache.karaf.features.core) validates repositories with
        URL xsd = KarafFeaturesTest.class.getClassLoader().getResource("org/apache/karaf/features/karaf-features-1.6.0.xsd");
        assertThat(xsd).as("karaf-features-1.6.0.xsd in org.apache.karaf.features.core").isNotNull();
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd)
                .newValidator();
        validator.validate(new StreamSource(features.toFile()));
    }

    private static List<String> bundles() {
        List<String> urls = new ArrayList<>();
        NodeList list = feature.getElementsByTagNameNS(NAMESPACE, "bundle");
        for (int i = 0; i < list.getLength(); i++) {
            urls.add(list.item(i).getTextContent().trim());
        }
        return urls;
    }

    private static String classpathJar(String name) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(File.separator + name)) {
                return entry;
            }
        }
        return null;
    }

    /** The package names of an OSGi header (commas outside quotes split clauses); optional ones left out if asked. */
    private static List<String> packages(String header, boolean skipOptional) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String text = clause.toString();
                if (!(skipOptional && text.contains("resolution:=optional"))) {
                    for (String part : text.split(";")) {
                        if (!part.contains("=")) {
                            names.add(part.trim());
                        }
                    }
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
