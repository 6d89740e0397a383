package nl.datawijzer.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.PGConnection;

/**
 * A PostgreSQL server for tests, shared by the whole test JVM.
 *
 * <ol>
 * <li>When {@code DATAWIJZER_TEST_POSTGRES_URL} is set (with {@code _USER} and {@code _PASSWORD}), that server is
 * used: CI's {@code .ci/run} starts Debian's cluster and sets them.</li>
 * <li>Otherwise, when PostgreSQL's {@code initdb} and {@code pg_ctl} are on the PATH or under
 * {@code /usr/lib/postgresql/<version>/bin}, a throwaway cluster is made in a temporary folder on a free port and
 * stopped when the JVM ends. initdb refuses to run as root, so under root it runs as the {@code postgres} user
 * ({@code runuser}) when that user exists.</li>
 * <li>Otherwise the test is skipped with a message, or fails when {@code CI=true}: CI must not pass by skipping.</li>
 * </ol>
 */
public final class PostgresDatabase {

    /** Where to connect; the password is a test password, never a real one. */
    public record Server(String url, String user, String password) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** The host and port of the URL, for tests that need a second URL on the same server. */
        public String hostAndPort() {
            String rest = url.substring("jdbc:postgresql://".length());
            return rest.substring(0, rest.indexOf('/'));
        }
    }

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static Optional<Server> server;
    private static String unavailable = "";

    private PostgresDatabase() {
    }

    /** The server, or the test is skipped (failed under CI) with the reason none is available. */
    public static synchronized Server server() {
        if (server == null) {
            server = find();
        }
        if (server.isEmpty()) {
            String message = "No PostgreSQL for the database tests: " + unavailable + ". Set DATAWIJZER_TEST_POSTGRES_URL"
                    + " (+ _USER, _PASSWORD) or install PostgreSQL (initdb, pg_ctl)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; under CI that is an error (.ci/run starts one)");
            }
            Assumptions.abort(message + "; database tests skipped");
        }
        return server.get();
    }

    /** Whether a server is there, without skipping: for the benchmark, which reports instead. */
    public static synchronized Optional<Server> available() {
        if (server == null) {
            server = find();
        }
        return server;
    }

    public static synchronized String unavailableReason() {
        return unavailable;
    }

    /** A new empty schema with a unique name, so test classes sharing the server never see each other's tables. */
    public static String freshSchema(String prefix) {
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE SCHEMA " + name);
        return name;
    }

    /** Runs statements of the test's own making (DDL for crafted tables). */
    public static void execute(String... statements) {
        try (Connection connection = server().connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test SQL failed: " + e.getMessage(), e);
        }
    }

    /**
     * Loads rows with COPY (the fast path for a million rows). A null cell is SQL NULL; every other cell is written as
     * text in CSV quoting, so values with delimiters, quotes and newlines arrive unchanged.
     */
    public static long copy(String table, List<String> columns, Iterable<String[]> rows) {
        StringBuilder csv = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (row[i] != null) {
                    csv.append('"').append(row[i].replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        return copy(table, columns, csv.toString());
    }

    /** Loads CSV text (comma, double quotes, unquoted empty = NULL) with COPY. */
    public static long copy(String table, List<String> columns, String csv) {
        try (Connection connection = server().connect()) {
            return copy(connection, table, columns, new StringReader(csv));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    public static long copy(Connection connection, String table, List<String> columns, java.io.Reader csv)
            throws SQLException, IOException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, csv);
    }

    private static Optional<Server> find() {
        String url = System.getenv("DATAWIJZER_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return Optional.of(new Server(url, orEmpty(System.getenv("DATAWIJZER_TEST_POSTGRES_USER")),
                    orEmpty(System.getenv("DATAWIJZER_TEST_POSTGRES_PASSWORD"))));
        }
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            unavailable = "DATAWIJZER_TEST_POSTGRES_URL is not set and initdb/pg_ctl were not found";
            return Optional.empty();
        }
        try {
            return Optional.of(startCluster(bin.get()));
        } catch (IOException | RuntimeException e) {
            unavailable = "starting a throwaway cluster with " + bin.get() + " failed (" + e.getMessage() + ")";
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted";
            return Optional.empty();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Optional<Path> binaries() {
        String path = System.getenv("PATH");
        List<Path> candidates = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(dir));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing(PostgresDatabase::version).reversed())
                        .forEach(candidates::add);
            } catch (IOException e) {
                // no Debian layout to look in
            }
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Server startCluster(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("datawijzer-postgres");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        String password = "test-" + Long.toHexString(System.nanoTime());
        Path passwordFile = dir.resolve("pwfile");
        Files.writeString(passwordFile, password);
        Path data = dir.resolve("data");
        List<String> asUser = List.of();
        if (root) {
            if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
                throw new IOException("running as root and runuser is missing");
            }
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Files.setOwner(passwordFile, postgres);
            asUser = List.of("runuser", "-u", "postgres", "--");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(asUser, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "datawijzer", "-A",
                "scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        run(asUser, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
                dir.resolve("log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off", "start");
        List<String> stopAs = asUser;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(stopAs, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
            } catch (IOException | InterruptedException e) {
                // the JVM is ending; the temp folder below goes either way
            }
            deleteRecursively(dir);
        }));
        return new Server("jdbc:postgresql://localhost:" + port + "/postgres", "datawijzer", password);
    }

    private static void run(List<String> prefix, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command[0] + " failed: " + output.strip());
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless
        }
    }
}
