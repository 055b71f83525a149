package io.github.camelcoveo.examples.catalog;

import org.apache.camel.main.Main;

/**
 * Runs the product catalog example with Camel Main: {@code catalog/application.properties} holds every setting; the
 * Coveo organization, Catalog source and key come from COVEO_ORGANIZATION_ID, COVEO_CATALOG_SOURCE_ID and
 * COVEO_API_KEY.
 */
public final class CatalogApplication {

    public static final String PROPERTIES = "classpath:catalog/application.properties";

    private CatalogApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
