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
package io.github.camelcoveo.examples.files;

import java.util.List;

import io.github.camelcoveo.push.CoveoPushConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * A folder of documents (text, HTML, PDF... and JSON files of records) feeding a Coveo Push source.
 * <ul>
 * <li>{@code files-incoming}: a new or changed file dropped into the inbox is pushed, then moved to {@code .done}
 * once Coveo accepted it, or to {@code .error} when Coveo refused it.</li>
 * <li>{@code files-full-sync}: every {@code files.fullSync.delay} ms, everything in {@code .done} is pushed again
 * and then Coveo deletes every item older than this run: a file (or a record) removed from {@code .done} leaves
 * the source.</li>
 * </ul>
 * Settings live in {@code files/application.properties}.
 */
public class FilesRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{files.inbox}}?move=.done&moveFailed=.error")
                .routeId("files-incoming")
                .to("direct:index-file");

        from("file:{{files.inbox}}/.done?noop=true&idempotent=false&includeHiddenDirs=true&sendEmptyMessageWhenIdle=true"
             + "&initialDelay={{files.fullSync.initialDelay}}&delay={{files.fullSync.delay}}")
                .routeId("files-full-sync")
                .filter(body().isNotNull())
                    .to("direct:index-file")
                .end()
                // after the last file of the run (or at once when .done is empty): every file of the run was pushed
                // after this exchange was created, so an item older than that was not pushed again. The grace
                // spares what files-incoming pushed just before and is still moving to .done.
                .filter(simple("${exchangeProperty.CamelBatchComplete} == true || ${body} == null"))
                    .setHeader(CoveoPushConstants.ORDERING_ID,
                            simple("${date:exchangeCreated-{{files.fullSync.grace}}}", Long.class))
                    .to("coveo-push:{{coveo.source}}?operation=deleteOlderThan&queueDelay={{files.fullSync.queueDelay}}");

        from("direct:index-file")
                .routeId("files-index")
                .choice()
                    .when(header(Exchange.FILE_NAME).endsWith(".json"))
                        // a JSON array of records: each record names its own documentId
                        .unmarshal().json(JsonLibrary.Jackson, List.class)
                        .split(body()).parallelProcessing().stopOnException()
                            // a record is not the file: it gets neither the file's size nor its date
                            .to("coveo-push:{{coveo.source}}?includeFileMetadata=false")
                        .end()
                    .endChoice()
                    .otherwise()
                        // the same documentId whether the file sits in the inbox or in its .done folder
                        .setHeader(CoveoPushConstants.DOCUMENT_ID, method(InboxDocumentIds.class, "of"))
                        .to("coveo-push:{{coveo.source}}");
    }
}
