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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelcoveo.examples.RunningMain;
import io.github.camelcoveo.push.emulator.ReceivedRequest;
import io.github.camelcoveo.push.emulator.RequestKind;
import io.github.camelcoveo.push.emulator.junit.PushApiEmulatorExtension;
import io.github.camelcoveo.push.emulator.store.IndexedItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database example against a real PostgreSQL (started by the test from Zonky's binaries, see
 * {@link PostgresServer}): the incremental sync pushes new and
 * changed rows by last_modified; the full rebuild (REBUILD, every row with one orderingId, delete-older-than, IDLE)
 * removes the items of deleted rows. Each run works in tables of its own.
 */
class DatabaseExampleTest {

    private static final String ORG = "db-org";
    private static final String KEY = "db-key-6402";
    private static final String SOURCE = "db-source";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String EPOCH_MILLIS = "CAST(floor(extract(epoch FROM %s) * 1000) AS bigint)";

    private static PostgresServer postgres;

    @RegisterExtension
    static PushApiEmulatorExtension coveo = PushApiEmulatorExtension.create().organization(ORG, KEY).source(SOURCE);

    private final String suffix = "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String table = "articles" + suffix;
    private final String stateTable = "coveo_sync_state" + suffix;
    private Connection db;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void createTables() throws Exception {
        db = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
        String schema = Files.readString(Path.of("src/main/resources/database/schema.sql"))
                .replace("coveo_sync_state", stateTable).replace("articles", table);
        sql(schema);
    }

    @AfterEach
    void dropTables() throws SQLException {
        if (db != null) {
            sql("DROP TABLE IF EXISTS " + table + "; DROP TABLE IF EXISTS " + stateTable
                + "; DROP FUNCTION IF EXISTS " + table + "_touch()");
            db.close();
        }
    }

