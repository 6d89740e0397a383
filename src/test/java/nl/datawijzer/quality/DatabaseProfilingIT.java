package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.quality.internal.QualityRepository;
import nl.datawijzer.quality.internal.QualityRepository.StoredMeasurement;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.testsupport.PostgresDatabase;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The quality service with the real profiling engine against PostgreSQL: crafted rows give known DQV measurements and a
 * score that follows the formula; a wrong password, a missing table and an unreachable server each give a FAILED run
 * with our own Dutch words while the previous score stays; and a large table is profiled in the database, not in the
 * JVM.
 */
@SpringBootTest
@ExtendWith({SecurityHolderIsolation.class, OutputCaptureExtension.class})
@WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
class DatabaseProfilingIT {

    /** Distinctive, so a leak anywhere is found by a plain text search. */
    static final String WRONG_PASSWORD = "Fout-Wachtwoord-Zz8841-qpgit";
    private static final String DW = "https://w3id.org/datawijzer/def#";

    static final DatasetId CLIENTS = new DatasetId("pg-wmo-clienten");
    static final DatasetId DISTRICTS = new DatasetId("pg-wijken");
    static final DatasetId FAILING = new DatasetId("pg-storingen");
    static final DatasetId LARGE = new DatasetId("pg-groot");
    static final int LARGE_ROWS = 200_000;

    private static String schema;
    private static int closedPort;
    private static boolean catalogued;

    @Autowired ReliabilityService quality;
    @Autowired ProfileRunner runner;
    @Autowired QualityRepository repository;
    @Autowired RdfStore store;
    @Autowired Iris iris;

