package nl.datawijzer.quality.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.quality.AlertKind;
import nl.datawijzer.quality.Grade;
import nl.datawijzer.quality.ProfileRun;
import nl.datawijzer.quality.QualityAlert;
import nl.datawijzer.quality.Reason;
import nl.datawijzer.quality.RunState;
import nl.datawijzer.quality.RunTrigger;
import nl.datawijzer.quality.Score;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads what a profiling run needs (the dataset, its fields and rules, its source, its last loads) and writes a run
 * with all its DQV measurements, its score and its alerts in one validated write; reads runs, scores, measurements and
 * alerts back as records.
 */
@Repository
public class QualityRepository {

    private static final String DIR = "nl/datawijzer/quality/internal/";
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static final String EU_THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final Set<String> REVIEWED = Set.of(Terms.STATUS_CONFIRMED.getURI(), Terms.STATUS_CHANGED.getURI(),
            Terms.STATUS_REJECTED.getURI());

    private static final Node PROFILE_RUN = Terms.uri(Terms.DW + "ProfileRun");
    private static final Node PROFILES = Terms.uri(Terms.DW + "profiles");
    private static final Node RUN_STATE = Terms.uri(Terms.DW + "runState");
    private static final Node TRIGGER = Terms.uri(Terms.DW + "trigger");
    private static final Node STARTED_BY = Terms.uri(Terms.DW + "startedBy");
    private static final Node ROW_COUNT = Terms.uri(Terms.DW + "rowCount");
    private static final Node FAILURE = Terms.uri(Terms.DW + "failureMessage");
    private static final Node STARTED_AT = Terms.uri(Terms.PROV + "startedAtTime");
    private static final Node GENERATED_AT = Terms.uri(Terms.PROV + "generatedAtTime");
    private static final Node GENERATED_BY = Terms.uri(Terms.PROV + "wasGeneratedBy");
    private static final Node MEASUREMENT = Terms.uri(DQV + "QualityMeasurement");
    private static final Node MEASUREMENT_OF = Terms.uri(DQV + "isMeasurementOf");
    private static final Node COMPUTED_ON = Terms.uri(DQV + "computedOn");
    private static final Node VALUE = Terms.uri(DQV + "value");
    private static final Node CHECKED = Terms.uri(Terms.DW + "checkedCount");
    private static final Node FAILED = Terms.uri(Terms.DW + "failedCount");
    private static final Node GRADE = Terms.uri(Terms.DW + "grade");
    private static final Node EXPLANATION = Terms.uri(Terms.DW + "explanation");
    private static final Node REASON = Terms.uri(Terms.DW + "reason");
    private static final Node POINTS = Terms.uri(Terms.DW + "points");
    private static final Node REASON_TEXT = Terms.uri(Terms.DW + "reasonText");
    private static final Node ALERT = Terms.uri(Terms.DW + "QualityAlert");
    private static final Node ABOUT_DATASET = Terms.uri(Terms.DW + "aboutDataset");
    private static final Node ALERT_KIND = Terms.uri(Terms.DW + "alertKind");
    private static final Node RECIPIENT = Terms.uri(Terms.DW + "recipient");
    private static final Node ALERT_TEXT = Terms.uri(Terms.DW + "alertText");
    private static final Node READ_BY = Terms.uri(Terms.DW + "readBy");
    private static final Node EPOCH = NodeFactory.createLiteralDT("1970-01-01T00:00:00Z", XSDDatatype.XSDdateTime);

    private final RdfStore store;
    private final Iris iris;

    QualityRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    // ------------------------------------------------------------------ what a run needs

    /** Where a dataset's data is profiled from. */
    public sealed interface Source {
        /** A hosted file; {@code ofDataset} false when the distribution belongs to another dataset. */
        record Hosted(String distributionIri, String fileName, Optional<Instant> modified) implements Source {
        }

        record Table(String connection, String table) implements Source {
        }

        /** The source the dataset names is no hosted file or table (any more). */
        record Missing(String iri) implements Source {
        }
    }

    /** What a reference points at: a column name in the referenced dataset's source. */
    public record Reference(String technicalName, Optional<Source> source) {
    }

    public record FieldFacts(String iri, String slug, String title, String technicalName, String datatype,
            boolean described, boolean reviewed, boolean key, Optional<String> formatSlug, Set<String> allowedValues,
            boolean hasList, Optional<Reference> reference) {
    }

