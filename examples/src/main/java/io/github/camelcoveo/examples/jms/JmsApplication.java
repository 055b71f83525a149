package io.github.camelcoveo.examples.jms;

import org.apache.camel.main.Main;

/** Runs the JMS example with Camel Main; every setting, the broker's connection factory included, is in
 * {@code jms/application.properties}. */
public final class JmsApplication {

    public static final String PROPERTIES = "classpath:jms/application.properties";

    private JmsApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
