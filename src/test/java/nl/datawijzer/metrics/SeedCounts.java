package nl.datawijzer.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/** The seed's sizes, counted from its TriG files by walking quads: a second way to the numbers the gauges show. */
final class SeedCounts {

    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final String VOCAB = "https://w3id.org/datawijzer/vocab/";

    private SeedCounts() {
    }

    static Map<String, Long> fromSeedFiles() {
        DatasetGraph seed = DatasetGraphFactory.createTxnMem();
        try (Stream<Path> files = Files.walk(Path.of("catalog-seed"))) {
            files.filter(f -> f.toString().endsWith(".trig")).forEach(f -> RDFDataMgr.read(seed, f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("datawijzer_catalog_systems", (long) typed(seed, DW + "System").size());
        counts.put("datawijzer_catalog_datasets", (long) typed(seed, "http://www.w3.org/ns/dcat#Dataset").size());
        Set<Node> fields = typed(seed, DW + "Field");
        counts.put("datawijzer_catalog_fields", (long) fields.size());
        counts.put("datawijzer_catalog_datasets_published", typed(seed, DW + "Publication").stream()
                .filter(p -> has(seed, p, DW + "publicationState", VOCAB + "publicatiestatus/gepubliceerd")).count());
        Set<String> closed = Set.of("concept", "afgewezen", "gesloten");
        counts.put("datawijzer_needs_open", typed(seed, DW + "InformationNeed").stream()
                .filter(need -> {
                    var steps = seed.find(Node.ANY, need, iri(DW + "needStep"), Node.ANY);
                    if (!steps.hasNext()) {
                        return false;
                    }
                    String step = steps.next().getObject().getURI();
                    return !closed.contains(step.substring(step.lastIndexOf('/') + 1));
                }).count());
        counts.put("datawijzer_catalog_fields_unreviewed", fields.stream()
                .filter(f -> has(seed, f, DW + "classificationStatus", VOCAB + "beoordeling/voorgesteld")).count());
        return counts;
    }

    private static Set<Node> typed(DatasetGraph seed, String type) {
        Set<Node> subjects = new HashSet<>();
        seed.find(Node.ANY, Node.ANY, RDF.type.asNode(), iri(type)).forEachRemaining((Quad q) -> subjects.add(q.getSubject()));
        return subjects;
    }

    private static boolean has(DatasetGraph seed, Node subject, String property, String object) {
        return seed.find(Node.ANY, subject, iri(property), iri(object)).hasNext();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