    @BeforeAll
    static void craftTables() throws IOException {
        schema = PostgresDatabase.freshSchema("quality_it");
        PostgresDatabase.execute(
                "CREATE TABLE " + schema + ".wijken (wijkcode text PRIMARY KEY, wijknaam text)",
                "INSERT INTO " + schema + ".wijken VALUES ('WK040600', 'Centrum'), ('WK040601', 'Oostermeent'),"
                        + " ('WK040602', 'Holleblok')",
                "CREATE TABLE " + schema + ".clienten (clientnummer text, bsn text, postcode varchar(7),"
                        + " geboortedatum text, productcategorie text, wijkcode text, opmerking text)");
        // Known answers per column (10 rows): see measurementsMatchTheKnownAnswers for the counts they give.
        PostgresDatabase.copy(schema + ".clienten", List.of("clientnummer", "bsn", "postcode", "geboortedatum",
                "productcategorie", "wijkcode", "opmerking"), List.of(
                        row("C001", "111222333", "1271 AB", "1980-05-00", "01", "WK040600", "x"),
                        row("C002", "111222334", "0123 AB", "1980-00-12", "02", "WK040601", null),
                        row("C002", null, "1271ab", "0000-00-00", "99", "WK049999", null),
                        row("C004", "", null, "31-02-1980", "07", "WK040602", null),
                        row(null, "123456782", "1234 SA", "1975-03-14", "15", "WK040600", null),
                        row("C006", "123456789", "1275 XY", null, "03", "", null),
                        row("C007", "111222333", "1272 CD", "2001-00-00", "42", "WK040601", null),
                        row("C004", "  ", "1273 EF", "19800229", "05", " WK040699", null),
                        row("C009", "123456782", "", "1990-12-31", null, "WK040602", null),
                        row("C010", "111222333", "1274 GH", "1985-07-01", "08", "WK040600 ", null)));
        // A small and a large table with the same columns, every value filled and valid.
        for (String table : List.of("klein", "groot")) {
            PostgresDatabase.execute("CREATE TABLE " + schema + "." + table + " AS SELECT 'C' || lpad(i::text, 7, '0')"
                    + " AS clientnummer, '111222333'::text AS bsn, '1271 AB'::text AS postcode,"
                    + " '1980-05-00'::text AS geboortedatum, '07'::text AS productcategorie,"
                    + " 'WK040601'::text AS wijkcode FROM generate_series(1, "
                    + (table.equals("klein") ? 10 : LARGE_ROWS) + ") i");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    @DynamicPropertySource
    static void connections(DynamicPropertyRegistry registry) {
        String prefix = "datawijzer.quality.connections.";
        registry.add(prefix + "warehouse.url", () -> PostgresDatabase.server().url());
        registry.add(prefix + "warehouse.username", () -> PostgresDatabase.server().user());
        registry.add(prefix + "warehouse.password", () -> PostgresDatabase.server().password());
        registry.add(prefix + "wachtwoordfout.url", () -> PostgresDatabase.server().url());
        registry.add(prefix + "wachtwoordfout.username", () -> PostgresDatabase.server().user());
        registry.add(prefix + "wachtwoordfout.password", () -> WRONG_PASSWORD);
        registry.add(prefix + "onbereikbaar.url", () -> "jdbc:postgresql://localhost:" + closedPort + "/datawijzer");
        registry.add(prefix + "onbereikbaar.username", () -> PostgresDatabase.server().user());
        registry.add(prefix + "onbereikbaar.password", () -> PostgresDatabase.server().password());
    }

    private static String[] row(String... cells) {
        return cells;
    }

    @BeforeEach
    void catalogue() {
        awaitIdle();
        if (catalogued) {
            return;
        }
        write(DISTRICTS, "Wijken van Huizen", "wijken", """
                <dataset/pg-wijken/field/wijkcode> a dw:Field ;
                    dct:title "Wijkcode"@nl ; dw:technicalName "wijkcode" ; dw:isKey true ;
                    dct:description "CBS-code van de wijk."@nl ;
                    dw:partOfDataset <dataset/pg-wijken> ; dw:position 1 ; dw:datatype xsd:string ;
                    dw:containsPersonalData false ; dw:confidentiality <https://w3id.org/datawijzer/vocab/vertrouwelijkheid/openbaar> ;
                    dw:classificationStatus <https://w3id.org/datawijzer/vocab/beoordeling/bevestigd> ;
                    dct:modified "2026-01-10T09:00:00+01:00"^^xsd:dateTime .
                """);
        write(CLIENTS, "Wmo-cliënten (database)", "clienten", clientFields(CLIENTS));
        write(FAILING, "Wmo-cliënten (storingen)", "klein", clientFields(FAILING));
        write(LARGE, "Wmo-cliënten (groot)", "klein", clientFields(LARGE));
        catalogued = true;
    }

    /** The six declared fields with their rules; {@code wijkcode} references the districts table's key. */
    private static String clientFields(DatasetId dataset) {
        String d = "dataset/" + dataset.slug();
        StringBuilder ttl = new StringBuilder();
        String[][] fields = {
            {"clientnummer", "dw:isKey true"},
            {"bsn", "dw:valueFormat <https://w3id.org/datawijzer/vocab/waardeformaat/bsn>"},
            {"postcode", "dw:valueFormat <https://w3id.org/datawijzer/vocab/waardeformaat/postcode>"},
            {"geboortedatum", "dw:valueFormat <https://w3id.org/datawijzer/vocab/waardeformaat/gedeeltelijke-datum>"},
            {"productcategorie", "dw:valueList <https://w3id.org/datawijzer/vocab/wmo-productcategorie>"},
            {"wijkcode", "dw:references <dataset/pg-wijken/field/wijkcode>"}};
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i][0];
            ttl.append("<").append(d).append("/field/").append(name).append("> a dw:Field ; ").append(fields[i][1])
                    .append(" ;\n    dct:title \"").append(name).append("\"@nl ; dw:technicalName \"").append(name)
                    .append("\" ;\n    dct:description \"Kolom ").append(name).append(" van de cliëntentabel.\"@nl ;\n")
                    .append("    dw:partOfDataset <").append(d).append("> ; dw:position ").append(i + 1)
                    .append(" ; dw:datatype xsd:string ;\n    dw:containsPersonalData false ; dw:confidentiality")
                    .append(" <https://w3id.org/datawijzer/vocab/vertrouwelijkheid/intern> ;\n")
                    .append("    dw:classificationStatus <https://w3id.org/datawijzer/vocab/beoordeling/bevestigd> ;\n")
                    .append("    dct:modified \"2026-01-10T09:00:00+01:00\"^^xsd:dateTime .\n");
        }
        return ttl.toString();
    }

