package nl.datawijzer.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads RDF files that ship with the application (ontology, shapes, seed) from the classpath. */
public final class ClasspathRdf {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private ClasspathRdf() {
    }

    /** All resources matching a pattern such as {@code classpath*:ontology/shapes/*.ttl}, sorted by name. */
    public static List<Resource> resources(String pattern) {
        try {
            return Arrays.stream(RESOLVER.getResources(pattern))
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    /** Parses every matching Turtle file into one graph. No network: relative IRIs resolve against {@code base}. */
    public static Graph graph(String pattern, String base) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Resource resource : resources(pattern)) {
            try (InputStream in = resource.getInputStream()) {
                RDFParser.source(in).lang(langOf(resource)).base(base).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return graph;
    }

    /**
     * The Dutch skos:prefLabel of every concept in a value list that ships with the code
     * ({@code ontology/vocabularies/{file}}), by concept IRI: for the public side, whose store holds no value lists.
     */
    public static java.util.Map<String, String> dutchLabels(String file) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        Node prefLabel = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
        graph("classpath*:ontology/vocabularies/" + file, "urn:x-datawijzer:").find(Node.ANY, prefLabel, Node.ANY)
                .forEachRemaining(t -> {
                    if (t.getSubject().isURI() && "nl".equals(t.getObject().getLiteralLanguage())) {
                        labels.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                    }
                });
        return java.util.Map.copyOf(labels);
    }

    /** Parses every matching TriG file into one dataset, resolving relative IRIs against {@code base}. */
    public static void parseInto(String pattern, String base, DatasetGraph target) {
        for (Resource resource : resources(pattern)) {
            try (InputStream in = resource.getInputStream()) {
                RDFParser.source(in).lang(langOf(resource)).base(base).parse(target);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot parse " + resource.getFilename() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Lang langOf(Resource resource) {
        Lang lang = RDFLanguages.filenameToLang(String.valueOf(resource.getFilename()));
        return lang == null ? Lang.TURTLE : lang;
    }
}
