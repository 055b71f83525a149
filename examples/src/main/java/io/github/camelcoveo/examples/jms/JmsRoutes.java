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
package io.github.camelcoveo.examples.jms;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.error.CoveoPushApiException;
import io.github.camelcoveo.push.error.InvalidDocumentException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * A JMS queue feeding a Coveo Push source, in a JMS transaction: a message is acknowledged only once Coveo accepted
 * its document; when Coveo is unreachable or busy the transaction rolls back and the broker delivers the message
 * again. A message that can never succeed (not JSON, an invalid document, a refusal by Coveo) goes to the dead-letter
 * queue, in the same transaction, with the reason in its {@code CoveoPushFailure} property.
 * <p>
 * A message is either a JSON document ({@code {"documentId": ..., "title": ..., "data": ...}}) or text whose
 * {@code documentId} (and optionally {@code fileExtension} and {@code operation}, for example {@code delete}) are
 * JMS properties. Settings live in {@code jms/application.properties}.
 */
public class JmsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(JsonProcessingException.class, InvalidDocumentException.class)
                .handled(true).useOriginalMessage()
                .to("direct:dead-letter");
        onException(CoveoPushApiException.class)
                .onWhen(simple("${exception.statusCode} >= 400 && ${exception.statusCode} < 500"
                               + " && ${exception.statusCode} != 429"))
                .handled(true).useOriginalMessage()
                .to("direct:dead-letter");

        // a local JMS transaction on the listener's own session (no transaction manager), which the dead-letter send
        // joins, and one cached consumer per thread: see jms/application.properties
        from("jms:queue:{{jms.queue}}?{{jms.listenerOptions}}&concurrentConsumers={{jms.concurrentConsumers}}")
                .routeId("jms-to-coveo")
                .choice()
                    .when(header("documentId").isNull())
                        .unmarshal().json(JsonLibrary.Jackson, Map.class)
                    .endChoice()
                    .otherwise()
                        .setHeader(CoveoPushConstants.DOCUMENT_ID, header("documentId"))
                        .setHeader(CoveoPushConstants.FILE_EXTENSION, header("fileExtension"))
                        .setHeader(CoveoPushConstants.OPERATION, header("operation"))
                .end()
                .setHeader(CoveoPushConstants.ORDERING_ID, method(MessageVersions.class, "orderingId"))
                .to("coveo-push:{{coveo.source}}");

        from("direct:dead-letter")
                .routeId("jms-dead-letter")
                .setHeader("CoveoPushFailure", simple("${exception.class.simpleName}: ${exception.message}"))
                .to("jms:queue:{{jms.deadLetterQueue}}");
    }
}
