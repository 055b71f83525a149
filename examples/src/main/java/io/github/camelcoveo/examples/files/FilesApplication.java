package io.github.camelcoveo.examples.files;

import org.apache.camel.main.Main;

/**
 * Runs the folder example with Camel Main: {@code files/application.properties} holds every setting; the Coveo
 * organization, source and key come from COVEO_ORGANIZATION_ID, COVEO_SOURCE_ID and COVEO_API_KEY.
 */
public final class FilesApplication {

    public static final String PROPERTIES = "classpath:files/application.properties";

    private FilesApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
