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
package io.github.camelcoveo.push.bucket4j;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Buckets in a PostgreSQL table through Bucket4j's SELECT ... FOR UPDATE proxy manager, and the "not before" instants
 * in a table next to it. JDBC blocks: every call runs on this store's own threads, never on the caller's.
 */
final class PostgresBudgetStore implements BudgetStore {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String notBeforeTable;
    private final ProxyManager<String> buckets;
    private final ExecutorService jdbc;

    PostgresBudgetStore(DataSource dataSource, String table, int threads) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be a lower-case SQL name of at most 58 characters: " + table);
        }
        this.dataSource = dataSource;
        this.notBeforeTable = table + "_not_before";
        createTables(table);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table(table).idColumn("id").stateColumn("state")
                .build();
        this.jdbc = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "CoveoPushBudget-jdbc");
            thread.setDaemon(true);
            return thread;
        });
    }

    private void createTables(String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // instances starting together would race: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a
            // concurrent one (duplicate key in pg_type), so they take turns under a transaction-scoped advisory lock
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                statement.execute("SELECT pg_advisory_xact_lock(hashtext('" + table + "'))");
                statement.execute("CREATE TABLE IF NOT EXISTS " + table
                                  + " (id VARCHAR(255) PRIMARY KEY, state BYTEA, expires_at BIGINT)");
                statement.execute("CREATE TABLE IF NOT EXISTS " + notBeforeTable
                                  + " (id VARCHAR(255) PRIMARY KEY, not_before BIGINT NOT NULL)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the request budget's tables " + table + " and "
                                            + notBeforeTable + ": " + e.getMessage(), e);
        }
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        return CompletableFuture.supplyAsync(
                () -> buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1), jdbc);
    }

    @Override
    public CompletableFuture<Long> notBefore(String key) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT not_before FROM " + notBeforeTable + " WHERE id = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, jdbc);
    }

    @Override
    public CompletableFuture<Void> raiseNotBefore(String key, long epochMillis) {
        return CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + notBeforeTable
                         + " (id, not_before) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET not_before ="
                         + " GREATEST(" + notBeforeTable + ".not_before, EXCLUDED.not_before)")) {
                upsert.setString(1, key);
                upsert.setLong(2, epochMillis);
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, jdbc);
    }

    @Override
    public void close() {
        jdbc.shutdownNow();
    }
}
