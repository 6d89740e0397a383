package nl.datawijzer.privacy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.privacy.detect.FieldDescription;
import nl.datawijzer.privacy.detect.Suggestion;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Repository;

/**
 * Writes detection results about fields as hints (a dw:DetectionResult per field in the dataset's detection graph),
 * replacing those of the previous run. The classification and its status are never touched: a suggestion only becomes the classification through
 * a decision of the privacy officer.
 */
@Repository
public class DetectionRepository {

    private static final String DIR = "nl/datawijzer/privacy/internal/";

    private final RdfStore store;
    private final Iris iris;

    DetectionRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * Runs {@code detect} over every dataset, {@code perWrite} datasets to a write (each write short, a failure loses
     * at most one batch of hints), telling {@code recorded} the datasets of each committed write and reporting the
     * share done (0..100).
     */
    public DetectionSummary recordAll(int perWrite, Function<List<FieldDescription>, List<List<Suggestion>>> detect,
            java.util.function.Consumer<List<String>> recorded, java.util.function.IntConsumer percentDone) {
        List<String> datasets = datasetSlugs();
        List<List<String>> batches = new java.util.ArrayList<>();
        for (int from = 0; from < datasets.size(); from += perWrite) {
            batches.add(List.copyOf(datasets.subList(from, Math.min(datasets.size(), from + perWrite))));
        }
        DetectionSummary summary = new DetectionSummary(0, 0, 0);
        int done = 0;
        // While one batch is written (one writer at a time), the next is read and checked on the other cores.
        java.util.concurrent.CompletableFuture<Detected> next = batches.isEmpty() ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> detect(batches.getFirst(), detect));
        for (int i = 0; i < batches.size(); i++) {
            Detected current = join(next);
            if (i + 1 < batches.size()) {
                List<String> following = batches.get(i + 1);
                next = java.util.concurrent.CompletableFuture.supplyAsync(() -> detect(following, detect));
            }
            summary = summary.plus(write(current));
            recorded.accept(batches.get(i));
            done += batches.get(i).size();
            percentDone.accept(done * 100 / datasets.size());
        }
        percentDone.accept(100);
        return summary;
    }

    private static Detected join(java.util.concurrent.CompletableFuture<Detected> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private List<String> datasetSlugs() {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "dataset-slugs.rq"))).stream()
                .map(row -> iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
    }

    /**
     * For each dataset, asks {@code detect} for the suggestions of its fields (one list per field, in the order
     * given) and records the confident ones. The fields are read in one read transaction, the rules run outside any
     * transaction (datasets in parallel, on every core) and the results are written in one write, replacing each
     * dataset's detection graph; the dataset's own graph is never written, so a run never revalidates the catalogue.
     */
    public DetectionSummary record(List<String> datasetSlugs,
            Function<List<FieldDescription>, List<List<Suggestion>>> detect) {
        return write(detect(datasetSlugs, detect));
    }

    /** The fields of some datasets and what the rules suggest for each, ready to be written. */
    private record Detected(List<DatasetFields> datasets, List<List<List<Suggestion>>> suggestions) {
    }

    private Detected detect(List<String> datasetSlugs, Function<List<FieldDescription>, List<List<Suggestion>>> detect) {
        List<DatasetFields> datasets = store.read(reader -> datasetSlugs.stream().map(slug -> read(reader, slug)).toList());
        List<List<List<Suggestion>>> suggestions = datasets.parallelStream()
                .map(dataset -> detect.apply(dataset.descriptions())).toList();
        return new Detected(datasets, suggestions);
    }

    private DetectionSummary write(Detected detected) {
        List<DatasetFields> datasets = detected.datasets();
        List<List<List<Suggestion>>> suggestions = detected.suggestions();
        return store.write(writer -> {
            DetectionSummary summary = new DetectionSummary(0, 0, 0);
            for (int d = 0; d < datasets.size(); d++) {
                DatasetFields dataset = datasets.get(d);
                List<List<Suggestion>> perField = suggestions.get(d);
                if (perField.size() != dataset.fields().size()) {
                    throw new IllegalStateException("Detection answered for " + perField.size() + " of "
                            + dataset.fields().size() + " fields");
                }
                if (!writer.containsGraph(iris.graph(RecordKind.DATASET, dataset.slug()))) {
                    continue; // deleted while the rules ran: no hints about fields that are gone
                }
                Graph results = GraphFactory.createDefaultGraph();
                int flagged = 0;
                int disagreements = 0;
                for (int i = 0; i < dataset.fields().size(); i++) {
                    FieldState field = dataset.fields().get(i);
                    List<Suggestion> confident = perField.get(i).stream().filter(Suggestion::confident).toList();
                    if (confident.isEmpty()) {
                        continue;
                    }
                    flagged++;
                    if (confident.stream().anyMatch(c -> !field.categories().contains(c.categoryIri()))) {
                        disagreements++;
                    }
                    write(results, iris.detection(dataset.slug(), field.slug()), field.node(), confident);
                }
                summary = summary.plus(new DetectionSummary(dataset.fields().size(), flagged, disagreements));
                Node resultGraph = iris.graph(RecordKind.DETECTION, dataset.slug());
                if (results.isEmpty()) {
                    writer.removeGraph(resultGraph);
                } else {
                    writer.replaceGraph(resultGraph, results);
                }
            }
            return summary;
        });
    }

    /** A field as detection needs it: what the rules read, and the categories it is classified with now. */
    private record FieldState(Node node, String slug, FieldDescription description, Set<String> categories) {
    }

    private record DatasetFields(String slug, List<FieldState> fields) {
        List<FieldDescription> descriptions() {
            return fields.stream().map(FieldState::description).toList();
        }
    }

    private DatasetFields read(nl.datawijzer.rdf.StoreReader reader, String slug) {
        Node graphName = iris.graph(RecordKind.DATASET, new DatasetId(slug).slug());
        if (!reader.containsGraph(graphName)) {
            throw new RecordNotFoundException("Dataset", new DatasetId(slug));
        }
        Graph graph = reader.graph(graphName);
        // Two fields of one dataset may share a technical name: fields are matched by position, not name.
        List<FieldState> fields = graph.find(Node.ANY, Terms.RDF_TYPE, Terms.DW_FIELD).mapWith(Triple::getSubject).toList()
                .stream().map(field -> {
                    Set<String> classified = new HashSet<>();
                    graph.find(field, Terms.DW_PERSONAL_DATA_CATEGORY, Node.ANY)
                            .forEachRemaining(t -> classified.add(t.getObject().getURI()));
                    return new FieldState(field, iris.fieldSlugs(field.getURI()).orElseThrow()[1],
                            new FieldDescription(text(graph, field, Terms.DW_TECHNICAL_NAME),
                                    dutch(graph, field, Terms.DCT_TITLE), dutch(graph, field, Terms.DCT_DESCRIPTION)),
                            Set.copyOf(classified));
                }).toList();
        return new DatasetFields(slug, fields);
    }

    /** Removes the detection results of a dataset that no longer exists. */
    public void forget(String datasetSlug) {
        Node resultGraph = iris.graph(RecordKind.DETECTION, new DatasetId(datasetSlug).slug());
        store.write(writer -> {
            if (writer.containsGraph(resultGraph)
                    && !writer.containsGraph(iris.graph(RecordKind.DATASET, datasetSlug))) {
                writer.removeGraph(resultGraph);
            }
            return null;
        });
    }

    private static void write(Graph results, Node result, Node field, List<Suggestion> confident) {
        Set<String> rules = new LinkedHashSet<>();
        StringBuilder nl = new StringBuilder();
        StringBuilder en = new StringBuilder();
        double confidence = 0;
        results.add(result, Terms.RDF_TYPE, Terms.DW_DETECTION_RESULT);
        results.add(result, Terms.DW_ABOUT_FIELD, field);
        for (Suggestion suggestion : confident) {
            results.add(result, Terms.DW_DETECTED_CATEGORY, NodeFactory.createURI(suggestion.categoryIri()));
            rules.addAll(suggestion.detectorIds());
            confidence = Math.max(confidence, suggestion.confidence());
            nl.append(nl.isEmpty() ? "" : " ").append(suggestion.explanationNl());
            en.append(en.isEmpty() ? "" : " ").append(suggestion.explanationEn());
        }
        results.add(result, Terms.DW_DETECTION_CONFIDENCE, NodeFactory.createLiteralDT(
                BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        results.add(result, Terms.DW_DETECTION_EXPLANATION, NodeFactory.createLiteralLang(cut(nl.toString()), "nl"));
        results.add(result, Terms.DW_DETECTION_EXPLANATION, NodeFactory.createLiteralLang(cut(en.toString()), "en"));
        rules.forEach(rule -> results.add(result, Terms.DW_DETECTED_BY, Literals.plain(rule)));
    }

    private static String cut(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private static String text(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
    }

    private static String dutch(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && "nl".equalsIgnoreCase(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }
}
