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
package io.github.camelcoveo.examples.demo;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The demo's routes, as a Camel user would write them: files go to the Push source as they are; a JSON file of
 * records becomes one document per record. Every setting lives in application.properties.
 */
public class DemoRoutes extends RouteBuilder {

    private final DemoTally tally;

    public DemoRoutes(DemoTally tally) {
        this.tally = tally;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(tally::failed);

        from("file:{{demo.samples}}?noop=true&exclude=.*\\.json$").routeId("files")
                .to("coveo-push:{{coveo.source}}")
                .process(tally::pushed);

        // each record is a document of its own: the JSON file's name, size and date (the file consumer's headers,
        // which every record inherits) are not the record's
        from("file:{{demo.samples}}?noop=true&include=.*\\.json$").routeId("records")
                .unmarshal().json(JsonLibrary.Jackson, List.class)
                .split(body()).parallelProcessing()
                    .to("coveo-push:{{coveo.source}}?includeFileMetadata=false")
                    .process(tally::pushed)
                .end();
    }
}
