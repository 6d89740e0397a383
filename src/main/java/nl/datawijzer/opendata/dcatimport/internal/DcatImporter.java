package nl.datawijzer.opendata.dcatimport.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.opendata.dcatimport.DcatDocument;
import nl.datawijzer.opendata.dcatimport.DcatImportRefusedException;
import nl.datawijzer.opendata.dcatimport.DcatImportReport;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.DatasetOutcome;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.Outcome;
import nl.datawijzer.opendata.dcatimport.ImportTarget;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.export.ExportedDistribution;
import nl.datawijzer.opendata.export.internal.DcatApNlProfile;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Maps the datasets of a DCAT document onto catalog records of one system and writes them in one transaction.
 *
 * <p>A dataset is matched by its dct:identifier, which is also its slug: {@code dataset/{identifier}}. An existing
 * dataset of the target system is updated in the mapped properties only (title and description in Dutch, themes,
 * keywords, access rights, frequency, modified, landing page, distributions); its fields, owner, steward and every
 * other property stay. A dataset with that identifier in another system is refused (the identifier is its IRI).
 * Distributions are the document's: one that has the access and download URL of an existing distribution keeps that
 * distribution's IRI, others get {@code import-<hash>}. The origin (document and time) is recorded only when something
 * changed, so importing the same document again reports every dataset unchanged and writes nothing.
 */
@Component
public class DcatImporter {

    /** More datasets than a municipality's sources describe in one document; above it the document is refused. */
    public static final int MAX_DATASETS = 10_000;

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String DW = "https://w3id.org/datawijzer/def#";
    private static final Node DISTRIBUTION = uri(DCAT + "distribution");
    private static final Node DISTRIBUTION_CLASS = uri(DCAT + "Distribution");
    private static final Node ACCESS_URL = uri(DCAT + "accessURL");
    private static final Node DOWNLOAD_URL = uri(DCAT + "downloadURL");
    private static final Node MEDIA_TYPE = uri(DCAT + "mediaType");
    private static final Node LANDING_PAGE = uri(DCAT + "landingPage");
    private static final Node FORMAT = uri(DCT + "format");
    private static final Node LICENSE = uri(DCT + "license");
    private static final Node IMPORTED_FROM = uri(DW + "importedFrom");
    private static final Node IMPORTED_AT = uri(DW + "importedAt");
    private static final String UNKNOWN_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/UNKNOWN";

    /** The mapped properties of the dataset node, with the Dutch name the report uses. */
    private static final Map<Node, String> MAPPED = new LinkedHashMap<>();

    static {
        MAPPED.put(Terms.DCT_TITLE, "titel");
        MAPPED.put(Terms.DCT_DESCRIPTION, "beschrijving");
        MAPPED.put(Terms.DCAT_THEME, "thema's");
        MAPPED.put(Terms.DCAT_KEYWORD, "trefwoorden");
        MAPPED.put(Terms.DCT_ACCESS_RIGHTS, "toegangsrecht");
        MAPPED.put(Terms.DCT_ACCRUAL_PERIODICITY, "actualisatiefrequentie");
        MAPPED.put(Terms.DCT_MODIFIED, "laatst gewijzigd");
        MAPPED.put(LANDING_PAGE, "landingspagina");
        MAPPED.put(DISTRIBUTION, "distributies");
    }

    private final RdfStore store;
    private final Iris iris;
    private final DcatApNlProfile profile = new DcatApNlProfile();

