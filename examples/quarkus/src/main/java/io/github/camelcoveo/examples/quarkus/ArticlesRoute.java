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
