package io.github.camelcoveo.examples.security;

import org.apache.camel.main.Main;

/**
 * Runs the secured source example with Camel Main and {@code security/application.properties}; put
 * {@code groups.csv} and {@code documents.json} (samples in {@code security/inbox}) in {@code SECURITY_INBOX}.
 */
public final class SecurityApplication {

    public static final String PROPERTIES = "classpath:security/application.properties";

    private SecurityApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.configure().addRoutesBuilder(new SecurityRoutes());
        main.run(args);
    }
}
