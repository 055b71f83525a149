package io.github.camelcoveo.examples.database;

import org.apache.camel.main.Main;

/** Runs the database example with Camel Main; every setting, the data source included, is in
 * {@code database/application.properties}; {@code database/schema.sql} creates the tables. */
public final class DatabaseApplication {

    public static final String PROPERTIES = "classpath:database/application.properties";

    private DatabaseApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
