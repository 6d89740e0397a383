package nl.datawijzer.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.quality.profiling.CsvProfiler;
import nl.datawijzer.quality.profiling.DatabaseConnection;
import nl.datawijzer.quality.profiling.DatabaseProfiler;
import nl.datawijzer.quality.profiling.DatasetProfile;
import nl.datawijzer.quality.profiling.ProfileSpec;
import nl.datawijzer.quality.profiling.ProfilingProgress;
import nl.datawijzer.testsupport.PostgresDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The profiling engine of issue 8: a large CSV file, and a million-row PostgreSQL table. Independent of the scale. */
final class QualityMeasurements {

    private QualityMeasurements() {
    }

    static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    /**
     * {@code quality-csv}: a generated 20-column extract of at least {@value #CSV_BYTES} bytes (about a million rows,
     * mixed types, six columns with a format rule, two keys, a code list), profiled with {@link CsvProfiler}. Two
     * baselines over the same bytes, both from the page cache: a raw read (BufferedInputStream counting newlines: the
     * floor any reader pays) and Apache Commons CSV parsing every record and touching every value (what a plain CSV
     * library costs without any checks). Best of three alternating rounds after a warm-up.
     */
    static final class Csv implements Measurement {

        static final long CSV_BYTES = 200L * 1000 * 1000;

        @Override
        public String name() {
            return "quality-csv";
        }

        @Override
        public void run(BenchContext ctx) throws Exception {
            Path file = ctx.workDir().resolve("quality-extract.csv");
            long start = System.nanoTime();
            long rows = QualityData.writeCsv(file, ctx.seed(), CSV_BYTES);
            long size = Files.size(file);
            System.out.printf(Locale.ROOT, "  generated %,d rows, %,d bytes in %.1f s%n", rows, size,
                    (System.nanoTime() - start) / 1e9);
            ProfileSpec spec = QualityData.spec();
            profile(file, size, spec);
            rawRead(file);
            long bestOurs = Long.MAX_VALUE;
            long bestRaw = Long.MAX_VALUE;
            long bestCommons = Long.MAX_VALUE;
            DatasetProfile profile = null;
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                long lines = rawRead(file);
                long t1 = System.nanoTime();
                profile = profile(file, size, spec);
                long t2 = System.nanoTime();
                long records = commonsCsv(file);
                long t3 = System.nanoTime();
                bestRaw = Math.min(bestRaw, t1 - t0);
                bestOurs = Math.min(bestOurs, t2 - t1);
                bestCommons = Math.min(bestCommons, t3 - t2);
                if (records != rows || lines < rows) {
                    throw new IllegalStateException("baselines read " + records + " records / " + lines + " lines");
                }
            }
            if (profile.rows() != rows) {
                throw new IllegalStateException("profiled " + profile.rows() + " rows of " + rows);
            }
            double ours = mbPerSecond(size, bestOurs);
            double raw = mbPerSecond(size, bestRaw);
            double commons = mbPerSecond(size, bestCommons);
            long invalid = profile.fields().stream().mapToLong(f -> f.invalid()).sum();
            String notes = String.format(Locale.ROOT, "%,d rows x 20 columns, %.0f MB; best of 3 after warm-up; %,d "
                    + "invalid values found; Commons CSV parse without checks: %.0f MB/s (ours %.2fx of it); target "
                    + ">= 50 MB/s", rows, size / 1e6, invalid, commons, ours / commons);
            ctx.report(Metric.versus("quality.csv.rate", ours, "MB/s", raw,
                    "raw read: BufferedInputStream counting newlines", ctx.scale(), notes));
            ctx.report(Metric.versus("quality.csv.rateVsCommonsCsv", ours, "MB/s", commons,
                    "Apache Commons CSV 1.14 parsing every record, no checks", ctx.scale(), "same file"));
            ctx.report(Metric.info("quality.csv.time", bestOurs / 1e9, "s", ctx.scale(), "profiling " + size
                    + " bytes"));
            Files.deleteIfExists(file);
        }

