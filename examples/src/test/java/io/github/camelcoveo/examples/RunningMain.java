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
package io.github.camelcoveo.examples;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * An example application started the way its main class starts it (Camel Main and its properties file), with the
 * test's settings (the emulator's URL and key, temporary folders, ports) as override properties.
 */
public final class RunningMain implements AutoCloseable {

    private final Main main;

    private RunningMain(Main main) {
        this.main = main;
    }

    public static RunningMain start(String propertiesLocation, Map<String, String> overrides) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(propertiesLocation);
        overrides.forEach(main::addOverrideProperty);
        main.start();
        return new RunningMain(main);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        main.stop();
    }
}
