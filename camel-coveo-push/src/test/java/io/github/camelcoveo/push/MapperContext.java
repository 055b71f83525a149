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
package io.github.camelcoveo.push;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A CamelContext started for each test of the mapper, and exchanges of it: {@code @RegisterExtension}. */
public final class MapperContext implements BeforeEachCallback, AfterEachCallback {

    private CamelContext context;

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = new DefaultCamelContext();
        context.start();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        context.stop();
    }

    public CamelContext context() {
        return context;
    }

    public Exchange exchange(Object body) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(body);
        return exchange;
    }

    /** An exchange whose CamelCoveoPushDocumentId header names {@code documentId}. */
    public Exchange exchange(Object body, String documentId) {
        Exchange exchange = exchange(body);
        exchange.getMessage().setHeader(CoveoPushConstants.DOCUMENT_ID, documentId);
        return exchange;
    }
}