    public record DatasetFacts(String slug, String title, String description, String systemSlug, String systemTitle,
            Optional<String> ownerIri, boolean steward, Optional<String> frequencyIri, Optional<Instant> modified,
            boolean contactPoint, boolean keyword, boolean euTheme, int distributions, int licensedDistributions,
            Optional<Source> source, List<FieldFacts> fields, Optional<Instant> lastJobRun) {
    }

    /** Everything about one dataset a run needs, read in one snapshot; empty when there is no such dataset. */
    public Optional<DatasetFacts> facts(DatasetId dataset) {
        Node node = iris.record(RecordKind.DATASET, dataset.slug());
        return store.read(reader -> {
            List<Row> rows = Row.of(reader.select(Sparql.query(DIR + "dataset.rq").bind("dataset", node)));
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Row row = rows.getFirst();
            boolean keyword = false;
            boolean euTheme = false;
            for (Row value : Row.of(reader.select(Sparql.query(DIR + "dataset-values.rq").bind("dataset", node)))) {
                if (value.iri("property").endsWith("keyword")) {
                    keyword = true;
                } else if (value.iri("value").startsWith(EU_THEME)) {
                    euTheme = true;
                }
            }
            int distributions = 0;
            int licensed = 0;
            for (Row d : Row.of(reader.select(Sparql.query(DIR + "distributions.rq").bind("dataset", node)))) {
                distributions++;
                if (d.node("licence") != null) {
                    licensed++;
                }
            }
            Optional<Source> source = Optional.ofNullable(row.node("source")).map(s -> source(reader, s));
            List<FieldFacts> fields = fields(reader, node);
            Node last = Row.of(reader.select(Sparql.query(DIR + "last-job-run.rq").bind("dataset", node)))
                    .stream().findFirst().map(r -> r.node("last")).orElse(null);
            Optional<Instant> lastJobRun = last == null ? Optional.empty() : Optional.ofNullable(instant(last));
            String system = row.iri("system");
            return Optional.of(new DatasetFacts(dataset.slug(), row.text("title"), row.text("description"),
                    iris.slugOf(RecordKind.SYSTEM, system).orElse(""), row.text("systemTitle"),
                    Optional.ofNullable(row.optionalText("owner")), row.node("steward") != null,
                    Optional.ofNullable(row.optionalText("frequency")), Optional.ofNullable(row.instant("modified")),
                    row.node("contact") != null, keyword, euTheme, distributions, licensed, source, fields,
                    lastJobRun));
        });
    }

