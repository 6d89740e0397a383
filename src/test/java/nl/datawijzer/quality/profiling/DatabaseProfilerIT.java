package nl.datawijzer.quality.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.datawijzer.testsupport.PostgresDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseProfilerIT {

    private static String schema;
    private static DatabaseConnection warehouse;

    @BeforeAll
    static void craftTables() {
        PostgresDatabase.Server server = PostgresDatabase.server();
        warehouse = new DatabaseConnection("warehouse", server.url(), server.user(), server.password());
        schema = PostgresDatabase.freshSchema("profiler_it");
        PostgresDatabase.execute(
                "CREATE TABLE " + schema + ".gemeente (code text PRIMARY KEY, naam text)",
                "INSERT INTO " + schema + ".gemeente VALUES ('0406', 'Huizen'), ('0376', 'Blaricum'), (' 0417', 'Laren')",
                "CREATE TABLE " + schema + ".\"Client\" (id integer, bsn text, postcode varchar(7), geboren date,"
                        + " geboortedatum text, categorie text, gemeente text, bedrag numeric(10,2), actief boolean,"
                        + " gewijzigd timestamp, extra text)",
                "CREATE VIEW " + schema + ".traag AS SELECT x FROM generate_series(1, 3) x, pg_sleep(3) s");
        PostgresDatabase.copy(schema + ".\"Client\"", List.of("id", "bsn", "postcode", "geboren", "geboortedatum",
                "categorie", "gemeente", "bedrag", "actief", "gewijzigd", "extra"), List.of(
                        row("1", "111222333", "1271 AB", "1980-02-29", "1980-05-00", "01", "0406", "12.50", "t",
                                "2024-01-01 10:00:00", "x"),
                        row("2", "111222334", "0123 AB", "1981-01-01", "1980-00-12", "02", "0376 ", "3", "f",
                                "2024-01-01 10:00:00.5", null),
                        row("2", "", "1271ab", null, "0000-00-00", "99", "9999", null, null, null, null),
                        row(null, " ", null, "2000-01-01", "31-02-1980", "  ", "0417", "-1.25", "true", null, null),
                        row("5", "12345672", "1234 SA", "2024-12-31", "19800229", "07", "", "0", "false",
                                "2024-02-29 23:59:59", null)));
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static FieldSpec spec(String name, String datatype, ValueFormat format, boolean key, Set<String> codes,
            ColumnRef ref) {
        return new FieldSpec(name, datatype, Optional.ofNullable(format), key, codes, Optional.ofNullable(ref));
    }

    private static ProfileSpec clientSpec() {
        return new ProfileSpec(List.of(
                spec("ID", "integer", null, true, Set.of(), null),
                spec("bsn", "string", ValueFormat.BSN, true, Set.of(), null),
                spec("postcode", "string", ValueFormat.POSTCODE, false, Set.of(), null),
                spec("geboren", "date", null, false, Set.of(), null),
                spec("geboortedatum", "date", ValueFormat.PARTIAL_DATE, false, Set.of(), null),
                spec("categorie", "string", null, false, Set.of("01", "02", "03", "07"), null),
                spec("gemeente", "string", null, false, Set.of(), new ColumnRef(schema + ".gemeente", "code")),
                spec("bedrag", "decimal", null, false, Set.of(), null),
                spec("actief", "boolean", null, false, Set.of(), null),
                spec("gewijzigd", "dateTime", null, false, Set.of(), null),
                spec("verdwenen", "string", null, true, Set.of(), null)));
    }

    @Test
    void measuresEveryFieldInTheDatabaseWithKnownAnswers() {
        List<Double> progress = new ArrayList<>();
        DatasetProfile profile = DatabaseProfiler.profile(warehouse, schema + ".client", clientSpec(), progress::add);

        assertThat(profile.rows()).isEqualTo(5);
        assertThat(profile.bytesRead()).isZero();
        assertThat(profile.fields()).containsExactly(
                new FieldProfile("ID", true, 5, 1, 0, OptionalLong.of(1), OptionalLong.empty()),
                new FieldProfile("bsn", true, 5, 2, 1, OptionalLong.of(0), OptionalLong.empty()),
                new FieldProfile("postcode", true, 5, 1, 2, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("geboren", true, 5, 1, 0, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("geboortedatum", true, 5, 0, 2, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("categorie", true, 5, 1, 0, OptionalLong.empty(), OptionalLong.of(1)),
                new FieldProfile("gemeente", true, 5, 1, 0, OptionalLong.empty(), OptionalLong.of(1)),
                new FieldProfile("bedrag", true, 5, 1, 0, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("actief", true, 5, 1, 0, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("gewijzigd", true, 5, 2, 0, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("verdwenen", false, 5, 0, 0, OptionalLong.of(0), OptionalLong.empty()));
        assertThat(profile.undeclaredColumns()).containsExactly("extra");
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(progress).hasSize(3);
    }

    @Test
    void findsAnUnqualifiedTableInTheSearchPathAndWorksReadOnly() {
        PostgresDatabase.Server server = PostgresDatabase.server();
        String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        DatabaseConnection inSchema = new DatabaseConnection("warehouse", url, server.user(), server.password());

        DatasetProfile profile = DatabaseProfiler.profile(inSchema, "CLIENT", new ProfileSpec(List.of(
                spec("id", "integer", null, true, Set.of(), null))), ProfilingProgress.NONE);

        assertThat(profile.rows()).isEqualTo(5);
        assertThat(profile.fields().getFirst().duplicates()).hasValue(1);
    }

    @Test
    void runsTheSameAggregateSqlItPublishes() throws Exception {
        List<String> columns = List.of("id", "bsn", "postcode", "geboren", "geboortedatum", "categorie", "gemeente",
                "bedrag", "actief", "gewijzigd", "extra");
        String sql = DatabaseProfiler.aggregateSql(schema + ".\"Client\"", clientSpec(), columns);
        List<String[]> lists = DatabaseProfiler.aggregateParameters(clientSpec(), columns);
        assertThat(lists).hasSize(1);
        assertThat(Arrays.asList(lists.getFirst())).containsExactly("01", "02", "03", "07");

        try (var connection = PostgresDatabase.server().connect();
                var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", lists.getFirst()));
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(5);
            }
        }
    }

    @Test
    void refusesWrongCredentialsWithoutGivingThePasswordAway() {
        PostgresDatabase.Server server = PostgresDatabase.server();
        String secret = "Geheim-wachtwoord-123";
        DatabaseConnection wrong = new DatabaseConnection("warehouse", server.url(), server.user(), secret);

        assertThatThrownBy(() -> DatabaseProfiler.profile(wrong, schema + ".client", clientSpec(),
                ProfilingProgress.NONE)).isInstanceOfSatisfying(ProfilingException.class, e -> {
                    assertThat(e.messageNl()).isEqualTo("Inloggen bij de database van verbinding 'warehouse' is "
                            + "geweigerd: controleer gebruikersnaam en wachtwoord in de configuratie.");
                    assertThat(e.messageEn() + e.getMessage() + e.messageNl() + wrong).doesNotContain(secret);
                });
    }

    @Test
    void saysAnUnreachableDatabaseCannotBeReached() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DatabaseConnection nowhere = new DatabaseConnection("warehouse", "jdbc:postgresql://localhost:" + port + "/x",
                "u", "Geheim-1");

        assertThatThrownBy(() -> DatabaseProfiler.profile(nowhere, "client", clientSpec(), ProfilingProgress.NONE))
                .isInstanceOfSatisfying(ProfilingException.class, e -> {
                    assertThat(e.messageNl()).isEqualTo("De database van verbinding 'warehouse' is niet bereikbaar.");
                    assertThat(e.messageEn()).isEqualTo("The database of connection 'warehouse' cannot be reached.");
                });
    }

    @Test
    void saysWhichTableIsMissing() {
        assertThatThrownBy(() -> DatabaseProfiler.profile(warehouse, schema + ".bestaat_niet", clientSpec(),
                ProfilingProgress.NONE)).isInstanceOfSatisfying(ProfilingException.class,
                        e -> assertThat(e.messageNl()).isEqualTo("De tabel '" + schema + ".bestaat_niet' bestaat niet "
                                + "in de database van verbinding 'warehouse'."));
    }

    @Test
    void refusesATableNameThatIsNoIdentifierBeforeConnecting() {
        DatabaseConnection never = new DatabaseConnection("warehouse", "jdbc:postgresql://invalid.invalid/x", "u", "p");

        assertThatThrownBy(() -> DatabaseProfiler.profile(never, "client; DROP TABLE x", clientSpec(),
                ProfilingProgress.NONE)).isInstanceOfSatisfying(ProfilingException.class,
                        e -> assertThat(e.messageNl()).contains("ongeldig"));
    }

    @Test
    void saysAReferencedColumnIsMissing() {
        ProfileSpec spec = new ProfileSpec(List.of(spec("gemeente", "string", null, false, Set.of(),
                new ColumnRef(schema + ".gemeente", "bestaat_niet"))));

        assertThatThrownBy(() -> DatabaseProfiler.profile(warehouse, schema + ".client", spec, ProfilingProgress.NONE))
                .isInstanceOfSatisfying(ProfilingException.class,
                        e -> assertThat(e.messageNl()).contains("gemeente.bestaat_niet").contains("bestaat niet"));
    }

    @Test
    void stopsAQueryThatTakesLongerThanTheTimeout() {
        ProfileSpec spec = new ProfileSpec(List.of(spec("x", "integer", null, false, Set.of(), null)));

        assertThatThrownBy(() -> DatabaseProfiler.profile(warehouse, schema + ".traag", spec, ProfilingProgress.NONE, 1))
                .isInstanceOfSatisfying(ProfilingException.class, e -> assertThat(e.messageNl())
                        .isEqualTo("De profilering van tabel '" + schema + ".traag' (verbinding 'warehouse') duurde "
                                + "langer dan 1 seconden en is afgebroken."));
    }
}
