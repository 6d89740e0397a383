package nl.datawijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.datawijzer.bench.SyntheticCatalog;
import nl.datawijzer.privacy.internal.TransparencyProperties;
import nl.datawijzer.privacy.internal.TransparencyTestSupport;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Waar ben ik bekend?" from a generated catalog (scale S) plus the register fixture, without Spring: which systems
 * are shown, with what, in which language, and that no field text ever comes out.
 */
class TransparencyServiceTest {

    private static final String ZORGPORTAAL = "zorgportaal-wmo-test";
    private static final String HEFFINGEN = "heffingen-test";
    private static final String LEERLINGENVERVOER = "leerlingenvervoer-test";

    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final Iris IRIS = new Iris(SyntheticCatalog.BASE);
    private static Dataset dataset;
    private static TdbRdfStore store;
    private static TransparencyService service;

    @BeforeAll
    static void loadCatalog() {
        dataset = TDB2Factory.createDataset();
        TransparencyFixture.loadInto(dataset, IRIS);
        store = new TdbRdfStore(dataset,
                new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl", IRIS.base())), IRIS, 60_000);
        service = service(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static TransparencyService service(TdbRdfStore store) {
        return new TransparencyService(TransparencyTestSupport.repository(store, IRIS),
                new TransparencyProperties("https://www.huizen.nl/privacy", "privacy@huizen.nl"));
    }

    @Test
    void neverShowsAFieldTitleTechnicalNameDescriptionOrExampleOfAGeneratedCatalog() {
        long markedFieldTexts = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream()
                .filter(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().startsWith(TransparencyFixture.MARK))
                .count());
        assertThat(markedFieldTexts).as("title, technical name and description of 650 fields, and examples")
                .isGreaterThan(3 * 650);

        for (Locale language : List.of(Locale.of("nl"), Locale.ENGLISH)) {
            TransparencyOverview overview = service.overview(language);
            assertThat(overview.systems()).as("systems holding personal data in the generated catalog").hasSizeGreaterThan(8);
            assertThat(overview.categories()).hasSizeGreaterThan(8);
            String json = JsonMapper.builder().build().writeValueAsString(overview);
            assertThat(json).doesNotContain(TransparencyFixture.MARK)
                    .as("register texts that are not for the public").doesNotContain("keukentafelgesprek")
                    .doesNotContain("toegang alleen voor consulenten").doesNotContain("DPIA-2024-007")
                    .doesNotContain("Verwerkersovereenkomst");
        }
    }

    @Test
    void showsTheCategoriesOfASystemWithPersonalDataButNoRegisterEntry() {
        SystemTransparency heffingen = system(HEFFINGEN, Locale.of("nl"));

        assertThat(heffingen.registered()).isFalse();
        assertThat(heffingen.processing()).isEmpty();
        assertThat(heffingen.name()).isEqualTo("Heffingssysteem");
        assertThat(heffingen.description()).isEqualTo("Systeem voor de gemeentelijke belastingen.");
        assertThat(heffingen.categories()).extracting(DataCategory::label)
                .containsExactly("Financiële gegevens", "Locatiegegevens", "NAW-gegevens");
    }

    @Test
    void marksSpecialCategoriesFromFieldsAndFromTheRegister() {
        SystemTransparency zorgportaal = system(ZORGPORTAAL, Locale.of("nl"));
        assertThat(zorgportaal.categories().getFirst())
                .as("special categories first").isEqualTo(new DataCategory("gezondheid", "Gezondheidsgegevens", true));
        assertThat(zorgportaal.categories()).filteredOn(c -> !c.code().equals("gezondheid"))
                .allSatisfy(c -> assertThat(c.special()).isFalse());
        assertThat(zorgportaal.holdsSpecialCategory()).isTrue();

        SystemTransparency vervoer = system(LEERLINGENVERVOER, Locale.of("nl"));
        assertThat(vervoer.categories()).as("health named only in the register").contains(
                new DataCategory("gezondheid", "Gezondheidsgegevens", true));
        assertThat(system(HEFFINGEN, Locale.of("nl")).holdsSpecialCategory()).isFalse();
        assertThat(service.overview(Locale.of("nl")).categories()).filteredOn(DataCategory::special)
                .extracting(DataCategory::code).contains("gezondheid");
    }

    @Test
    void showsWhatTheRegisterSaysAboutAnActivityConcerningResidents() {
        SystemTransparency zorgportaal = system(ZORGPORTAAL, Locale.of("nl"));

        assertThat(zorgportaal.registered()).isTrue();
        assertThat(zorgportaal.categories()).extracting(DataCategory::code).as("fields and register together")
                .containsExactly("gezondheid", "financieel", "naw");
        Processing wmo = zorgportaal.processing().getFirst();
        assertThat(zorgportaal.processing()).hasSize(1);
        assertThat(wmo.title()).isEqualTo("Uitvoering Wmo-maatwerkvoorzieningen");
        assertThat(wmo.purposes()).containsExactly("Beoordelen of iemand hulp uit de Wmo nodig heeft",
                "Hulp toekennen en betalen");
        assertThat(wmo.legalBases()).containsExactly("Gezondheidszorg en sociale diensten (art. 9 lid 2 sub h AVG)",
                "Wettelijke verplichting (art. 6 lid 1 sub c AVG)");
        assertThat(wmo.law()).isEqualTo("Wmo 2015, art. 2.3.2 en 5.1.1");
        assertThat(wmo.dataSubjects()).containsExactly("Aanvragers", "Inwoners");
        assertThat(wmo.retention()).isEqualTo("15 jaar na het einde van de voorziening (Archiefwet)");
        assertThat(wmo.recipients()).containsExactly("CAK (eigen bijdrage)", "Zorgaanbieders met een contract");
    }

    @Test
    void showsASystemThatAnActivityConcernsThroughADatasetHeldInIt() {
        SystemTransparency vervoer = system(LEERLINGENVERVOER, Locale.of("nl"));

        assertThat(vervoer.categories()).extracting(DataCategory::code).containsExactly("gezondheid", "naw", "opleiding");
        assertThat(vervoer.processing()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Leerlingenvervoer toekennen");
            assertThat(p.dataSubjects()).containsExactly("Leerlingen", "Minderjarigen");
            assertThat(p.recipients()).isEmpty();
        });
    }

    @Test
    void leavesOutSystemsWithoutPersonalDataAboutResidents() {
        List<String> shown = service.overview(Locale.of("nl")).systems().stream().map(SystemTransparency::id).toList();

        assertThat(shown).contains(ZORGPORTAAL, HEFFINGEN, LEERLINGENVERVOER)
                .as("staff data only").doesNotContain("personeelsdossier-test")
                .as("no personal data at all").doesNotContain("kaartviewer-test");
        assertThat(JsonMapper.builder().build().writeValueAsString(service.overview(Locale.of("nl"))))
                .doesNotContain("Salaris");
    }

    @Test
    void showsEnglishLabelsAndTextsAndDutchWhereNoTranslationIsComplete() {
        SystemTransparency zorgportaal = system(ZORGPORTAAL, Locale.ENGLISH);
        assertThat(zorgportaal.name()).isEqualTo("Care portal Wmo");
        assertThat(zorgportaal.description()).as("no English description: the Dutch one")
                .isEqualTo("Systeem waarin de gemeente aanvragen voor hulp uit de Wmo behandelt.");
        assertThat(zorgportaal.categories()).extracting(DataCategory::label)
                .containsExactly("Health data", "Financial data", "Name and address");
        Processing wmo = zorgportaal.processing().getFirst();
        assertThat(wmo.title()).isEqualTo("Wmo custom provisions");
        assertThat(wmo.legalBases()).contains("Legal obligation (Art. 6(1)(c) GDPR)");
        assertThat(wmo.dataSubjects()).containsExactly("Applicants", "Residents");
        assertThat(wmo.purposes()).as("one of two purposes translated: both in Dutch, none hidden")
                .containsExactly("Beoordelen of iemand hulp uit de Wmo nodig heeft", "Hulp toekennen en betalen");

        SystemTransparency vervoer = system(LEERLINGENVERVOER, Locale.ENGLISH);
        assertThat(vervoer.name()).isEqualTo("School transport");
        assertThat(vervoer.processing().getFirst().retention()).isEqualTo("2 years after the last school year");
        assertThat(system(LEERLINGENVERVOER, Locale.of("nl")).processing().getFirst().retention())
                .isEqualTo("2 jaar na het laatste schooljaar");
    }

    @Test
    void keepsTheAnswerUntilTheCatalogChangesAndThenShowsTheChange() {
        Dataset copy = TDB2Factory.createDataset();
        TransparencyFixture.loadInto(copy, IRIS);
        TdbRdfStore changing = new TdbRdfStore(copy,
                new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl", IRIS.base())), IRIS, 60_000);
        TransparencyService cached = service(changing);
        TransparencyOverview first = cached.overview(Locale.of("nl"));
        assertThat(cached.overview(Locale.of("nl"))).as("unchanged store: the same answer").isSameAs(first);
        assertThat(first.systems()).extracting(SystemTransparency::id).doesNotContain("kaartviewer-test");

        // A steward finds that the tree data name the resident who reported each tree (a validated write).
        Node graph = IRIS.graph(RecordKind.DATASET, "bomen-test");
        Node field = IRIS.field("bomen-test", "boomsoort");
        changing.write(writer -> {
            Graph bomen = writer.graph(graph);
            bomen.remove(field, uri("https://w3id.org/datawijzer/def#containsPersonalData"), Node.ANY);
            bomen.remove(field, uri("https://w3id.org/datawijzer/def#confidentiality"), Node.ANY);
            bomen.add(field, uri("https://w3id.org/datawijzer/def#containsPersonalData"),
                    NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
            bomen.add(field, uri("https://w3id.org/datawijzer/def#personalDataCategory"),
                    uri("https://w3id.org/datawijzer/vocab/persoonsgegevens/naw"));
            bomen.add(field, uri("https://w3id.org/datawijzer/def#confidentiality"),
                    uri("https://w3id.org/datawijzer/vocab/vertrouwelijkheid/zaakvertrouwelijk"));
            bomen.add(IRIS.record(RecordKind.DATASET, "bomen-test"), uri("https://w3id.org/dpv#hasLegalBasis"),
                    uri("https://w3id.org/dpv/legal/eu/gdpr#A6-1-e"));
            writer.replaceGraph(graph, bomen);
            return null;
        });

        TransparencyOverview after = cached.overview(Locale.of("nl"));
        assertThat(after).isNotSameAs(first);
        assertThat(after.systems()).filteredOn(s -> s.id().equals("kaartviewer-test")).singleElement()
                .satisfies(s -> assertThat(s.categories()).extracting(DataCategory::code).containsExactly("naw"));
        changing.close();
    }

    @Test
    void answersQuicklyForAThousandSystemsAndFromMemoryAfterwards() {
        Dataset large = TDB2Factory.createDataset();
        TransparencyFixture.loadInto(large, IRIS);
        String[] categories = {"naw", "financieel", "gezondheid", "locatie", "nationaal-identificatienummer", "opleiding"};
        Txn.executeWrite(large, () -> {
            var dsg = large.asDatasetGraph();
            for (int i = 0; i < 1000; i++) {
                String slug = "systeem-" + i;
                Node system = IRIS.record(RecordKind.SYSTEM, slug);
                Node graph = IRIS.graph(RecordKind.SYSTEM, slug);
                dsg.add(graph, system, uri(RDF_TYPE), uri(DW + "System"));
                dsg.add(graph, system, uri(DCT + "title"), NodeFactory.createLiteralLang("Systeem " + i, "nl"));
                dsg.add(graph, system, uri(DCT + "description"), NodeFactory.createLiteralLang("Omschrijving " + i, "nl"));
                Node datasetNode = IRIS.record(RecordKind.DATASET, slug);
                Node datasetGraph = IRIS.graph(RecordKind.DATASET, slug);
                dsg.add(datasetGraph, datasetNode, uri(DW + "heldIn"), system);
                for (int f = 0; f < 20; f++) {
                    Node field = IRIS.field(slug, "veld-" + f);
                    dsg.add(datasetGraph, field, uri(DW + "partOfDataset"), datasetNode);
                    dsg.add(datasetGraph, field, uri(DW + "containsPersonalData"), NodeFactory.createLiteralDT(
                            Boolean.toString(f < 4), org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
                    if (f < 4) {
                        dsg.add(datasetGraph, field, uri(DW + "personalDataCategory"), uri(
                                "https://w3id.org/datawijzer/vocab/persoonsgegevens/" + categories[(i + f) % categories.length]));
                    }
                }
                if (i % 2 == 0) {
                    Node activity = uri(IRIS.base() + "processing/p" + i);
                    Node activityGraph = uri(IRIS.base() + "graph/processing/p" + i);
                    dsg.add(activityGraph, activity, uri(RDF_TYPE), uri(DW + "ProcessingActivity"));
                    dsg.add(activityGraph, activity, uri(DCT + "title"), NodeFactory.createLiteralLang("Taak " + i, "nl"));
                    dsg.add(activityGraph, activity, uri(DW + "purpose"), NodeFactory.createLiteralLang("Doel " + i, "nl"));
                    dsg.add(activityGraph, activity, uri(DW + "dataSubjectCategory"),
                            uri("https://w3id.org/datawijzer/vocab/betrokkenen/inwoners"));
                    dsg.add(activityGraph, activity, uri(DW + "concernsSystem"), system);
                }
            }
        });
        TdbRdfStore largeStore = new TdbRdfStore(large,
                new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl", IRIS.base())), IRIS, 60_000);
        TransparencyService large1000 = service(largeStore);

        long start = System.nanoTime();
        TransparencyOverview overview = large1000.overview(Locale.of("nl"));
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        TransparencyOverview again = large1000.overview(Locale.of("nl"));
        long againMicros = (System.nanoTime() - start) / 1_000;
        System.out.printf("Transparency at 1,000 systems: first %d ms, from memory %d us%n", firstMillis, againMicros);

        assertThat(overview.systems()).hasSizeGreaterThan(1000);
        assertThat(overview.systems()).filteredOn(s -> s.id().startsWith("systeem-")).filteredOn(SystemTransparency::registered)
                .hasSize(500);
        assertThat(firstMillis).as("built from the store (generous: the test machine is shared)").isLessThan(15_000);
        assertThat(again).isSameAs(overview);
        assertThat(againMicros).as("from memory").isLessThan(50_000);
        largeStore.close();
    }

    @Test
    void givesTheConfiguredPlaceToAskForOnesOwnData() {
        assertThat(service.overview(Locale.of("nl")).inspection())
                .isEqualTo(new InspectionContact("https://www.huizen.nl/privacy", "privacy@huizen.nl"));
    }

    @Test
    void rejectsAnInspectionAddressThatIsNoWebAddressOrEmail() {
        assertThatThrownBy(() -> new TransparencyProperties("javascript:alert(1)", "privacy@huizen.nl"))
                .hasMessageContaining("inspection-url");
        assertThatThrownBy(() -> new TransparencyProperties("https://www.huizen.nl/privacy", "geen e-mailadres"))
                .hasMessageContaining("inspection-email");
    }

    private static SystemTransparency system(String id, Locale language) {
        return service.overview(language).systems().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
