package nl.datawijzer.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Huizen seed: conforms to the shapes and is as rich as the issue asks for. */
class HuizenSeedTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final String PREFIXES = """
            PREFIX dw: <https://w3id.org/datawijzer/def#>
            PREFIX dwv: <https://w3id.org/datawijzer/vocab/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dpv: <https://w3id.org/dpv#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private static DatasetGraph seed;
    private static Model union;

    @BeforeAll
    static void loadSeed() {
        seed = DatasetGraphFactory.createGeneral();
        ClasspathRdf.parseInto("classpath*:catalog-seed/**/*.trig", BASE, seed);
        Graph all = GraphFactory.createDefaultGraph();
        seed.getUnionGraph().find().forEachRemaining(all::add);
        ClasspathRdf.graph("classpath*:ontology/datawijzer.ttl", BASE).find().forEachRemaining(all::add);
        ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl", BASE).find().forEachRemaining(all::add);
        union = ModelFactory.createModelForGraph(all);
    }

    @Test
    void wholeSeedConformsToTheShapes() {
        ShapeValidator validator = new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl", BASE));
        Set<Node> subjects = new HashSet<>();
        seed.getUnionGraph().find().mapWith(Triple::getSubject).forEachRemaining(subjects::add);
        List<WriteRefusedException.Violation> violations = validator.validate(union.getGraph(), subjects);
        assertThat(violations).as("SHACL violations in the seed").isEmpty();
    }

    @Test
    void seedHoldsFiveInformationNeedsInFiveStepsEachWithHistoryAndExistingLinks() {
        assertThat(count("SELECT (COUNT(DISTINCT ?need) AS ?n) { ?need a dw:InformationNeed }")).isEqualTo(5);
        assertThat(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?need a dw:InformationNeed ; dw:needStep ?s }"))
                .isEqualTo(5);
        assertThat(count("""
                SELECT (COUNT(*) AS ?n) { ?need a dw:InformationNeed
                  FILTER NOT EXISTS { ?e a dw:NeedEvent ; dw:eventOf ?need } }""")).isZero();
        assertThat(count("""
                SELECT (COUNT(*) AS ?n) { ?need dw:candidateDataset|dw:linkedDataset ?d
                  FILTER NOT EXISTS { ?d a dcat:Dataset } }""")).isZero();
        assertThat(count("""
                SELECT (COUNT(*) AS ?n) { ?need dw:linkedKpi ?k FILTER NOT EXISTS { ?k a dw:Kpi } }""")).isZero();
    }

    @Test
    void seedHoldsTheSystemsTheRoadmapNames() {
        List<String> titles = strings("SELECT ?t { ?s a dw:System ; dct:title ?t }", "t");
        assertThat(titles).hasSizeGreaterThanOrEqualTo(12);
        assertThat(String.join("|", titles)).contains("iSamenleving", "iNzicht", "Dashboard Sociaal Domein", "BRP",
                "Digitaal Sociaal Plein", "CBS StatLine", "Waarstaatjegemeente", "Vektis");
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s a dw:System ; dw:systemKind dwv:systeemsoort\\/datawarehouse }"))
                .isPositive();
    }

    @Test
    void seedHasEnoughDatasetsAndFieldsEachFullyDescribed() {
        assertThat(count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a dcat:Dataset }")).isGreaterThanOrEqualTo(40);
        assertThat(count("SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f a dw:Field }")).isGreaterThanOrEqualTo(400);
        assertThat(count("""
                SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a dcat:Dataset .
                  FILTER NOT EXISTS { ?d dw:owner ?o ; dw:steward ?s ; dct:description ?x ; dcat:theme ?t ;
                                         dct:accrualPeriodicity ?p } }""")).isZero();
        assertThat(count("""
                SELECT (COUNT(DISTINCT ?d) AS ?n) { ?f dw:partOfDataset ?d ; dw:containsPersonalData true .
                  FILTER NOT EXISTS { ?d dpv:hasLegalBasis ?b } }""")).as("personal data without legal basis").isZero();
    }

    @Test
    void mostClassificationsAreConfirmedAndARealShareWaitsForReview() {
        long fields = count("SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f a dw:Field }");
        long suggested = count("SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f dw:classificationStatus dwv:beoordeling\\/voorgesteld }");
        assertThat((double) suggested / fields).isBetween(0.10, 0.40);
        assertThat(count("""
                SELECT (COUNT(DISTINCT ?d) AS ?n) { ?f dw:partOfDataset ?d ;
                  dw:classificationStatus dwv:beoordeling\\/voorgesteld }""")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyBsnFieldIsFlaggedAsNationalIdentificationNumber() {
        // A BSN field holds the number itself (text); a count of BSNs (an integer) is not one.
        String bsnField = "?f a dw:Field ; dw:datatype xsd:string ; dw:technicalName ?t "
                + "FILTER(CONTAINS(LCASE(?t), \"bsn\") || CONTAINS(LCASE(?t), \"burgerservicenummer\")) ";
        long bsnFields = count("SELECT (COUNT(DISTINCT ?f) AS ?n) { " + bsnField + "}");
        long flagged = count("SELECT (COUNT(DISTINCT ?f) AS ?n) { " + bsnField
                + " ?f dw:personalDataCategory dwv:persoonsgegevens\\/nationaal-identificatienummer ; dw:legalGround ?law }");
        assertThat(bsnFields).isGreaterThanOrEqualTo(5);
        assertThat(flagged).isEqualTo(bsnFields);
    }

    @Test
    void lineageRunsFromSourceThroughEtlAndWarehouseToTheDashboardAndItsKpis() {
        assertThat(count("""
                SELECT (COUNT(*) AS ?n) {
                  ?kpi a dw:Kpi ; prov:wasDerivedFrom ?x .
                  { ?x a dcat:Dataset BIND(?x AS ?dash) } UNION { ?x dw:partOfDataset ?dash }
                  ?dash dw:heldIn ?dashboard . ?dashboard dw:systemKind dwv:systeemsoort\\/dashboard .
                  ?dash prov:wasDerivedFrom+ ?wh . ?wh prov:wasGeneratedBy ?job . ?job a dw:Job ; prov:used ?src .
                  ?src dw:heldIn ?source . ?source dw:systemKind ?kind .
                  FILTER(?kind IN (dwv:systeemsoort\\/bronsysteem, dwv:systeemsoort\\/basisregistratie))
                }""")).isPositive();
        assertThat(count("SELECT (COUNT(DISTINCT ?j) AS ?n) { ?j a dw:Job }")).isGreaterThanOrEqualTo(6);
        assertThat(strings("SELECT ?t { ?k a dw:Kpi ; dct:title ?t }", "t")).anyMatch(t -> t.toLowerCase().contains("caseload"));
    }

    @Test
    void glossaryHasAtLeastFortyTermsWithDefinitions() {
        assertThat(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a dw:GlossaryTerm ; skos:definition ?d }"))
                .isGreaterThanOrEqualTo(40);
        assertThat(strings("SELECT ?l { ?c a dw:GlossaryTerm ; skos:prefLabel ?l }", "l").stream().map(String::toLowerCase))
                .contains("maatwerkvoorziening", "standcijfer", "caseload");
    }

    @Test
    void openDataCandidatesAreAggregatesWhoseExtractsFollowCbsSuppression() throws IOException {
        List<QuerySolution> candidates = select("""
                SELECT ?d ?id ?rule { ?d dw:openDataCandidate true ; dct:identifier ?id .
                  OPTIONAL { ?d dw:disclosureControl ?rule } }""");
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (QuerySolution candidate : candidates) {
            String dataset = candidate.getResource("d").getURI();
            String slug = candidate.getLiteral("id").getString();
            assertThat(count("SELECT (COUNT(*) AS ?n) { ?f dw:partOfDataset <" + dataset + "> ; dw:containsPersonalData true }"))
                    .as("personal fields in open candidate %s", slug).isZero();
            Path extract = Path.of("catalog-seed/extracts/" + slug + ".csv");
            assertThat(extract).as("extract of %s", slug).exists();
            List<String> lines = Files.readAllLines(extract);
            List<String> columns = strings("SELECT ?t { ?f dw:partOfDataset <" + dataset + "> ; dw:technicalName ?t ; dw:position ?p } ORDER BY ?p", "t");
            assertThat(List.of(lines.getFirst().split(","))).as("header of %s", slug).isEqualTo(columns);
            boolean rounded = candidate.contains("rule") && candidate.getResource("rule").getURI().endsWith("/cbs-afronding-5");
            if (!rounded) {
                continue;
            }
            Set<String> countColumns = new HashSet<>(strings("SELECT ?t { ?f dw:partOfDataset <" + dataset
                    + "> ; dw:technicalName ?t ; dw:datatype xsd:integer }", "t"));
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(",");
                for (int i = 0; i < columns.size(); i++) {
                    if (countColumns.contains(columns.get(i)) && !values[i].equals("geheim")) {
                        long value = Long.parseLong(values[i]);
                        if (value % 5 != 0 || value < 10) {
                            problems.add(slug + ": " + columns.get(i) + "=" + value);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("counts not rounded to 5 or small counts not shown as 'geheim'").isEmpty();
    }

    private static long count(String query) {
        return select(query).getFirst().getLiteral("n").getLong();
    }

    private static List<String> strings(String query, String var) {
        return select(query).stream().map(s -> s.get(var).isLiteral() ? s.getLiteral(var).getString()
                : s.getResource(var).getURI()).toList();
    }

    private static List<QuerySolution> select(String query) {
        try (var exec = QueryExecutionFactory.create(PREFIXES + query, union)) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
