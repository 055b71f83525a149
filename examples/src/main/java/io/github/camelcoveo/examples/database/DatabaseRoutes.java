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
package io.github.camelcoveo.examples.database;

import io.github.camelcoveo.push.CoveoPushConstants;
import io.github.camelcoveo.push.SourceStatus;
import org.apache.camel.builder.RouteBuilder;

/**
 * The rows of a table feeding a Coveo Push source through camel-sql.
 * <ul>
 * <li>{@code db-incremental}: every {@code db.incremental.period} ms, the rows whose {@code last_modified} is past the
 * watermark kept in the state table are pushed; the watermark moves only once Coveo accepted all of them.</li>
 * <li>{@code db-full-rebuild}: every {@code db.rebuild.period} ms (and on demand through {@code direct:db-full-rebuild}),
 * the source goes to {@code REBUILD}, every row is pushed with the run's orderingId (the database's clock at the start
 * of the run), every item older than that is deleted (rows deleted from the table leave the source), and the source
 * goes back to {@code IDLE}.</li>
 * </ul>
 * Each row becomes one document: the SELECT names its documentId, data, fileExtension, metadata and orderingId (its
 * {@code last_modified} in epoch milliseconds, which the database sets when the row changes). Settings live in
 * {@code database/application.properties}.
 */
public class DatabaseRoutes extends RouteBuilder {

    /** Each row's version is its last_modified, so that Coveo never lets an older read of a row replace a newer one. */
    private static final String ROWS = "SELECT 'https://kb.example.com/articles/' || id AS \"documentId\", title,"
                                       + " author, category, body AS data, '.html' AS \"fileExtension\","
                                       + " last_modified AS \"modifiedDate\", " + epochMillis("last_modified")
                                       + " AS \"orderingId\" FROM {{db.table}}";

    private static String epochMillis(String timestamp) {
        return "CAST(floor(extract(epoch FROM " + timestamp + ") * 1000) AS bigint)";
    }

    @Override
    public void configure() {
        // synchronous timers: the producer is asynchronous, so without it the timer would fire the next run while
        // the last one is still pushing, and two runs would overlap (two rebuilds interleave their deleteOlderThan)
        from("timer:db-incremental?delay={{db.incremental.initialDelay}}&period={{db.incremental.period}}"
             + "&synchronous=true")
                .routeId("db-incremental")
                .to("sql:" + ROWS + " WHERE last_modified > COALESCE((SELECT synced_until FROM {{db.stateTable}}"
                    + " WHERE name = '{{db.table}}'), '-infinity') ORDER BY last_modified")
                .filter(simple("${body.size} > 0"))
                    .setHeader("syncedUntil", simple("${body[last][modifiedDate]}"))
                    .split(body()).parallelProcessing().stopOnException()
                        .to("coveo-push:{{coveo.source}}")
                    .end()
                    .to("sql:INSERT INTO {{db.stateTable}} (name, synced_until) VALUES ('{{db.table}}', :#syncedUntil)"
                        + " ON CONFLICT (name) DO UPDATE SET synced_until = EXCLUDED.synced_until");

        from("timer:db-full-rebuild?delay={{db.rebuild.initialDelay}}&period={{db.rebuild.period}}&synchronous=true")
                .routeId("db-full-rebuild-timer")
                .to("direct:db-full-rebuild");

        from("direct:db-full-rebuild")
                .routeId("db-full-rebuild")
                // the run's orderingId, from the database's clock: the clock that dates the rows, so that a row
                // changed after this instant carries a later orderingId whatever this JVM's clock says
                .to("sql:SELECT " + epochMillis("clock_timestamp()") + "?outputType=SelectOne&outputHeader="
                    + CoveoPushConstants.ORDERING_ID)
                .setHeader(CoveoPushConstants.SOURCE_STATUS, constant(SourceStatus.REBUILD))
                .to("coveo-push:{{coveo.source}}?operation=updateSourceStatus")
                .to("sql:" + ROWS + "?outputType=StreamList")
                .split(body()).streaming().parallelProcessing().stopOnException()
                    .to("coveo-push:{{coveo.source}}")
                .end()
                .to("coveo-push:{{coveo.source}}?operation=deleteOlderThan&queueDelay={{db.rebuild.queueDelay}}")
                .setHeader(CoveoPushConstants.SOURCE_STATUS, constant(SourceStatus.IDLE))
                .to("coveo-push:{{coveo.source}}?operation=updateSourceStatus");
    }
}
