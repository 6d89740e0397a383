package nl.datawijzer.opendata.portal.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.rdf.ClasspathRdf;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;

/**
 * The value lists a public page labels with (themes, frequencies, licences), loaded once from the Turtle files that
 * ship with the code. They are not closed data, and the public store holds none of them.
 */
@Component
public class ValueLists {

    static final String[] FILES = {"themes.ttl", "frequencies.ttl", "licences.ttl"};
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node PREF_LABEL = NodeFactory.createURI(SKOS + "prefLabel");
    private static final Node IN_SCHEME = NodeFactory.createURI(SKOS + "inScheme");
    private static final Node EU_THEMES = NodeFactory.createURI("https://w3id.org/datawijzer/vocab/eu-thema");

    /** Label by IRI, then by language ("nl", "en"). */
    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private final Map<String, String> themeByDutchLabel = new HashMap<>();
    private final List<String> euThemes;

    public ValueLists() {
        Graph lists = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String file : FILES) {
            ClasspathRdf.graph("classpath*:ontology/vocabularies/" + file, "urn:x-datawijzer:").find().forEachRemaining(lists::add);
        }
        lists.find(Node.ANY, PREF_LABEL, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                labels.computeIfAbsent(t.getSubject().getURI(), k -> new HashMap<>())
                        .put(t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT), t.getObject().getLiteralLexicalForm());
            }
        });
        List<String> eu = new ArrayList<>(lists.find(Node.ANY, IN_SCHEME, EU_THEMES)
                .mapWith(t -> t.getSubject().getURI()).toList());
        Collator dutch = Collator.getInstance(Locale.of("nl"));
        eu.sort((a, b) -> dutch.compare(dutchLabel(a), dutchLabel(b)));
        euThemes = List.copyOf(eu);
        lists.find(Node.ANY, IN_SCHEME, Node.ANY).forEachRemaining(t -> {
            String label = dutchLabel(t.getSubject().getURI());
            // An EU theme wins over a Dutch government theme of the same name: the portal's facets are EU themes.
            if (!label.isEmpty() && (euThemes.contains(t.getSubject().getURI()) || !themeByDutchLabel.containsKey(label))) {
                themeByDutchLabel.put(label, t.getSubject().getURI());
            }
        });
    }

    public Optional<String> label(String iri, String language) {
        Map<String, String> byLanguage = labels.getOrDefault(iri, Map.of());
        return Optional.ofNullable(byLanguage.getOrDefault(language, byLanguage.get("nl")));
    }

    public List<String> euThemes() {
        return euThemes;
    }

    public Optional<String> themeByDutchLabel(String label) {
        return Optional.ofNullable(themeByDutchLabel.get(label));
    }

    private String dutchLabel(String iri) {
        return labels.getOrDefault(iri, Map.of()).getOrDefault("nl", "");
    }
}
