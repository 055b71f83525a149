package io.github.camelcoveo.examples.yaml;

import org.apache.camel.main.Main;

/**
 * Runs the YAML folder route (yaml/files-to-coveo.camel.yaml) with Camel Main; every setting, the route's location
 * included, is in {@code yaml/application.properties}. Camel JBang and Camel K run the same YAML file.
 */
public final class YamlFilesApplication {

    public static final String PROPERTIES = "classpath:yaml/application.properties";

    private YamlFilesApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
