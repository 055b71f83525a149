package io.github.camelcoveo.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Each file dropped into the inbox is pushed, then moved to .done once Coveo accepted it, to .error otherwise. */
@Component
public class FilesToCoveoRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{files.inbox}}?move=.done&moveFailed=.error")
                .routeId("files-to-coveo")
                .to("coveo-push:{{coveo.source}}");
    }
}
