package io.github.camelcoveo.examples.sftp;

import org.apache.camel.main.Main;

/** Runs the SFTP example with Camel Main; every setting is in {@code sftp/application.properties}. */
public final class SftpApplication {

    public static final String PROPERTIES = "classpath:sftp/application.properties";

    private SftpApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
