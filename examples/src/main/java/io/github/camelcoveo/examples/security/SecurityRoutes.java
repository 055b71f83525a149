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
