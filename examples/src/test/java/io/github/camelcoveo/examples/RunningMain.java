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
