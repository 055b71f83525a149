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
package io.github.camelcoveo.examples.quarkus;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import io.github.camelcoveo.push.CoveoPushComponent;
import io.github.camelcoveo.push.CoveoPushEndpoint;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The camel-coveo-push jar carries a Jandex index (META-INF/jandex.idx, written by jandex-maven-plugin), which Quarkus
 * reads to discover the classes of a third-party jar: without it a Camel Quarkus application would have to list the
 * component in quarkus.index-dependency. Reads the index of the jar (or, in an IDE, of target/classes) this module
 * runs against and checks it describes the component's classes and their Camel annotations.
 */
class JandexIndexTest {

    @Test
    void theComponentJarCarriesAnIndexOfItsClasses() throws Exception {
        Path location = Path.of(CoveoPushComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Index index;
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("META-INF/jandex.idx"))) {
                index = new IndexReader(in).read();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                assertThat(jar.getEntry("META-INF/jandex.idx")).as("META-INF/jandex.idx in " + location).isNotNull();
                try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/jandex.idx"))) {
                    index = new IndexReader(in).read();
                }
            }
        }
        ClassInfo endpoint = index.getClassByName(DotName.createSimple(CoveoPushEndpoint.class.getName()));
        assertThat(endpoint).as("the endpoint in the index").isNotNull();
        assertThat(endpoint.declaredAnnotation(DotName.createSimple("org.apache.camel.spi.UriEndpoint")).value("scheme")
                .asString()).isEqualTo("coveo-push");
        assertThat(index.getClassByName(DotName.createSimple(CoveoPushComponent.class.getName())).superName().toString())
                .isEqualTo("org.apache.camel.support.HealthCheckComponent");
        assertThat(index.getKnownClasses()).hasSizeGreaterThan(50)
                .allMatch(c -> c.name().toString().startsWith("io.github.camelcoveo.push"));
    }
}
