package io.github.camelcoveo.examples.fullsync;

import org.apache.camel.main.Main;

/**
 * Runs the full-sync example with Camel Main: start it on every instance; only the one the cluster service elects
 * runs the sync. Every setting, the cluster service included, is in {@code fullsync/application.properties}.
 */
public final class FullSyncApplication {

    public static final String PROPERTIES = "classpath:fullsync/application.properties";

    private FullSyncApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