    private static @Nullable Instant instant(Node literal) {
        if (!literal.isLiteral()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(literal.getLiteralLexicalForm()).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Source source(StoreReader reader, Node source) {
        if (!source.isURI()) {
            return new Source.Missing(source.toString());
        }
        List<Row> rows = Row.of(reader.select(Sparql.query(DIR + "source.rq").bind("source", source)));
        if (rows.isEmpty()) {
            return new Source.Missing(source.getURI());
        }
        Row row = rows.getFirst();
        if (row.node("fileName") != null) {
            return new Source.Hosted(source.getURI(), row.text("fileName"), Optional.ofNullable(row.instant("modified")));
        }
        return new Source.Table(row.text("connection"), row.text("table"));
    }

    private List<FieldFacts> fields(StoreReader reader, Node dataset) {
        Map<String, FieldFacts> fields = new LinkedHashMap<>();
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (Row row : Row.of(reader.select(Sparql.query(DIR + "fields.rq").bind("dataset", dataset)))) {
            String iri = row.iri("field");
            if (fields.containsKey(iri)) {
                continue;
            }
            String list = row.optionalText("list");
            Set<String> allowed = list == null ? Set.of() : lists.computeIfAbsent(list, l -> codes(reader, l));
            String format = row.optionalText("format");
            Optional<Reference> reference = row.node("references") == null ? Optional.empty()
                    : Optional.of(new Reference(row.text("refTechnicalName"),
                            Optional.ofNullable(row.node("refSource")).map(s -> source(reader, s))));
            String datatype = row.text("datatype");
            String slug = iris.fieldSlugs(iri).map(s -> s[1]).orElse(row.text("technicalName"));
            fields.put(iri, new FieldFacts(iri, slug, row.text("title").isEmpty() ? row.text("technicalName")
                    : row.text("title"), row.text("technicalName"), datatype.substring(datatype.lastIndexOf('#') + 1),
                    !row.text("description").isBlank(), REVIEWED.contains(row.iri("status")), row.bool("isKey"),
                    Optional.ofNullable(format).map(f -> f.substring(f.lastIndexOf('/') + 1)), allowed,
                    list != null, reference));
        }
        return List.copyOf(fields.values());
    }

    private static Set<String> codes(StoreReader reader, String scheme) {
        Set<String> codes = new HashSet<>();
        Row.of(reader.select(Sparql.query(DIR + "code-list.rq").bind("scheme", NodeFactory.createURI(scheme))))
                .forEach(r -> codes.add(r.text("notation")));
        return Set.copyOf(codes);
    }

    /** Every dataset: whether it has a profile source and whether it was ever profiled. */
    public record DatasetEntry(DatasetId dataset, boolean hasSource, boolean profiled) {
    }

    public List<DatasetEntry> datasets() {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "datasets.rq"))).stream()
                .flatMap(row -> iris.slugOf(RecordKind.DATASET, row.iri("dataset")).stream()
                        .map(slug -> new DatasetEntry(new DatasetId(slug), row.node("source") != null,
                                row.bool("profiled"))))
                .distinct().toList());
    }

    // ------------------------------------------------------------------ writing a run

    /** One measurement to store; a field metric has counts, a dataset metric none. */
    /** @param fieldIri the field a field metric is computed on; empty for a dataset metric */
    public record MeasurementRecord(String metric, Optional<String> fieldIri, double value, OptionalLong checked,
            OptionalLong failed) {
    }

    public record AlertRecord(AlertKind kind, String recipientIri, String textNl, String textEn) {
    }

    /**
     * A finished run. A complete one has its measurements, its score and maybe alerts; a failed one only its message.
     */
    public record RunRecord(String id, DatasetId dataset, RunState state, RunTrigger trigger, String startedBy,
            Instant started, Instant ended, OptionalLong rows, Optional<String> failureNl, Optional<String> failureEn,
            List<MeasurementRecord> measurements, Optional<Score> score, List<AlertRecord> alerts) {
    }

    /** A fresh run id: {@code r} + a UUID, a valid slug. */
    public static String newRunId() {
        return "r" + UUID.randomUUID();
    }

    /** Writes the run, its measurements, score and alerts in one validated write: all of it, or nothing. */
    public void write(RunRecord run) {
        Node runNode = iris.record(RecordKind.PROFILE_RUN, run.id());
        Node dataset = iris.record(RecordKind.DATASET, run.dataset().slug());
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(runNode, Terms.RDF_TYPE, PROFILE_RUN);
        graph.add(runNode, PROFILES, dataset);
        graph.add(runNode, RUN_STATE, Literals.plain(run.state().name()));
        graph.add(runNode, TRIGGER, Literals.plain(run.trigger().name()));
        graph.add(runNode, STARTED_BY, Literals.plain(run.startedBy()));
        graph.add(runNode, STARTED_AT, time(run.started()));
        graph.add(runNode, Terms.PROV_ENDED_AT_TIME, time(run.ended()));
        run.rows().ifPresent(rows -> graph.add(runNode, ROW_COUNT,
                NodeFactory.createLiteralDT(Long.toString(rows), XSDDatatype.XSDinteger)));
        run.failureNl().ifPresent(text -> graph.add(runNode, FAILURE, Literals.dutch(text)));
        run.failureEn().ifPresent(text -> graph.add(runNode, FAILURE, NodeFactory.createLiteralLang(text.strip(), "en")));
        int n = 0;
        for (MeasurementRecord m : run.measurements()) {
            Node node = measurement(graph, runNode, ++n, m.metric(),
                    m.fieldIri().map(NodeFactory::createURI).orElse(dataset), m.value(), run.ended());
            m.checked().ifPresent(c -> graph.add(node, CHECKED, integer(c)));
            m.failed().ifPresent(c -> graph.add(node, FAILED, integer(c)));
        }
        if (run.score().isPresent()) {
            Score score = run.score().get();
            Node node = measurement(graph, runNode, ++n, "reliabilityScore", dataset, score.value(), run.ended());
            graph.add(node, GRADE, Literals.plain(score.grade().name()));
            graph.add(node, EXPLANATION, Literals.dutch(score.explanationNl()));
            graph.add(node, EXPLANATION, NodeFactory.createLiteralLang(score.explanationEn(), "en"));
            for (Reason reason : score.reasons()) {
                Node r = NodeFactory.createBlankNode();
                graph.add(node, REASON, r);
                graph.add(r, POINTS, integer(reason.points()));
                graph.add(r, REASON_TEXT, Literals.dutch(reason.nl()));
                graph.add(r, REASON_TEXT, NodeFactory.createLiteralLang(reason.en(), "en"));
            }
        }
        store.write(writer -> {
            writer.replaceGraph(iris.graph(RecordKind.PROFILE_RUN, run.id()), graph);
            for (AlertRecord alert : run.alerts()) {
                String slug = "a" + UUID.randomUUID();
                Node a = iris.record(RecordKind.QUALITY_ALERT, slug);
                Graph g = GraphFactory.createDefaultGraph();
                g.add(a, Terms.RDF_TYPE, ALERT);
                g.add(a, ABOUT_DATASET, dataset);
                g.add(a, ALERT_KIND, Literals.plain(alert.kind().name()));
                g.add(a, RECIPIENT, NodeFactory.createURI(alert.recipientIri()));
                g.add(a, ALERT_TEXT, Literals.dutch(alert.textNl()));
                g.add(a, ALERT_TEXT, NodeFactory.createLiteralLang(alert.textEn(), "en"));
                g.add(a, Terms.DCT_CREATED, time(run.ended()));
                writer.replaceGraph(iris.graph(RecordKind.QUALITY_ALERT, slug), g);
            }
            return null;
        });
    }

    private Node measurement(Graph graph, Node run, int n, String metric, Node on, double value, Instant at) {
        Node node = NodeFactory.createURI(run.getURI() + "/m" + n);
        graph.add(node, Terms.RDF_TYPE, MEASUREMENT);
        graph.add(node, MEASUREMENT_OF, Terms.uri(Terms.DW + metric));
        graph.add(node, COMPUTED_ON, on);
        graph.add(node, VALUE, NodeFactory.createLiteralDT(
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        graph.add(node, GENERATED_AT, time(at));
        graph.add(node, GENERATED_BY, run);
        return node;
    }

    private static Node time(Instant instant) {
        return NodeFactory.createLiteralDT(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString(),
                XSDDatatype.XSDdateTime);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    // ------------------------------------------------------------------ reading runs, scores, measurements

    /** The runs of one dataset (or of all when {@code dataset} is null), oldest first. */
    public List<ProfileRun> runs(@Nullable DatasetId dataset) {
        PreparedQuery query = Sparql.query(DIR + "runs.rq");
        if (dataset != null) {
            query.bind("dataset", iris.record(RecordKind.DATASET, dataset.slug()));
        }
        return store.read(reader -> Row.of(reader.select(query)).stream().map(this::run).toList());
    }

    private ProfileRun run(Row row) {
        String id = iris.slugOf(RecordKind.PROFILE_RUN, row.iri("run")).orElse(row.iri("run"));
        String rows = row.text("rows");
        return new ProfileRun(id, new DatasetId(iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElseThrow()),
                RunState.valueOf(row.text("state")), RunTrigger.valueOf(row.text("trigger")), row.text("startedBy"),
                java.util.Objects.requireNonNull(row.instant("started")), Optional.ofNullable(row.instant("ended")),
                rows.isEmpty() ? 0 : Long.parseLong(rows), Optional.ofNullable(row.optionalText("failureNl")),
                Optional.ofNullable(row.optionalText("failureEn")));
    }

    /** A stored score with what lists and pages show next to it. */
    public record StoredScore(String runId, DatasetId dataset, String title, String systemSlug, String systemTitle,
            Score score) {
    }

    /** The score of every complete run of one dataset (or all when null), oldest first; reasons not read. */
    public List<StoredScore> scoreHistory(@Nullable DatasetId dataset) {
        PreparedQuery query = Sparql.query(DIR + "scores.rq");
        if (dataset != null) {
            query.bind("dataset", iris.record(RecordKind.DATASET, dataset.slug()));
        }
        return store.read(reader -> Row.of(reader.select(query)).stream().map(row -> score(row, List.of())).toList());
    }

    /** The latest complete score of every dataset that has one, with its reasons. */
    public List<StoredScore> latestScores() {
        return store.read(reader -> {
            List<StoredScore> scores = new ArrayList<>();
            for (Row latest : Row.of(reader.select(Sparql.query(DIR + "latest-runs.rq")))) {
                latestOf(reader, latest.node("run")).ifPresent(scores::add);
            }
            return scores;
        });
    }

    /** The latest complete score of one dataset, with its reasons. */
    public Optional<StoredScore> latestScore(DatasetId dataset) {
        Node node = iris.record(RecordKind.DATASET, dataset.slug());
        return store.read(reader -> {
            List<Row> history = Row.of(reader.select(Sparql.query(DIR + "scores.rq").bind("dataset", node)));
            return history.isEmpty() ? Optional.<StoredScore>empty() : latestOf(reader, history.getLast().node("run"));
        });
    }

    private Optional<StoredScore> latestOf(StoreReader reader, @Nullable Node run) {
        if (run == null) {
            return Optional.empty();
        }
        List<Reason> reasons = Row.of(reader.select(Sparql.query(DIR + "reasons.rq").bind("run", run))).stream()
                .map(r -> new Reason(r.integer("points"), r.text("nl"), r.text("en"))).toList();
        return Row.of(reader.select(Sparql.query(DIR + "scores.rq").bind("run", run))).stream().findFirst()
                .map(row -> score(row, reasons));
    }

    private StoredScore score(Row row, List<Reason> reasons) {
        int value = (int) Math.round(Double.parseDouble(row.text("score")));
        Score score = new Score(value, Grade.valueOf(row.text("grade")), part(row, "data"),
                part(row, "metadata").orElse(0), part(row, "timeliness"), reasons, row.text("explanationNl"),
                row.text("explanationEn"), java.util.Objects.requireNonNull(row.instant("ended")));
        String dataset = iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElseThrow();
        String runId = iris.slugOf(RecordKind.PROFILE_RUN, row.iri("run")).orElse(row.iri("run"));
        return new StoredScore(runId, new DatasetId(dataset), row.text("datasetTitle").isEmpty() ? dataset
                : row.text("datasetTitle"), iris.slugOf(RecordKind.SYSTEM, row.iri("system")).orElse(""),
                row.text("systemTitle"), score);
    }

    private static OptionalInt part(Row row, String var) {
        String text = row.text(var);
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of((int) Math.round(Double.parseDouble(text)));
    }

    /** One stored measurement of a complete run. */
    public record StoredMeasurement(String runId, DatasetId dataset, String metric, String computedOnIri,
            String technicalName, String fieldTitle, double value, OptionalLong checked, OptionalLong failed,
            Instant time) {
    }

    /**
     * Measurements of complete runs, oldest first: of one run, one dataset or all, since a moment (null: all).
     */
    public List<StoredMeasurement> measurements(@Nullable DatasetId dataset, @Nullable String runId,
            @Nullable Instant since) {
        PreparedQuery query = Sparql.query(DIR + "measurements.rq").bind("since", since == null ? EPOCH : time(since));
        if (dataset != null) {
            query.bind("dataset", iris.record(RecordKind.DATASET, dataset.slug()));
        }
        if (runId != null) {
            query.bind("run", iris.record(RecordKind.PROFILE_RUN, runId));
        }
        return store.read(reader -> Row.of(reader.select(query)).stream().map(row -> new StoredMeasurement(
                iris.slugOf(RecordKind.PROFILE_RUN, row.iri("run")).orElse(row.iri("run")),
                new DatasetId(iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElseThrow()),
                local(row.iri("metric")), row.iri("on"), row.text("technicalName"), row.text("fieldTitle"),
                Double.parseDouble(row.text("value")), count(row, "checked"), count(row, "failed"),
                java.util.Objects.requireNonNull(row.instant("time")))).toList());
    }

    private static OptionalLong count(Row row, String var) {
        String text = row.text(var);
        return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    // ------------------------------------------------------------------ alerts

    /** Alerts, newest first, at most {@code limit}, read or not by {@code account}. */
    public List<QualityAlert> alerts(String account, int limit) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "alerts.rq")
                .bind("account", Literals.plain(account)).page(0, limit))).stream()
                .map(row -> new QualityAlert(iris.slugOf(RecordKind.QUALITY_ALERT, row.iri("alert")).orElse(""),
                        new DatasetId(iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElseThrow()),
                        row.text("datasetTitle"), row.text("ownerName"), AlertKind.valueOf(row.text("kind")),
                        row.text("textNl"), row.text("textEn"),
                        java.util.Objects.requireNonNull(row.instant("created")), row.bool("read")))
                .toList());
    }

    /** Records that {@code account} read the alert; false when there is no such alert. */
    public boolean markRead(String alertSlug, String account) {
        Node graphName = iris.graph(RecordKind.QUALITY_ALERT, alertSlug);
        Node alert = iris.record(RecordKind.QUALITY_ALERT, alertSlug);
        return store.write(writer -> {
            Graph graph = writer.graph(graphName);
            if (!graph.contains(alert, Terms.RDF_TYPE, ALERT)) {
                return false;
            }
            graph.add(alert, READ_BY, Literals.plain(account));
            writer.replaceGraph(graphName, graph);
            return true;
        });
    }

    /** Whether a dataset exists. */
    public boolean datasetExists(DatasetId dataset) {
        Node graph = iris.graph(RecordKind.DATASET, dataset.slug());
        return store.read(reader -> reader.containsGraph(graph));
    }
}