        private static DatasetProfile profile(Path file, long size, ProfileSpec spec) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return CsvProfiler.profile(in, size, spec, ProfilingProgress.NONE);
            }
        }

        private static long rawRead(Path file) throws IOException {
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return lines;
        }

        private static long commonsCsv(Path file) throws IOException {
            long records = 0;
            long chars = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(reader)) {
                boolean header = true;
                for (CSVRecord record : parser) {
                    if (header) {
                        header = false;
                        continue;
                    }
                    for (String value : record) {
                        chars += value.length();
                    }
                    records++;
                }
            }
            return chars >= 0 ? records : -1;
        }
    }

    /**
     * {@code quality-postgres}: 1,000,000 rows of the same generated extract loaded into PostgreSQL with COPY, then the
     * aggregate SQL that {@link DatabaseProfiler} issues, run plainly over JDBC, beside {@link DatabaseProfiler#profile}
     * (catalog look-up, read-only session, the same query, mapping), and a bare full scan. Best of two alternating
     * rounds.
     * Uses the tests' PostgreSQL ({@code DATAWIJZER_TEST_POSTGRES_URL} or a throwaway local cluster); without one the
     * step is skipped with a message.
     */
    static final class Postgres implements Measurement {

        static final int ROWS = 1_000_000;
        /** Each round is a full scan or three of a million rows; the table is in the cache after VACUUM ANALYZE. */
        static final int ROUNDS = 2;

        @Override
        public String name() {
            return "quality-postgres";
        }

        @Override
        public void run(BenchContext ctx) throws Exception {
            var server = PostgresDatabase.available();
            if (server.isEmpty()) {
                System.out.println("  skipped: no PostgreSQL (" + PostgresDatabase.unavailableReason() + ")");
                return;
            }
            String schema = PostgresDatabase.freshSchema("bench_quality");
            String table = schema + ".clienten";
            StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (");
            for (int c = 0; c < QualityData.COLUMNS.size(); c++) {
                ddl.append(c == 0 ? "" : ", ").append(QualityData.COLUMNS.get(c)).append(' ')
                        .append(QualityData.SQL_TYPES.get(c));
            }
            PostgresDatabase.execute(ddl.append(")").toString());
            long start = System.nanoTime();
            try (Connection connection = server.get().connect()) {
                PostgresDatabase.copy(connection, table, QualityData.COLUMNS, new RowsReader(ctx.seed(), ROWS));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("VACUUM ANALYZE " + table);
                }
            }
            double load = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  loaded %,d rows with COPY in %.1f s%n", ROWS, load);

            ProfileSpec spec = QualityData.spec();
            String sql = DatabaseProfiler.aggregateSql(table, spec, QualityData.COLUMNS);
            List<String[]> lists = DatabaseProfiler.aggregateParameters(spec, QualityData.COLUMNS);
            DatabaseConnection connection = new DatabaseConnection("bench", server.get().url(), server.get().user(),
                    server.get().password());
            long bestPlain = Long.MAX_VALUE;
            long bestOurs = Long.MAX_VALUE;
            long bestScan = Long.MAX_VALUE;
            DatasetProfile profile = null;
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                long rows = plain(server.get(), sql, lists);
                long t1 = System.nanoTime();
                profile = DatabaseProfiler.profile(connection, table, spec, ProfilingProgress.NONE);
                long t2 = System.nanoTime();
                scan(server.get(), table);
                long t3 = System.nanoTime();
                bestPlain = Math.min(bestPlain, t1 - t0);
                bestOurs = Math.min(bestOurs, t2 - t1);
                bestScan = Math.min(bestScan, t3 - t2);
                if (rows != ROWS || profile.rows() != ROWS) {
                    throw new IllegalStateException("counted " + rows + " / " + profile.rows() + " rows");
                }
            }
            long invalid = profile.fields().stream().mapToLong(f -> f.invalid()).sum();
            String notes = String.format(Locale.ROOT, "%,d rows x 20 columns loaded with COPY in %.1f s; best of "
                    + ROUNDS + " alternating rounds; ratio %.2fx (target <= 2x); %,d invalid values found; a bare "
                    + "full scan (count(*) of every column) takes %.2f s", ROWS, load, (double) bestOurs / bestPlain, invalid,
                    bestScan / 1e9);
            ctx.report(Metric.versus("quality.postgres.time", bestOurs / 1e9, "s", bestPlain / 1e9,
                    "the same aggregate SQL run plainly over JDBC", ctx.scale(), notes));
            ctx.report(Metric.info("quality.postgres.ratio", (double) bestOurs / bestPlain, "x", ctx.scale(),
                    "DatabaseProfiler.profile / plain aggregate SQL"));
            PostgresDatabase.execute("DROP SCHEMA " + schema + " CASCADE");
        }

        private static long plain(PostgresDatabase.Server server, String sql, List<String[]> lists) throws Exception {
            try (Connection connection = server.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < lists.size(); i++) {
                    statement.setArray(i + 1, connection.createArrayOf("text", lists.get(i)));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }

        private static void scan(PostgresDatabase.Server server, String table) throws Exception {
            StringBuilder sql = new StringBuilder("SELECT count(*)");
            for (String column : QualityData.COLUMNS) {
                sql.append(", count(").append(column).append(')');
            }
            try (Connection connection = server.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql.append(" FROM ").append(table).toString())) {
                rows.next();
            }
        }
    }

    /** The generated rows as COPY CSV text, produced while PostgreSQL reads them. */
    private static final class RowsReader extends Reader {

        private final long seed;
        private final long rows;
        private long next;
        private String line = "";
        private int at;

        RowsReader(long seed, long rows) {
            this.seed = seed;
            this.rows = rows;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            if (at == line.length()) {
                if (next == rows) {
                    return -1;
                }
                String[] row = QualityData.row(seed, next++);
                StringBuilder csv = new StringBuilder(256);
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        csv.append(',');
                    }
                    if (row[c] != null) {
                        csv.append('"').append(row[c].replace("\"", "\"\"")).append('"');
                    }
                }
                line = csv.append('\n').toString();
                at = 0;
            }
            int n = Math.min(length, line.length() - at);
            line.getChars(at, at + n, target, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
