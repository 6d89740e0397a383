package nl.datawijzer.lineage.openlineage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.lineage.openlineage.DatasetRef;
import nl.datawijzer.lineage.openlineage.EventType;
import nl.datawijzer.lineage.openlineage.IntakeResult;
import nl.datawijzer.lineage.openlineage.OpenLineageProperties;
import nl.datawijzer.lineage.openlineage.RunEvent;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.vocab.Literals;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Maps one RunEvent to the catalogue in one store write (see MODEL.md, "OpenLineage intake"): the job (found by
 * {@code dw:openLineageName} or discovered), its run, the input and output datasets (found or discovered), fields from
 * the {@code schema} facet, field lineage from {@code columnLineage}, and DQV measurements from
 * {@code dataQualityMetrics}. A repeat of a runId and eventType changes nothing.
 */
@Component
public class EventWriter {

    private static final String DIR = "nl/datawijzer/lineage/openlineage/internal/";
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node DATASET = iri("http://www.w3.org/ns/dcat#Dataset");
    private static final Node JOB = iri(DW + "Job");
    private static final Node FIELD = iri(DW + "Field");
    private static final Node JOB_RUN = iri(DW + "JobRun");
    private static final Node TITLE = iri(DCT + "title");
    private static final Node DESCRIPTION = iri(DCT + "description");
    private static final Node IDENTIFIER = iri(DCT + "identifier");
    private static final Node MODIFIED = iri(DCT + "modified");
    private static final Node CREATED = iri(DCT + "created");
    private static final Node ACCRUAL = iri(DCT + "accrualPeriodicity");
    private static final Node ACCESS = iri(DCT + "accessRights");
    private static final Node THEME = iri("http://www.w3.org/ns/dcat#theme");
    private static final Node HELD_IN = iri(DW + "heldIn");
    private static final Node RUNS_IN = iri(DW + "runsIn");
    private static final Node OWNER = iri(DW + "owner");
    private static final Node STEWARD = iri(DW + "steward");
    private static final Node OL_NAME = iri(DW + "openLineageName");
    private static final Node DISCOVERED = iri(DW + "discovered");
    private static final Node TECHNICAL_NAME = iri(DW + "technicalName");
    private static final Node PART_OF = iri(DW + "partOfDataset");
    private static final Node POSITION = iri(DW + "position");
    private static final Node DATATYPE = iri(DW + "datatype");
    private static final Node PERSONAL = iri(DW + "containsPersonalData");
    private static final Node CONFIDENTIALITY = iri(DW + "confidentiality");
    private static final Node STATUS = iri(DW + "classificationStatus");
    private static final Node RUN_OF = iri(DW + "runOf");
    private static final Node RUN_ID = iri(DW + "runId");
    private static final Node RUN_STATE = iri(DW + "runState");
    private static final Node RECEIVED = iri(DW + "receivedEventType");
    private static final Node LAST_EVENT_AT = iri(DW + "lastEventAt");
    private static final Node USED = iri(PROV + "used");
    private static final Node GENERATED_BY = iri(PROV + "wasGeneratedBy");
    private static final Node DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    private static final Node STARTED = iri(PROV + "startedAtTime");
    private static final Node ENDED = iri(PROV + "endedAtTime");
    private static final Node GENERATED_AT = iri(PROV + "generatedAtTime");
    private static final Node MEASUREMENT = iri(DQV + "QualityMeasurement");
    private static final Node COMPUTED_ON = iri(DQV + "computedOn");
    private static final Node MEASUREMENT_OF = iri(DQV + "isMeasurementOf");
    private static final Node VALUE = iri(DQV + "value");
    private static final Node ROW_COUNT = iri(DW + "RowCount");
    private static final Node NULL_COUNT = iri(DW + "NullCount");
    private static final Node DISTINCT_COUNT = iri(DW + "DistinctCount");
    private static final Node THEME_GOVERNMENT = iri("http://publications.europa.eu/resource/authority/data-theme/GOVE");
    private static final Node FREQUENCY_UNKNOWN = iri("http://publications.europa.eu/resource/authority/frequency/UNKNOWN");
    private static final Node NON_PUBLIC = iri("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC");
    private static final Node INTERNAL = iri("https://w3id.org/datawijzer/vocab/vertrouwelijkheid/intern");
    private static final Node SUGGESTED = iri("https://w3id.org/datawijzer/vocab/beoordeling/voorgesteld");
    private static final Node FALSE = Literals.bool(false);
    private static final Node TRUE = Literals.bool(true);
    private static final java.util.regex.Pattern TECHNICAL = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]{0,199}");

    private final RdfStore store;
    private final Iris iris;
    private final OpenLineageProperties properties;

    EventWriter(RdfStore store, Iris iris, OpenLineageProperties properties) {
        this.store = store;
        this.iris = iris;
        this.properties = properties;
    }

    /**
     * One event in its own validated write.
     *
     * @throws nl.datawijzer.rdf.WriteRefusedException when the result would not conform; nothing is written
     */
    public IntakeResult write(RunEvent event) {
        return store.write(writer -> apply(writer, event));
    }

    /**
     * The events in ONE validated write, each mapped in turn, so that a later event sees what an earlier one made (a
     * discovered dataset, a run's START) exactly as if they had come one by one. All or nothing: when the whole does
     * not conform or one mapping throws, nothing is written and the caller must fall back to {@link #write} per event
     * to learn which one it was.
     *
     * @return the results in the order of the events
     */
    public List<IntakeResult> writeAll(List<RunEvent> events) {
        return store.write(writer -> {
            List<IntakeResult> results = new ArrayList<>(events.size());
            for (RunEvent event : events) {
                results.add(apply(writer, event));
            }
            return results;
        });
    }

    private IntakeResult apply(StoreWriter writer, RunEvent event) {
        String runSlug = "r" + event.runId().toString().toLowerCase(Locale.ROOT);
        Node run = iris.record(RecordKind.JOB_RUN, runSlug);
        Node runGraphName = iris.graph(RecordKind.JOB_RUN, runSlug);
        Node received = Literals.plain(event.eventType().name());
        Graph previous = writer.graph(runGraphName);
        if (previous.contains(run, RECEIVED, received)) {
            Node job = previous.find(run, RUN_OF, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(run);
            return new IntakeResult(job.getURI(), run.getURI(), true, 0, 0, 0, List.of(), List.of());
        }
        return new Session(writer, event, run, previous).write(runGraphName);
    }

    /** The state of one write: what was found or made, and the triples to add per graph. */
    private final class Session {
        private final StoreWriter writer;
        private final RunEvent event;
        private final Node run;
        private final Graph previousRun;
        private final Node now = Literals.now();
        private final Node eventTime;
        private final Map<Node, Graph> additions = new LinkedHashMap<>();
        private final Map<Node, List<Triple>> deletions = new HashMap<>();
        private final Map<String, Node> datasets = new HashMap<>();
        private final Map<Node, Map<String, Node>> fieldsByName = new HashMap<>();
        private final Map<Node, Set<String>> fieldSlugs = new HashMap<>();
        private final Map<Node, Integer> nextPosition = new HashMap<>();
        private final Graph runGraph = GraphFactory.createDefaultGraph();
        private final Set<String> created = new java.util.LinkedHashSet<>();
        private final Set<String> changed = new java.util.LinkedHashSet<>();
        private int discovered;
        private int newFields;
        private int measurements;

        Session(StoreWriter writer, RunEvent event, Node run, Graph previousRun) {
            this.writer = writer;
            this.event = event;
            this.run = run;
            this.previousRun = previousRun;
            this.eventTime = dateTime(event.eventTime());
        }

        IntakeResult write(Node runGraphName) {
            Node job = job();
            for (DatasetRef input : event.inputs()) {
                Node dataset = dataset(input.namespace(), input.name());
                add(graphOf(job), job, USED, dataset);
                fields(dataset, input);
            }
            for (DatasetRef output : event.outputs()) {
                Node dataset = dataset(output.namespace(), output.name());
                add(graphOf(dataset), dataset, GENERATED_BY, job);
                fields(dataset, output);
                columnLineage(dataset, output);
            }
            int n = 0;
            for (DatasetRef dataset : concat(event.inputs(), event.outputs())) {
                if (dataset.quality() != null) {
                    n = quality(dataset, n);
                }
            }
            runRecord(job);
            writer.replaceGraph(runGraphName, runGraph);
            for (var entry : additions.entrySet()) {
                List<Triple> gone = deletions.getOrDefault(entry.getKey(), List.of());
                Graph added = entry.getValue();
                writer.changeGraph(entry.getKey(), live -> {
                    gone.forEach(live::delete);
                    added.find().forEachRemaining(live::add);
                });
            }
            List<String> updated = changed.stream().filter(slug -> !created.contains(slug)).toList();
            return new IntakeResult(job.getURI(), run.getURI(), false, discovered, newFields, measurements,
                    List.copyOf(created), updated);
        }

        private Node job() {
            var known = previousRun.find(run, RUN_OF, Node.ANY).mapWith(Triple::getObject).nextOptional();
            if (known.isPresent()) {
                return known.get();
            }
            RunEvent.JobRef ref = event.job();
            Node found = byName(ref.openLineageName(), JOB);
            if (found != null) {
                return found;
            }
            String slug = slug(ref.name(), ref.openLineageName());
            Node job = iris.record(RecordKind.JOB, slug);
            Node graph = iris.graph(RecordKind.JOB, slug);
            add(graph, job, TYPE, JOB);
            add(graph, job, TITLE, Literals.dutch(shorten(ref.name(), 200)));
            String description = ref.description() != null && !ref.description().isBlank() ? ref.description()
                    : "Verwerkingstaak gevonden via OpenLineage (naamruimte '" + ref.namespace() + "', naam '"
                            + ref.name() + "'). Nog te beoordelen door een beheerder.";
            add(graph, job, DESCRIPTION, Literals.dutch(shorten(description, 4000)));
            add(graph, job, RUNS_IN, iris.record(RecordKind.SYSTEM, properties.discoveredSystem()));
            add(graph, job, OWNER, iris.record(RecordKind.AGENT, properties.discoveredOwner()));
            add(graph, job, OL_NAME, NodeFactory.createLiteralString(ref.openLineageName()));
            add(graph, job, DISCOVERED, TRUE);
            add(graph, job, MODIFIED, now);
            return job;
        }

        private Node dataset(String namespace, String name) {
            String olName = namespace + "/" + name;
            Node cached = datasets.get(olName);
            if (cached != null) {
                return cached;
            }
            Node dataset = byName(olName, DATASET);
            if (dataset == null) {
                String slug = slug(name, olName);
                dataset = iris.record(RecordKind.DATASET, slug);
                Node graph = iris.graph(RecordKind.DATASET, slug);
                Node agent = iris.record(RecordKind.AGENT, properties.discoveredOwner());
                add(graph, dataset, TYPE, DATASET);
                add(graph, dataset, TITLE, Literals.dutch(shorten(name, 200)));
                add(graph, dataset, DESCRIPTION, Literals.dutch(shorten("Dataset gevonden via OpenLineage (naamruimte '"
                        + namespace + "', naam '" + name + "'). Nog te beoordelen door een beheerder.", 4000)));
                add(graph, dataset, IDENTIFIER, Literals.plain(slug));
                add(graph, dataset, HELD_IN, iris.record(RecordKind.SYSTEM, properties.discoveredSystem()));
                add(graph, dataset, OWNER, agent);
                add(graph, dataset, STEWARD, agent);
                add(graph, dataset, THEME, THEME_GOVERNMENT);
                add(graph, dataset, ACCRUAL, FREQUENCY_UNKNOWN);
                add(graph, dataset, ACCESS, NON_PUBLIC);
                add(graph, dataset, OL_NAME, NodeFactory.createLiteralString(olName));
                add(graph, dataset, DISCOVERED, TRUE);
                add(graph, dataset, CREATED, now);
                add(graph, dataset, MODIFIED, now);
                fieldsByName.put(dataset, new HashMap<>());
                fieldSlugs.put(dataset, new HashSet<>());
                nextPosition.put(dataset, 1);
                created.add(slug);
                discovered++;
            }
            datasets.put(olName, dataset);
            return dataset;
        }

        private void fields(Node dataset, DatasetRef ref) {
            for (DatasetRef.SchemaField field : ref.schema()) {
                field(dataset, field.name(), field.type());
            }
        }

        private void columnLineage(Node dataset, DatasetRef output) {
            for (var entry : output.columnLineage().entrySet()) {
                Node target = field(dataset, entry.getKey(), null);
                for (DatasetRef.InputField source : entry.getValue()) {
                    Node from = field(dataset(source.namespace(), source.name()), source.field(), null);
                    if (!from.equals(target)) {
                        add(graphOf(dataset), target, DERIVED_FROM, from);
                        iris.slugOf(RecordKind.DATASET, dataset.getURI()).ifPresent(changed::add);
                    }
                }
            }
        }

        private int quality(DatasetRef ref, int n) {
            Node dataset = dataset(ref.namespace(), ref.name());
            DatasetRef.QualityMetrics quality = ref.quality();
            if (quality.rowCount() != null) {
                measure(++n, dataset, ROW_COUNT, quality.rowCount());
            }
            for (var column : quality.columns().entrySet()) {
                Node field = field(dataset, column.getKey(), null);
                if (column.getValue().nullCount() != null) {
                    measure(++n, field, NULL_COUNT, column.getValue().nullCount());
                }
                if (column.getValue().distinctCount() != null) {
                    measure(++n, field, DISTINCT_COUNT, column.getValue().distinctCount());
                }
            }
            return n;
        }

        private void measure(int n, Node on, Node metric, long value) {
            Node m = iri(run.getURI() + "/measurement/" + event.eventType().name().toLowerCase(Locale.ROOT) + "-" + n);
            runGraph.add(Triple.create(m, TYPE, MEASUREMENT));
            runGraph.add(Triple.create(m, COMPUTED_ON, on));
            runGraph.add(Triple.create(m, MEASUREMENT_OF, metric));
            runGraph.add(Triple.create(m, VALUE, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger)));
            runGraph.add(Triple.create(m, GENERATED_AT, eventTime));
            runGraph.add(Triple.create(m, GENERATED_BY, run));
            measurements++;
        }

        /** The field of a dataset with this technical name, created (never replaced) when missing. */
        private Node field(Node dataset, String name, @Nullable String type) {
            String technical = technicalName(name);
            Map<String, Node> known = knownFields(dataset);
            Node existing = known.get(technical);
            if (existing != null) {
                return existing;
            }
            String datasetSlug = iris.slugOf(RecordKind.DATASET, dataset.getURI()).orElseThrow();
            Set<String> slugs = fieldSlugs.get(dataset);
            String base = fieldSlug(technical);
            String slug = base;
            for (int i = 2; slugs.contains(slug); i++) {
                slug = shorten(base, 70) + "-" + i;
            }
            slugs.add(slug);
            Node field = iris.field(datasetSlug, slug);
            int position = nextPosition.merge(dataset, 1, Integer::sum) - 1;
            Node graph = graphOf(dataset);
            add(graph, field, TYPE, FIELD);
            add(graph, field, TITLE, Literals.dutch(shorten(name, 200)));
            add(graph, field, TECHNICAL_NAME, Literals.plain(technical));
            add(graph, field, DESCRIPTION, Literals.dutch("Veld gevonden via OpenLineage"
                    + (type == null || type.isBlank() ? "" : " (type in de bron: " + shorten(type, 200) + ")")
                    + ". Nog te beoordelen door een beheerder en de privacyfunctionaris."));
            add(graph, field, PART_OF, dataset);
            add(graph, field, POSITION, Literals.integer(position));
            add(graph, field, DATATYPE, iri(XSD + datatype(type)));
            add(graph, field, PERSONAL, FALSE);
            add(graph, field, CONFIDENTIALITY, INTERNAL);
            add(graph, field, STATUS, SUGGESTED);
            add(graph, field, MODIFIED, now);
            known.put(technical, field);
            changed.add(datasetSlug);
            newFields++;
            return field;
        }

        private Map<String, Node> knownFields(Node dataset) {
            return fieldsByName.computeIfAbsent(dataset, d -> {
                Map<String, Node> byName = new HashMap<>();
                Set<String> slugs = new HashSet<>();
                int max = 0;
                for (Row row : Row.of(writer.select(Sparql.query(DIR + "dataset-fields.rq").bind("dataset", d)))) {
                    Node field = iri(row.iri("field"));
                    byName.putIfAbsent(row.text("technicalName"), field);
                    iris.fieldSlugs(field.getURI()).ifPresent(parts -> slugs.add(parts[1]));
                    Node position = row.node("position");
                    if (position != null && position.isLiteral() && position.getLiteralValue() instanceof Number number) {
                        max = Math.max(max, number.intValue());
                    }
                }
                fieldSlugs.put(d, slugs);
                nextPosition.put(d, max + 1);
                return byName;
            });
        }

        private void runRecord(Node job) {
            previousRun.find().forEachRemaining(runGraph::add);
            EventType type = event.eventType();
            runGraph.add(Triple.create(run, TYPE, JOB_RUN));
            runGraph.add(Triple.create(run, RUN_OF, job));
            runGraph.add(Triple.create(run, RUN_ID, Literals.plain(event.runId().toString().toLowerCase(Locale.ROOT))));
            runGraph.add(Triple.create(run, RECEIVED, Literals.plain(type.name())));
            String previousState = previousRun.find(run, RUN_STATE, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                    .nextOptional().orElse(null);
            String state = state(previousState, type);
            runGraph.remove(run, RUN_STATE, Node.ANY);
            runGraph.add(Triple.create(run, RUN_STATE, Literals.plain(state)));
            if (type == EventType.START) {
                runGraph.remove(run, STARTED, Node.ANY);
                runGraph.add(Triple.create(run, STARTED, eventTime));
            }
            if (type.isFinal()) {
                runGraph.remove(run, ENDED, Node.ANY);
                runGraph.add(Triple.create(run, ENDED, eventTime));
            }
            lastEventAt();
            runGraph.remove(run, MODIFIED, Node.ANY);
            runGraph.add(Triple.create(run, MODIFIED, now));
        }

        /**
         * The eventTime of the run's latest event; an older, late event leaves it. A job's last run is its run with the
         * latest of these. It is deliberately not kept on the job: a job that changed with every event would make
         * every write check all the job's earlier runs again (they link to it), slower with every run.
         */
        private void lastEventAt() {
            var at = runGraph.find(run, LAST_EVENT_AT, Node.ANY).mapWith(Triple::getObject).nextOptional();
            if (at.isPresent() && !isBefore(at.get(), event.eventTime())) {
                return;
            }
            runGraph.remove(run, LAST_EVENT_AT, Node.ANY);
            runGraph.add(Triple.create(run, LAST_EVENT_AT, eventTime));
        }

        /** Events may arrive out of order: a final state is never undone by a late START or RUNNING. */
        private static String state(@Nullable String previous, EventType type) {
            if (type.isFinal() || previous == null) {
                return type.name();
            }
            boolean previousFinal = List.of("COMPLETE", "ABORT", "FAIL").contains(previous);
            if (previousFinal || type == EventType.OTHER) {
                return previous;
            }
            return "RUNNING".equals(previous) ? previous : type.name();
        }


        private @Nullable Node byName(String name, Node type) {
            return Row.of(writer.select(Sparql.query(DIR + "record-by-openlineage-name.rq")
                            .bind("name", NodeFactory.createLiteralString(name)).bind("class", type)))
                    .stream().findFirst().map(row -> iri(row.iri("record"))).orElse(null);
        }

        private Node graphOf(Node record) {
            String uri = record.getURI();
            for (RecordKind kind : List.of(RecordKind.DATASET, RecordKind.JOB)) {
                var slug = iris.slugOf(kind, uri);
                if (slug.isPresent()) {
                    return iris.graph(kind, slug.get());
                }
            }
            throw new IllegalStateException("Not a dataset or job: " + uri);
        }

        private void add(Node graph, Node s, Node p, Node o) {
            additions.computeIfAbsent(graph, g -> GraphFactory.createDefaultGraph()).add(Triple.create(s, p, o));
        }
    }

    private static boolean isBefore(Node literal, OffsetDateTime time) {
        try {
            return OffsetDateTime.parse(literal.getLiteralLexicalForm()).isBefore(time);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static Node dateTime(OffsetDateTime time) {
        // Not toString(): that drops zero seconds ("02:00+01:00"), which is no valid xsd:dateTime.
        return NodeFactory.createLiteralDT(time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                XSDDatatype.XSDdateTime);
    }

    private static List<DatasetRef> concat(List<DatasetRef> a, List<DatasetRef> b) {
        List<DatasetRef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A readable slug from the name plus a hash of the full OpenLineage name, so that different names never meet. */
    static String slug(String name, String openLineageName) {
        String readable = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (readable.length() > 40) {
            readable = readable.substring(readable.length() - 40).replaceAll("^-+", "");
        }
        return "ol-" + (readable.isEmpty() ? "" : readable + "-") + sha256(openLineageName).substring(0, 10);
    }

    static String fieldSlug(String technical) {
        String readable = technical.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (readable.isEmpty() || !Character.isLetter(readable.charAt(0))) {
            readable = "veld-" + readable;
        }
        return shorten(readable, 70).replaceAll("-+$", "");
    }

    /** The column name as the catalogue's technical-name rule allows it: other characters become '_'. */
    static String technicalName(String name) {
        if (TECHNICAL.matcher(name).matches()) {
            return name;
        }
        String cleaned = name.replaceAll("[^A-Za-z0-9_./-]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
            cleaned = "_" + cleaned;
        }
        return shorten(cleaned, 200);
    }

    /** XSD datatype (local name) for a source type such as {@code INTEGER NOT NULL} or {@code TIMESTAMP}. */
    static String datatype(@Nullable String type) {
        if (type == null) {
            return "string";
        }
        String t = type.toUpperCase(Locale.ROOT);
        if (t.startsWith("BOOL")) {
            return "boolean";
        }
        if (t.contains("TIMESTAMP") || t.contains("DATETIME")) {
            return "dateTime";
        }
        if (t.startsWith("DATE")) {
            return "date";
        }
        if (t.matches("^(BIG|SMALL|TINY)?(INT|INTEGER|SERIAL|LONG|SHORT)\\b.*|^BIGSERIAL.*")) {
            return "integer";
        }
        if (t.matches("^(DECIMAL|NUMERIC|FLOAT|DOUBLE|REAL|NUMBER|MONEY).*")) {
            return "decimal";
        }
        return "string";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }
}
