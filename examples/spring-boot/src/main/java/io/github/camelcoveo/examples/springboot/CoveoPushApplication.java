package io.github.camelcoveo.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that feeds a Coveo Push source from a folder. The component is configured in
 * application.properties with {@code camel.component.coveo-push.*}, which camel-coveo-push-starter binds like the
 * starter of any Camel component; the route is {@link FilesToCoveoRoute}.
 */
@SpringBootApplication
public class CoveoPushApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoveoPushApplication.class, args);
    }
}
