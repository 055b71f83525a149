/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