    @ParameterizedTest(name = "batch={0}")
    @ValueSource(booleans = {true, false})
    void rowsFeedTheSourceIncrementallyAndARebuildRemovesDeletedRows(boolean batch) throws Exception {
        for (int id = 1; id <= 5; id++) {
            insert(id, "Article " + id, id % 2 == 0 ? "billing" : "accounts", "<p>Body of article " + id + ".</p>");
        }
        Map<String, String> overrides = Map.of(
                "camel.component.coveo-push.organization-id", ORG,
                "camel.component.coveo-push.api-key", KEY,
                "camel.component.coveo-push.push-api-url", coveo.pushApiUrl(),
                "camel.component.coveo-push.batch", String.valueOf(batch),
                "coveo.source", SOURCE,
                "db.table", table,
                "db.stateTable", stateTable,
                "db.incremental.initialDelay", "0",
                "db.incremental.period", "300",
                "db.rebuild.initialDelay", "3600000");
        overrides = new HashMap<>(overrides);
        overrides.put("camel.beans.articlesDb.url", postgres.jdbcUrl());
        overrides.put("camel.beans.articlesDb.user", PostgresServer.USER);
        overrides.put("camel.beans.articlesDb.password", PostgresServer.PASSWORD);
        try (RunningMain app = RunningMain.start(DatabaseApplication.PROPERTIES, overrides)) {
            // 1. the first incremental run pushes every row
            await().atMost(PATIENCE).untilAsserted(() -> coveo.assertThat(SOURCE).hasItemCount(5));
            for (int id = 1; id <= 5; id++) {
                assertArticle(id, "Article " + id, id % 2 == 0 ? "billing" : "accounts", "<p>Body of article " + id + ".</p>");
            }
            await().atMost(PATIENCE).until(() -> watermarkSet());
            for (int id = 1; id <= 5; id++) {
                assertVersion(id);
            }

            // 2. a changed row (the database dates the change) and a new row: pushed by the next runs, nothing else
            sql("UPDATE " + table + " SET title = 'Article 2, revised', body = '<p>Revised.</p>' WHERE id = 2");
            insert(6, "Article 6", "billing", "<p>Body of article 6.</p>");
            await().atMost(PATIENCE).untilAsserted(() -> {
                coveo.assertThat(SOURCE).hasItemCount(6);
                assertArticle(2, "Article 2, revised", "billing", "<p>Revised.</p>");
                assertArticle(6, "Article 6", "billing", "<p>Body of article 6.</p>");
            });
            assertVersion(2);
            assertVersion(6);

            // 3. rows deleted from the table: the incremental sync cannot see it, the full rebuild removes them; it
            // pushes every row with one orderingId, the database's clock when it started, and deletes what is older
            sql("DELETE FROM " + table + " WHERE id IN (3, 4)");
            long rebuildCalled = databaseMillis();
            app.context().createProducerTemplate().sendBody("direct:db-full-rebuild", null);
            long rebuildReturned = databaseMillis();

            coveo.assertThat(SOURCE).hasStatusHistory("REBUILD", "IDLE").hasItemCount(4)
                    .doesNotHaveItem(articleId(3)).doesNotHaveItem(articleId(4));
            assertArticle(1, "Article 1", "accounts", "<p>Body of article 1.</p>");
            assertArticle(2, "Article 2, revised", "billing", "<p>Revised.</p>");
            assertArticle(5, "Article 5", "accounts", "<p>Body of article 5.</p>");
            assertArticle(6, "Article 6", "billing", "<p>Body of article 6.</p>");
            long fence = deleteOlderThanOrderingId();
            assertThat(fence).isBetween(rebuildCalled, rebuildReturned);
            assertThat(coveo.items(SOURCE)).extracting(IndexedItem::orderingId).containsOnly(fence);

            // 4. a row changed after the rebuild is newer than the rebuild's copy: it replaces it
            sql("UPDATE " + table + " SET body = '<p>Revised after the rebuild.</p>' WHERE id = 5");
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertArticle(5, "Article 5", "accounts", "<p>Revised after the rebuild.</p>");
                assertThat(coveo.emulator().item(ORG, SOURCE, articleId(5)).orElseThrow().orderingId())
                        .isGreaterThan(fence);
            });
        }
    }

    /** The orderingId of the one delete-older-than the source received. */
    private static long deleteOlderThanOrderingId() {
        List<ReceivedRequest> deletes = coveo.emulator().requests().all().stream()
                .filter(request -> request.kind() == RequestKind.DELETE_OLDER_THAN).toList();
        assertThat(deletes).hasSize(1);
        Matcher orderingId = Pattern.compile("[?&]orderingId=(\\d+)").matcher(deletes.get(0).url());
        assertThat(orderingId.find()).as(deletes.get(0).url()).isTrue();
        return Long.parseLong(orderingId.group(1));
    }

    private static void assertArticle(int id, String title, String category, String body) {
        coveo.assertThat(SOURCE).hasItem(articleId(id)).withTitle(title).withMetadata("category", category)
                .withMetadata("author", "Author " + id).withFileExtension(".html").withText(body);
        IndexedItem item = coveo.emulator().item(ORG, SOURCE, articleId(id)).orElseThrow();
        assertThat(item.metadata("modifiedDate")).get().asString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    /** The incremental sync pushes a row with its version: last_modified, in epoch milliseconds. */
    private void assertVersion(int id) throws SQLException {
        assertThat(coveo.emulator().item(ORG, SOURCE, articleId(id)).orElseThrow().orderingId())
                .isEqualTo(queryLong("SELECT " + EPOCH_MILLIS.formatted("last_modified") + " FROM " + table
                                     + " WHERE id = " + id));
    }

    private long databaseMillis() throws SQLException {
        return queryLong("SELECT " + EPOCH_MILLIS.formatted("clock_timestamp()"));
    }

    private long queryLong(String query) throws SQLException {
        try (Statement statement = db.createStatement(); var rows = statement.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getLong(1);
        }
    }

    private static String articleId(int id) {
        return "https://kb.example.com/articles/" + id;
    }

    private void insert(int id, String title, String category, String body) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO " + table
                                              + " (id, title, author, category, body) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, title);
            insert.setString(3, "Author " + id);
            insert.setString(4, category);
            insert.setString(5, body);
            insert.executeUpdate();
        }
    }

    private boolean watermarkSet() throws SQLException {
        try (Statement statement = db.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + stateTable)) {
            return rows.next() && rows.getInt(1) == 1;
        }
    }

    private void sql(String statements) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(statements);
        }
    }
}