    public DcatImporter(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** What the import would do; writes nothing. */
    public DcatImportReport preview(DcatDocument document, ImportTarget target) {
        Plan plan = plan(document, target);
        if (!plan.hasRefusals() && !plan.writes().isEmpty()) {
            List<WriteRefusedException.Violation> violations = store.trial(w -> plan.writes().forEach(w::replaceGraph));
            plan.refuseFor(violations);
        }
        return plan.report(false);
    }

    /**
     * Writes every added or updated dataset in one validated transaction, or nothing when any dataset is refused (by
     * the checks here or by the shapes). The returned report says which.
     *
     * @return the report and the identifiers written with whether each was new
     */
    public Applied apply(DcatDocument document, ImportTarget target) {
        Plan plan = plan(document, target);
        if (plan.hasRefusals()) {
            return new Applied(plan.report(false), Map.of());
        }
        if (plan.writes().isEmpty()) {
            return new Applied(plan.report(true), Map.of());
        }
        try {
            store.write(w -> {
                plan.writes().forEach(w::replaceGraph);
                return null;
            });
        } catch (WriteRefusedException e) {
            plan.refuseFor(e.violations());
            return new Applied(plan.report(false), Map.of());
        }
        return new Applied(plan.report(true), plan.written());
    }

    /** A finished import: the report, and per written identifier whether it was added (true) or updated. */
    public record Applied(DcatImportReport report, Map<String, Boolean> written) {
    }

    private Plan plan(DcatDocument document, ImportTarget target) {
        Graph graph = DocumentParser.parse(document);
        List<Node> nodes = DcatApNlProfile.datasetNodes(graph);
        if (nodes.size() > MAX_DATASETS) {
            throw new DcatImportRefusedException("Het document beschrijft " + nodes.size() + " datasets; een import "
                    + "neemt er hoogstens " + MAX_DATASETS + ". Splits het document. Er is niets geïmporteerd.");
        }
        if (nodes.isEmpty()) {
            throw new DcatImportRefusedException("Het document beschrijft geen enkele dataset (dcat:Dataset). Er is "
                    + "niets geïmporteerd.");
        }
        List<ExportedDataset> parsed = profile.parse(graph, nodes);
        Plan plan = new Plan(document.origin(), target.system().slug());
        Set<String> parsedIris = new LinkedHashSet<>();
        parsed.forEach(d -> parsedIris.add(d.iri()));
        for (Node node : nodes) {
            if (!node.isURI()) {
                plan.refuse("(naamloze dataset)", "", "De dataset heeft geen eigen webadres (IRI); een lege knoop "
                        + "kan niet worden gekoppeld.");
            } else if (!parsedIris.contains(node.getURI())) {
                plan.refuse(node.getURI(), "", "De dataset heeft geen titel in het Nederlands (dct:title).");
            }
        }
        store.read(reader -> {
            checkTarget(reader, target);
            Map<String, Integer> seen = new HashMap<>();
            String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            for (ExportedDataset d : parsed) {
                plan(reader, graph, d, target, document.origin(), now, seen, plan);
            }
            return null;
        });
        return plan;
    }

    private void checkTarget(StoreReader reader, ImportTarget target) {
        Graph system = reader.graph(iris.graph(RecordKind.SYSTEM, target.system().slug()));
        if (!system.contains(iris.record(RecordKind.SYSTEM, target.system().slug()), Terms.RDF_TYPE, Terms.DW_SYSTEM)) {
            throw new DcatImportRefusedException("Het systeem '" + target.system().slug() + "' bestaat niet in de "
                    + "catalogus. Kies het systeem waarin de datasets horen.");
        }
        for (var agent : List.of(target.owner(), target.steward())) {
            if (!reader.graph(iris.graph(RecordKind.AGENT, agent.slug()))
                    .contains(iris.record(RecordKind.AGENT, agent.slug()), Terms.RDF_TYPE, Terms.FOAF_AGENT)) {
                throw new DcatImportRefusedException("'" + agent.slug() + "' is geen team, functie of organisatie uit "
                        + "de catalogus. Kies een eigenaar en beheerder uit de lijst.");
            }
        }
    }

    private void plan(StoreReader reader, Graph document, ExportedDataset d, ImportTarget target, String origin,
            String now, Map<String, Integer> seen, Plan plan) {
        String id = d.identifier();
        if (!Iris.isValidSlug(id)) {
            plan.refuse(id, d.title(), "De identificatie '" + id + "' is geen geldige identificatie voor de catalogus: "
                    + "gebruik kleine letters, cijfers en koppeltekens, beginnend met een letter, hoogstens 80 tekens.");
            return;
        }
        if (seen.merge(id, 1, Integer::sum) > 1) {
            plan.refuse(id, d.title(), "Het document beschrijft meer dan één dataset met identificatie '" + id + "'.");
            return;
        }
        List<String> problems = new ArrayList<>();
        String modified = d.modified() == null ? null : dateTime(d.modified());
        if (d.modified() != null && modified == null) {
            problems.add("De wijzigingsdatum '" + d.modified() + "' is geen geldige datum (dct:modified).");
        }
        if (d.description().isBlank()) {
            problems.add("De dataset heeft geen beschrijving in het Nederlands (dct:description).");
        }
        Node dataset = iris.record(RecordKind.DATASET, id);
        Graph existing = reader.graph(iris.graph(RecordKind.DATASET, id));
        boolean exists = existing.contains(dataset, Terms.RDF_TYPE, Terms.DCAT_DATASET);
        Node system = iris.record(RecordKind.SYSTEM, target.system().slug());
        if (exists && !existing.contains(dataset, Terms.DW_HELD_IN, system)) {
            String other = existing.find(dataset, Terms.DW_HELD_IN, Node.ANY).toList().stream().findFirst()
                    .map(t -> t.getObject().toString()).orElse("een ander systeem");
            problems.add("Er bestaat al een dataset '" + id + "' in " + other + "; een import werkt alleen datasets van "
                    + "het gekozen systeem bij.");
        }
        if (!problems.isEmpty()) {
            plan.refuse(id, d.title(), problems);
            return;
        }
        Graph next = GraphFactory.createDefaultGraph();
        existing.find().forEachRemaining(next::add);
        if (!exists) {
            next.add(Triple.create(dataset, Terms.RDF_TYPE, Terms.DCAT_DATASET));
            next.add(Triple.create(dataset, Terms.DCT_IDENTIFIER, NodeFactory.createLiteralString(id)));
            next.add(Triple.create(dataset, Terms.DW_HELD_IN, system));
            next.add(Triple.create(dataset, Terms.DW_OWNER, iris.record(RecordKind.AGENT, target.owner().slug())));
            next.add(Triple.create(dataset, Terms.DW_STEWARD, iris.record(RecordKind.AGENT, target.steward().slug())));
        }
        replaceMapped(next, dataset, id, d, document, modified);
        List<String> changed = changes(existing, next, dataset, modified != null);
        if (exists && changed.isEmpty()) {
            plan.outcome(new DatasetOutcome(id, d.title(), Outcome.UNCHANGED, List.of(), List.of()));
            return;
        }
        if (modified == null) {
            next.remove(dataset, Terms.DCT_MODIFIED, Node.ANY);
            next.add(Triple.create(dataset, Terms.DCT_MODIFIED, NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime)));
        }
        next.remove(dataset, IMPORTED_FROM, Node.ANY);
        next.remove(dataset, IMPORTED_AT, Node.ANY);
        next.add(Triple.create(dataset, IMPORTED_FROM, NodeFactory.createLiteralString(origin)));
        next.add(Triple.create(dataset, IMPORTED_AT, NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime)));
        plan.write(iris.graph(RecordKind.DATASET, id), next, dataset.getURI(), !exists,
                new DatasetOutcome(id, d.title(), exists ? Outcome.UPDATED : Outcome.ADDED, exists ? changed : List.of(),
                        List.of()));
    }

    /** Replaces the mapped properties of the dataset (Dutch texts only; English ones stay) and its distributions. */
    private void replaceMapped(Graph g, Node dataset, String id, ExportedDataset d, Graph document,
            @Nullable String modified) {
        removeDutch(g, dataset, Terms.DCT_TITLE);
        removeDutch(g, dataset, Terms.DCT_DESCRIPTION);
        g.add(Triple.create(dataset, Terms.DCT_TITLE, NodeFactory.createLiteralLang(d.title().strip(), "nl")));
        g.add(Triple.create(dataset, Terms.DCT_DESCRIPTION, NodeFactory.createLiteralLang(d.description().strip(), "nl")));
        replace(g, dataset, Terms.DCAT_THEME, d.themes().stream().map(DcatImporter::uri).toList());
        replace(g, dataset, Terms.DCAT_KEYWORD, d.keywords().stream().map(k -> NodeFactory.createLiteralLang(k.strip(), "nl")).toList());
        replace(g, dataset, Terms.DCT_ACCESS_RIGHTS, d.accessRights() == null ? List.of() : List.of(uri(d.accessRights())));
        replace(g, dataset, Terms.DCT_ACCRUAL_PERIODICITY,
                List.of(uri(d.accrualPeriodicity() == null ? UNKNOWN_FREQUENCY : d.accrualPeriodicity())));
        String landing = profile.landingPage(document, d.iri());
        replace(g, dataset, LANDING_PAGE, landing == null ? List.of() : List.of(uri(landing)));
        if (modified != null) {
            replace(g, dataset, Terms.DCT_MODIFIED, List.of(NodeFactory.createLiteralDT(modified, XSDDatatype.XSDdateTime)));
        }
        Map<String, Node> kept = new HashMap<>();
        for (Node old : g.find(dataset, DISTRIBUTION, Node.ANY).mapWith(Triple::getObject).toList()) {
            kept.put(distributionKey(g, old), old);
            g.remove(old, Node.ANY, Node.ANY);
        }
        g.remove(dataset, DISTRIBUTION, Node.ANY);
        Set<Node> used = new LinkedHashSet<>();
        for (ExportedDistribution x : d.distributions()) {
            String key = x.accessUrl() + " " + (x.downloadUrl() == null ? "" : x.downloadUrl());
            Node dist = kept.get(key);
            if (dist == null || used.contains(dist)) {
                dist = iris.distribution(id, "import-" + hash(key + " " + x.format()));
            }
            if (!used.add(dist)) {
                continue;
            }
            g.add(Triple.create(dataset, DISTRIBUTION, dist));
            g.add(Triple.create(dist, Terms.RDF_TYPE, DISTRIBUTION_CLASS));
            g.add(Triple.create(dist, ACCESS_URL, uri(x.accessUrl())));
            add(g, dist, DOWNLOAD_URL, x.downloadUrl());
            add(g, dist, FORMAT, x.format());
            add(g, dist, MEDIA_TYPE, x.mediaType());
            add(g, dist, LICENSE, x.license());
            if (x.title() != null && !x.title().isBlank()) {
                g.add(Triple.create(dist, Terms.DCT_TITLE, NodeFactory.createLiteralLang(x.title().strip(), "nl")));
            }
        }
    }

    private static String distributionKey(Graph g, Node dist) {
        String access = g.find(dist, ACCESS_URL, Node.ANY).toList().stream().findFirst().map(t -> t.getObject().toString()).orElse("");
        String download = g.find(dist, DOWNLOAD_URL, Node.ANY).toList().stream().findFirst().map(t -> t.getObject().toString()).orElse("");
        return access + " " + download;
    }

    /** The Dutch names of the mapped properties whose values differ between the two graphs. */
    private static List<String> changes(Graph before, Graph after, Node dataset, boolean compareModified) {
        List<String> changed = new ArrayList<>();
        for (var property : MAPPED.entrySet()) {
            if (property.getKey().equals(Terms.DCT_MODIFIED) && !compareModified) {
                continue;
            }
            if (!values(before, dataset, property.getKey()).equals(values(after, dataset, property.getKey()))) {
                changed.add(property.getValue());
            }
        }
        if (!changed.contains("distributies") && !distributions(before, dataset).equals(distributions(after, dataset))) {
            changed.add("distributies");
        }
        return changed;
    }

    private static Set<Node> values(Graph g, Node s, Node p) {
        Set<Node> values = new LinkedHashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            // Only the Dutch text is mapped; an English title of the record is not the document's business.
            if (!(o.isLiteral() && !o.getLiteralLanguage().isEmpty() && !"nl".equals(o.getLiteralLanguage()))) {
                values.add(o);
            }
        });
        return new java.util.HashSet<>(values);
    }

    private static Set<Triple> distributions(Graph g, Node dataset) {
        Set<Triple> triples = new java.util.HashSet<>();
        g.find(dataset, DISTRIBUTION, Node.ANY).forEachRemaining(t -> g.find(t.getObject(), Node.ANY, Node.ANY)
                .forEachRemaining(triples::add));
        return triples;
    }

    private static void removeDutch(Graph g, Node s, Node p) {
        g.find(s, p, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral() && (t.getObject().getLiteralLanguage().isEmpty()
                        || "nl".equals(t.getObject().getLiteralLanguage())))
                .forEach(g::delete);
    }

    private static void replace(Graph g, Node s, Node p, List<Node> values) {
        g.remove(s, p, Node.ANY);
        values.forEach(v -> g.add(Triple.create(s, p, v)));
    }

    private static void add(Graph g, Node s, Node p, @Nullable String iri) {
        if (iri != null) {
            g.add(Triple.create(s, p, uri(iri)));
        }
    }

    /** An xsd:dateTime for a date or date-time of the document; null when it is neither. */
    static @Nullable String dateTime(String lexical) {
        String text = lexical.strip();
        if (XSDDatatype.XSDdateTime.isValid(text)) {
            return text;
        }
        if (XSDDatatype.XSDdate.isValid(text) && text.length() == 10) {
            return text + "T00:00:00Z";
        }
        return null;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The outcome per dataset in document order, and the graphs to write. */
    private static final class Plan {
        private final String origin;
        private final String system;
        private final List<DatasetOutcome> outcomes = new ArrayList<>();
        private final Map<Node, Graph> writes = new LinkedHashMap<>();
        private final Map<String, Integer> indexByIri = new HashMap<>();
        private final Map<String, Boolean> written = new LinkedHashMap<>();

        Plan(String origin, String system) {
            this.origin = origin;
            this.system = system;
        }

        void refuse(String identifier, String title, String reason) {
            refuse(identifier, title, List.of(reason));
        }

        void refuse(String identifier, String title, List<String> reasons) {
            outcomes.add(new DatasetOutcome(identifier, title, Outcome.REFUSED, List.of(), reasons));
        }

        void outcome(DatasetOutcome outcome) {
            outcomes.add(outcome);
        }

        void write(Node graph, Graph content, String datasetIri, boolean added, DatasetOutcome outcome) {
            writes.put(graph, content);
            indexByIri.put(datasetIri, outcomes.size());
            written.put(outcome.identifier(), added);
            outcomes.add(outcome);
        }

        Map<Node, Graph> writes() {
            return writes;
        }

        Map<String, Boolean> written() {
            return written;
        }

        boolean hasRefusals() {
            return outcomes.stream().anyMatch(o -> o.outcome() == Outcome.REFUSED);
        }

        /** Turns the datasets the shapes refused into refusals, with the shapes' Dutch messages. */
        void refuseFor(List<WriteRefusedException.Violation> violations) {
            if (violations.isEmpty()) {
                return;
            }
            Map<Integer, List<String>> reasons = new LinkedHashMap<>();
            List<String> unplaced = new ArrayList<>();
            for (WriteRefusedException.Violation v : violations) {
                String focus = v.focusNode().replaceAll("^<|>$", "");
                Integer index = indexByIri.entrySet().stream()
                        .filter(e -> focus.equals(e.getKey()) || focus.startsWith(e.getKey() + "/"))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                String message = v.messageNl() + (v.value().isBlank() ? "" : " (waarde: " + v.value() + ")");
                if (index == null) {
                    unplaced.add(message + (focus.isBlank() ? "" : " (bij " + focus + ")"));
                } else {
                    List<String> list = reasons.computeIfAbsent(index, k -> new ArrayList<>());
                    if (!list.contains(message)) {
                        list.add(message);
                    }
                }
            }
            reasons.forEach((index, list) -> {
                DatasetOutcome o = outcomes.get(index);
                outcomes.set(index, new DatasetOutcome(o.identifier(), o.title(), Outcome.REFUSED, List.of(), list));
            });
            if (!unplaced.isEmpty() || reasons.isEmpty()) {
                // A rule about a record outside the document (such as a system) still refuses the whole import.
                outcomes.add(new DatasetOutcome("(catalogus)", "", Outcome.REFUSED, List.of(),
                        unplaced.isEmpty() ? List.of("De catalogus weigerde de import.") : unplaced));
            }
        }

        DcatImportReport report(boolean applied) {
            return new DcatImportReport(origin, system, outcomes, applied);
        }
    }
}
