package io.github.camelcoveo.examples.kafka;

import org.apache.camel.main.Main;

/**
 * Runs the Kafka example with Camel Main: one instance of a consumer group; start as many as the topic has partitions
 * to share. Every setting is in {@code kafka/application.properties}.
 */
public final class KafkaApplication {

    public static final String PROPERTIES = "classpath:kafka/application.properties";

    private KafkaApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(PROPERTIES);
        main.run(args);
    }
}
