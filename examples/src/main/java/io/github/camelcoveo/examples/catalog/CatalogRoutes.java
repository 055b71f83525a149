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
package io.github.camelcoveo.examples.catalog;

import org.apache.camel.builder.RouteBuilder;

/**
 * A product catalog (products, variants, availabilities) kept in a Coveo Catalog source, through its Stream API.
 * <ul>
 * <li>{@code catalog-load}: the nightly catalog export (a CSV file, see {@link CatalogCsv}) dropped into
 * {@code catalog.loads} is sent as one full {@code load}: the items it holds replace the catalog, the items it does
 * not hold leave it. The file moves to {@code .done} once Coveo accepted the load's close; to {@code .error} when a
 * line is invalid or Coveo refused a call, and then the load stays unclosed and the catalog as it was.</li>
 * <li>{@code catalog-feed}: a price and stock file (one change per line) dropped into {@code catalog.feed} is sent
 * as {@code partialUpdate}s, in the file's order, in exchanges of {@code catalog.feed.changesPerExchange} changes,
 * each sent once Coveo accepted the one before. Invalid
 * lines are not sent; the file then goes to {@code .error} with a {@link CatalogFeedException} naming each of
 * them, while its valid lines, and the next files, are applied.</li>
 * </ul>
 * Either way a file that went to {@code .error} gets a {@code NAME.error.txt} next to it saying why.
 * Settings live in {@code catalog/application.properties}.
 */
public class CatalogRoutes extends RouteBuilder {

    @Override
    public void configure() throws Exception {
        CatalogCsv csv = new CatalogCsv(Integer.parseInt(
                getCamelContext().resolvePropertyPlaceholders("{{catalog.feed.changesPerExchange}}")));
        onException(Exception.class)
                // not handled: the file consumer still moves the file to .error
                .setBody(simple("${exception.class.name}: ${exception.message}\n"))
                .toD("file:${header.CamelFileParent}/.error?fileName=${header.CamelFileNameOnly}.error.txt");

        from("file:{{catalog.loads}}?move=.done&moveFailed=.error")
                .routeId("catalog-load")
                .log("Loading ${header.CamelFileName} into {{coveo.source}}")
                // an Iterator over the file's lines: the component reads it as it writes the chunks
                .bean(csv, "items")
                .to("coveo-push:{{coveo.source}}?sourceType=catalog&operation=load")
                .log("${header.CamelFileName} loaded: it is the catalog now");

        from("file:{{catalog.feed}}?move=.done&moveFailed=.error")
                .routeId("catalog-feed")
                // groups of {documentId, operator, field, value}, read one at a time, each sent (and accepted)
                // before the next: the file's order is kept, a refused group stops the file
                .bean(csv, "changes")
                .split(body()).streaming().stopOnException()
                    .to("coveo-push:{{coveo.source}}?sourceType=catalog&operation=partialUpdate")
                .end()
                .bean(csv, "failOnRejectedLines")
                .log("${header.CamelFileName}: price and stock changes applied");
    }
}
