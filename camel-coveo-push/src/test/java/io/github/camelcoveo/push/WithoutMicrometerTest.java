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

import java.net.URL;
import java.net.URLClassLoader;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer is optional: with the component loaded by a class loader that has no Micrometer, an endpoint starts,
 * pushes, and never loads the class that names it.
 */
class WithoutMicrometerTest {

    @RegisterExtension
    static final PushApiDouble coveo = new PushApiDouble();

    /** Loads the component's own classes itself, and finds no io.micrometer class. */
    static final class NoMicrometer extends URLClassLoader {
        NoMicrometer() {
            super(new URL[] { CoveoPushEndpoint.class.getProtectionDomain().getCodeSource().getLocation() },
                    WithoutMicrometerTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.micrometer.")) {
                throw new ClassNotFoundException(name);
            }
            if (!name.startsWith(CoveoPushEndpoint.class.getPackageName() + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void anEndpointPushesWithoutMicrometerAndLoadsNoMeters() throws Exception {
        NoMicrometer loader = new NoMicrometer();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader); // where Camel loads the generated configurers from
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.setApplicationContextClassLoader(loader);
            camel.getRegistry().bind("meters", new SimpleMeterRegistry()); // there, but not for this component
            camel.addComponent("coveo-push", (Component) loader.loadClass(CoveoPushComponent.class.getName())
                    .getConstructor().newInstance());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:push").to(coveo.endpoint("src", ""));
                }
            });
            camel.start();
            Exchange done = camel.createProducerTemplate().send("direct:push", e -> {
                e.getMessage().setBody("hello");
                e.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, "https://intranet/1");
            });

            assertThat(done.getException()).isNull();
            assertThat(coveo.requests()).isEqualTo(1);
            assertThat(camel.getEndpoints()).anySatisfy(endpoint ->
                    assertThat(endpoint.getClass().getClassLoader()).isSameAs(loader));
            assertThat(loader.loaded(CoveoPushEndpoint.class.getName())).isTrue();
            assertThat(loader.loaded(MicrometerMeters.class.getName())).isFalse();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