    /**
     * A dataset whose metadata passes all ten checks and whose frequency has no interval, so its score is exactly
     * {@code (60 D + 20 x 100) / 80}: only the data can cost points.
     */
    private void write(DatasetId dataset, String title, String table, String fields) {
        String d = "dataset/" + dataset.slug();
        String ttl = """
                @prefix dw: <https://w3id.org/datawijzer/def#> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%1$s> a dcat:Dataset ;
                    dw:profileSource <%1$s/bron> ;
                    dct:title "%2$s"@nl ;
                    dct:description "Testgegevens in PostgreSQL met bekende fouten, om de profilering van databasetabellen van begin tot eind te toetsen."@nl ;
                    dct:identifier "%3$s" ;
                    dw:heldIn <system/datawarehouse-sociaal-domein> ;
                    dw:owner <agent/team-wmo> ;
                    dw:steward <agent/team-informatiemanagement-bi> ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/SOCI> ;
                    dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/IRREG> ;
                    dct:accessRights <http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC> ;
                    dcat:keyword "Wmo"@nl ;
                    dcat:distribution <%1$s/distribution/db> ;
                    dcat:contactPoint [ a vcard:Kind ; vcard:fn "Team Wmo" ; vcard:hasEmail <mailto:wmo@huizen.nl> ] ;
                    dct:modified "2026-01-10T09:00:00+01:00"^^xsd:dateTime .
                <%1$s/bron> a dw:DatabaseTable ; dw:connectionName "warehouse" ; dw:tableName "%4$s.%5$s" .
                <%1$s/distribution/db> a dcat:Distribution ;
                    dct:title "Databasetabel"@nl ;
                    dcat:accessURL <https://data.huizen.nl/intern/%3$s> ;
                    dct:format <http://publications.europa.eu/resource/authority/file-type/SQL> ;
                    dct:license <http://publications.europa.eu/resource/authority/licence/CC0> .
                %6$s
                """.formatted(d, title, dataset.slug(), schema, table, fields);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).base(iris.base()).parse(graph);
        store.write(writer -> {
            writer.replaceGraph(iris.graph(RecordKind.DATASET, dataset.slug()), graph);
            return null;
        });
    }

    /** Points the dataset's dw:DatabaseTable at another connection and table. */
    private void pointAt(DatasetId dataset, String connection, String table) {
        Node source = NodeFactory.createURI(iris.record(RecordKind.DATASET, dataset.slug()).getURI() + "/bron");
        Node connectionName = NodeFactory.createURI(DW + "connectionName");
        Node tableName = NodeFactory.createURI(DW + "tableName");
        store.write(writer -> {
            writer.changeGraph(iris.graph(RecordKind.DATASET, dataset.slug()), graph -> {
                graph.remove(source, connectionName, Node.ANY);
                graph.remove(source, tableName, Node.ANY);
                graph.add(source, connectionName, NodeFactory.createLiteralString(connection));
                graph.add(source, tableName, NodeFactory.createLiteralString(schema + "." + table));
            });
            return null;
        });
    }

    private void awaitIdle() {
        RunWaits.idle(runner);
    }

    private ProfileRun run(DatasetId dataset) {
        quality.startRun(dataset);
        return RunWaits.finished(quality, dataset, Duration.ofSeconds(120));
    }

    private List<String> everything() {
        return triples("quality/all-objects.rq");
    }

    /** What the records hold, without the audit trail (which gains one entry per write). */
    private List<String> recordTriples() {
        return triples("quality/record-triples.rq");
    }

    private List<String> triples(String query) {
        // Read inside the transaction: a row's nodes are resolved lazily.
        return store.read(r -> Row.of(r.select(Sparql.query(query))).stream()
                .map(row -> row.text("s") + " " + row.text("p") + " " + row.text("o")).toList());
    }

    /** One expected field measurement: the stored value (two decimals) and its counts. */
    private record Expected(double value, long checked, long failed) {
    }

    private static Expected m(double value, long checked, long failed) {
        return new Expected(value, checked, failed);
    }

    @Test
    void measurementsMatchTheKnownAnswersAndTheScoreFollowsTheFormula() {
        ProfileRun run = run(CLIENTS);

        assertThat(run.failureNl()).isEmpty();
        assertThat(run.state()).isEqualTo(RunState.COMPLETE);
        assertThat(run.rows()).isEqualTo(10);

        Map<String, Expected> expected = new HashMap<>();
        // clientnummer: 1 empty, C002 and C004 twice (2 duplicates of 9 filled)
        expected.put("clientnummer/completeness", m(90.00, 10, 1));
        expected.put("clientnummer/validity", m(100.00, 9, 0));
        expected.put("clientnummer/uniqueness", m(77.78, 9, 2));
        // bsn: NULL, '' and '  ' empty; 111222334 and 123456789 fail the elfproef
        expected.put("bsn/completeness", m(70.00, 10, 3));
        expected.put("bsn/validity", m(71.43, 7, 2));
        // postcode: NULL and '' empty; 0123 AB (leading zero) and 1234 SA (SA is never issued) invalid
        expected.put("postcode/completeness", m(80.00, 10, 2));
        expected.put("postcode/validity", m(75.00, 8, 2));
        // geboortedatum: one NULL; 1980-00-12 (day without month) and 31-02-1980 invalid, the zeros are allowed
        expected.put("geboortedatum/completeness", m(90.00, 10, 1));
        expected.put("geboortedatum/validity", m(77.78, 9, 2));
        // productcategorie: one NULL; 99 and 42 are no Wmo product categories
        expected.put("productcategorie/completeness", m(90.00, 10, 1));
        expected.put("productcategorie/validity", m(100.00, 9, 0));
        expected.put("productcategorie/consistency", m(77.78, 9, 2));
        // wijkcode: one empty; WK049999 and WK040699 have no district (padded values match after trimming)
        expected.put("wijkcode/completeness", m(90.00, 10, 1));
        expected.put("wijkcode/validity", m(100.00, 9, 0));
        expected.put("wijkcode/consistency", m(77.78, 9, 2));

        List<StoredMeasurement> stored = repository.measurements(CLIENTS, run.id(), null);
        Map<String, Expected> actual = new HashMap<>();
        Map<String, Double> datasetLevel = new HashMap<>();
        String datasetIri = iris.record(RecordKind.DATASET, CLIENTS.slug()).getURI();
        for (StoredMeasurement measurement : stored) {
            if (measurement.computedOnIri().equals(datasetIri)) {
                assertThat(measurement.checked()).isEmpty();
                datasetLevel.put(measurement.metric(), measurement.value());
            } else {
                assertThat(measurement.computedOnIri()).isEqualTo(iris.field(CLIENTS.slug(),
                        measurement.technicalName()).getURI());
                actual.put(measurement.technicalName() + "/" + measurement.metric(), new Expected(measurement.value(),
                        measurement.checked().orElseThrow(), measurement.failed().orElseThrow()));
            }
        }
        assertThat(actual).isEqualTo(expected);
        // No timeliness: the frequency (irregular) has no interval.
        assertThat(datasetLevel).containsOnlyKeys("dataQuality", "metadataCompleteness", "reliabilityScore");

        // D = mean of each field's mean of its applicable metrics, from the exact counts.
        double d = (mean(90, 100, 7 * 100.0 / 9) + mean(70, 500.0 / 7) + mean(80, 75) + mean(90, 700.0 / 9)
                + mean(90, 100, 700.0 / 9) + mean(90, 100, 700.0 / 9)) / 6;
        int expectedScore = (int) Math.round((60 * d + 20 * 100.0) / 80);
        assertThat(datasetLevel.get("dataQuality")).isCloseTo(d, within(0.005));
        assertThat(datasetLevel.get("metadataCompleteness")).isEqualTo(100.0);
        assertThat(datasetLevel.get("reliabilityScore")).isEqualTo(expectedScore);

        Score score = quality.latestScore(CLIENTS).orElseThrow();
        assertThat(expectedScore).isEqualTo(87);
        assertThat(score.value()).isEqualTo(expectedScore);
        assertThat(score.grade()).isEqualTo(Grade.of(expectedScore)).isEqualTo(Grade.A);
        assertThat(score.dataQuality()).hasValue((int) Math.round(d));
        assertThat(score.metadata()).isEqualTo(100);
        assertThat(score.timeliness()).isEmpty();
        // The worst field is bsn (mean 70.7): its two shortfalls cost most (1.9 and 1.8 points) and are named first.
        // Stored reasons carry whole points, so equal ones read back in text order.
        assertThat(score.reasons()).extracting(Reason::points, Reason::nl).containsExactly(
                tuple(2, "25% van postcode is ongeldig"),
                tuple(2, "29% van bsn voldoet niet aan de elfproef"),
                tuple(2, "30% van bsn is leeg"),
                tuple(1, "10% van geboortedatum is leeg"),
                tuple(1, "2 dubbele waarden in clientnummer"),
                tuple(1, "20% van postcode is leeg"),
                tuple(1, "22% van geboortedatum is ongeldig"),
                tuple(1, "22% van productcategorie staat niet in de lijst"),
                tuple(1, "22% van wijkcode staat niet in de lijst"));
        assertThat(score.explanationNl()).isEqualTo("A (87) omdat 30% van bsn leeg is, 29% van bsn niet aan de "
                + "elfproef voldoet en 25% van postcode ongeldig is");

        DatasetQuality page = quality.dataset(CLIENTS);
        assertThat(page.score()).hasValue(score);
        assertThat(page.source()).hasValue("database warehouse, tabel " + schema + ".clienten");
        assertThat(page.fields()).extracting(FieldQuality::technicalName).containsExactly("clientnummer", "bsn",
                "postcode", "geboortedatum", "productcategorie", "wijkcode");
        FieldQuality bsn = page.fields().get(1);
        assertThat(bsn.present()).isTrue();
        assertThat(bsn.rows()).isEqualTo(10);
        assertThat(bsn.empty()).isEqualTo(3);
        assertThat(bsn.invalid()).isEqualTo(2);
        FieldQuality key = page.fields().getFirst();
        assertThat(key.duplicates()).isEqualTo(OptionalLong.of(2));
        assertThat(page.fields().get(4).outsideList()).isEqualTo(OptionalLong.of(2));
        assertThat(page.fields().get(5).outsideList()).isEqualTo(OptionalLong.of(2));
        assertThat(page.fields()).allSatisfy(f -> assertThat(bsn.completeness()).isLessThanOrEqualTo(f.completeness()));
        assertThat(page.lastRun().orElseThrow().id()).isEqualTo(run.id());
    }

    private static double mean(double... metrics) {
        double sum = 0;
        for (double metric : metrics) {
            sum += metric;
        }
        return sum / metrics.length;
    }

    /** A first complete run of the failing dataset, so there is a score to keep. */
    private Score scoredBefore() {
        pointAt(FAILING, "warehouse", "klein");
        ProfileRun good = run(FAILING);
        assertThat(good.state()).isEqualTo(RunState.COMPLETE);
        return quality.latestScore(FAILING).orElseThrow();
    }

    /** Runs the failing dataset from a bad source: only the FAILED run is written and the previous score stays. */
    private ProfileRun failsKeepingTheScore(String connection, String table) {
        Score before = scoredBefore();
        pointAt(FAILING, connection, table);
        long triples = recordTriples().size();
        int alerts = quality.alerts().size();

        ProfileRun failed = run(FAILING);

        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(quality.latestScore(FAILING)).hasValue(before);
        assertThat(quality.dataset(FAILING).score()).hasValue(before);
        assertThat(quality.dataset(FAILING).lastRun().orElseThrow().id()).isEqualTo(failed.id());
        assertThat(repository.measurements(FAILING, failed.id(), null)).isEmpty();
        // The run's type, dataset, state, trigger, starter, start, end and its two messages: nothing else.
        assertThat(recordTriples().size() - triples).isEqualTo(9);
        assertThat(quality.alerts()).hasSize(alerts);
        pointAt(FAILING, "warehouse", "klein");
        return failed;
    }

    @Test
    void aWrongPasswordIsAFailedRunThatGivesThePasswordAwayNowhere(CapturedOutput output) {
        ProfileRun failed = failsKeepingTheScore("wachtwoordfout", "klein");

        assertThat(failed.failureNl()).hasValue("Inloggen bij de database van verbinding 'wachtwoordfout' is "
                + "geweigerd: controleer gebruikersnaam en wachtwoord in de configuratie.");
        assertThat(failed.failureEn()).hasValue("Logging in to the database of connection 'wachtwoordfout' was "
                + "refused: check the user name and password in the configuration.");
        assertThat(failed.toString()).doesNotContain(WRONG_PASSWORD);
        assertThat(quality.dataset(FAILING).toString()).doesNotContain(WRONG_PASSWORD);
        assertThat(everything()).isNotEmpty().noneMatch(t -> t.contains(WRONG_PASSWORD));
        assertThat(output.getAll()).doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void aMissingTableIsAFailedRunThatNamesIt() {
        ProfileRun failed = failsKeepingTheScore("warehouse", "bestaat_niet");

        assertThat(failed.failureNl()).hasValue("De tabel '" + schema + ".bestaat_niet' bestaat niet in de database "
                + "van verbinding 'warehouse'.");
        assertThat(failed.failureEn()).hasValue("The table '" + schema + ".bestaat_niet' does not exist in the "
                + "database of connection 'warehouse'.");
    }

    @Test
    void anUnreachableServerIsAFailedRunThatSaysSo() {
        ProfileRun failed = failsKeepingTheScore("onbereikbaar", "klein");

        assertThat(failed.failureNl()).hasValue("De database van verbinding 'onbereikbaar' is niet bereikbaar.");
        assertThat(failed.failureEn()).hasValue("The database of connection 'onbereikbaar' cannot be reached.");
    }

    /**
     * 200,000 rows of six text columns would cost the JVM tens of megabytes to read (a driver row is some 200 bytes
     * before any String is made). The profiling threads allocate about as much for the large table as for a table of
     * ten rows, so the counting happened in the database. Compared with the small run rather than with a fixed number,
     * since storing a run (SPARQL, SHACL) allocates too, the same for both.
     */
    @Test
    void aLargeTableIsCountedInTheDatabaseNotInTheJvm() throws SQLException {
        pointAt(LARGE, "warehouse", "klein");
        run(LARGE); // warm-up: the first run loads classes and fills caches
        long small = allocatedByProfilingThreads(() -> assertThat(run(LARGE).rows()).isEqualTo(10));
        pointAt(LARGE, "warehouse", "groot");
        long large = allocatedByProfilingThreads(() -> {
            ProfileRun run = run(LARGE);
            assertThat(run.state()).isEqualTo(RunState.COMPLETE);
            assertThat(run.rows()).isEqualTo(LARGE_ROWS);
        });
        System.out.printf("Profiling threads allocated %d KB for 10 rows and %d KB for %d rows%n", small / 1024,
                large / 1024, LARGE_ROWS);

        assertThat(quality.dataset(LARGE).fields()).allSatisfy(f -> {
            assertThat(f.rows()).isEqualTo(LARGE_ROWS);
            assertThat(f.completeness()).isEqualTo(100.0);
            assertThat(f.validity()).isEqualTo(100.0);
        });
        assertThat(large - small).as("extra bytes allocated for %d rows", LARGE_ROWS).isLessThan(LIMIT);
        // The limit means something: reading the rows into the JVM, as a profiler there would, costs far more.
        long pulled = allocatedReadingEveryRow();
        System.out.printf("Reading the %d rows into the JVM allocates %d KB%n", LARGE_ROWS, pulled / 1024);
        assertThat(pulled).isGreaterThan(4 * LIMIT);
    }

    private static final long LIMIT = 8L * 1024 * 1024;

    private static long allocatedReadingEveryRow() throws SQLException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long filled = 0;
        try (Connection connection = PostgresDatabase.server().connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + schema + ".groot")) {
            while (rows.next()) {
                for (int i = 1; i <= 6; i++) {
                    filled += rows.getString(i).isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(filled).isEqualTo(6L * LARGE_ROWS);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /** Bytes allocated by the runner's threads ({@code profiling-n}) while {@code action} runs. */
    private static long allocatedByProfilingThreads(Runnable action) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = new HashMap<>();
        profilingThreads().forEach(t -> before.put(t.threadId(), threads.getThreadAllocatedBytes(t.threadId())));
        action.run();
        long total = 0;
        for (Thread thread : profilingThreads()) {
            long now = threads.getThreadAllocatedBytes(thread.threadId());
            total += now - before.getOrDefault(thread.threadId(), 0L);
        }
        return total;
    }

    private static List<Thread> profilingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("profiling-")).toList();
    }
}
