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
