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
package io.github.camelcoveo.examples.security;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;

/**
 * A secured source fed from two files, with route DSL only: {@code groups.csv} (one row per group membership:
 * {@code group,member,memberType}) becomes security identities, one per group, in the {@code coveo.securityProvider}
 * provider; once Coveo accepted them, {@code documents.json} (items whose {@code permissions} name those groups, in the
 * simple form) is pushed to the source.
 */
public class SecurityRoutes extends RouteBuilder {

    static final String COVEO = "coveo-push:{{coveo.source}}?organizationId={{coveo.org}}&apiKey={{coveo.apiKey}}"
                                + "&pushApiUrl={{coveo.pushApiUrl}}&securityProviderId={{coveo.securityProvider}}"
                                + "&defaultSecurityProvider={{coveo.securityProvider}}";

    @Override
    public void configure() {
        from("file:{{security.inbox}}?fileName=groups.csv&move=.done&moveFailed=.error")
                .routeId("security-identities-then-documents")
                // the whole CSV is one body: the rows of a group merge into one identity with all its members
                .convertBodyTo(String.class)
                .to(COVEO + "&operation=addOrUpdateIdentity")
                .log("Coveo accepted the identities of ${header.CamelFileName}")
                // only now, the documents that reference them
                .pollEnrich("file:{{security.inbox}}?fileName=documents.json&move=.done", 10_000)
                .unmarshal().json(List.class)
                .to(COVEO + "&operation=addOrUpdate")
                .log("Coveo accepted the secured documents");
    }
}
