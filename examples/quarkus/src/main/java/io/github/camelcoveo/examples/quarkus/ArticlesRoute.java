package io.github.camelcoveo.examples.quarkus;

import io.github.camelcoveo.push.CoveoPushConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Articles to a Coveo Push source. Camel Quarkus finds this RouteBuilder on its own; the component is configured in
 * application.properties (camel.component.coveo-push.*). Each exchange's body is an article's text, its header
 * {@code article} the article's id; the route names the document after it and completes once Coveo accepted it.
 */
public class ArticlesRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:articles").routeId("articles-to-coveo")
                .setHeader(CoveoPushConstants.DOCUMENT_ID, simple("{{articles.base-uri}}${header.article}"))
                .setHeader(CoveoPushConstants.FILE_EXTENSION, constant(".txt"))
                .to("coveo-push:{{coveo.source}}");
    }
}
