package nl.datawijzer.catalog.internal;

import nl.datawijzer.rdf.vocab.Literals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.ConceptId;
import nl.datawijzer.catalog.GlossaryTerm;
import nl.datawijzer.catalog.GlossaryTermDraft;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Repository;

/** The glossary: SKOS concepts typed dw:GlossaryTerm, one graph per term. */
@Repository
public class GlossaryRepository {

    static final Map<String, String> SORT_KEYS = Map.of("label", "sortLabel");

    private final RdfStore store;
    private final Iris iris;
    private final References references;

    GlossaryRepository(RdfStore store, Iris iris, References references) {
        this.store = store;
        this.iris = iris;
        this.references = references;
    }

    /** Creates or updates a term; links from other terms to it are kept. */
    public void save(GlossaryTermDraft draft, boolean isNew) {
        ConceptId id = new ConceptId(draft.slug());
        Node term = iris.record(RecordKind.CONCEPT, id.slug());
        Node graphName = iris.graph(RecordKind.CONCEPT, id.slug());
        store.write(writer -> {
            Graph graph = RecordGraphs.open(writer, graphName, isNew, "begrip", "term", id.slug());
            List.of(Terms.SKOS_PREF_LABEL, Terms.SKOS_ALT_LABEL, Terms.SKOS_DEFINITION, Terms.DCT_SOURCE,
                    Terms.SKOS_BROADER, Terms.SKOS_RELATED, Terms.DCT_MODIFIED).forEach(p -> graph.remove(term, p, Node.ANY));
            graph.add(Triple.create(term, Terms.RDF_TYPE, Terms.SKOS_CONCEPT));
            graph.add(Triple.create(term, Terms.RDF_TYPE, Terms.DW_GLOSSARY_TERM));
            graph.add(Triple.create(term, Terms.SKOS_IN_SCHEME, iris.glossary()));
            graph.add(Triple.create(term, Terms.SKOS_PREF_LABEL, Literals.dutch(draft.prefLabel())));
            graph.add(Triple.create(term, Terms.SKOS_DEFINITION, Literals.dutch(draft.definition())));
            draft.synonyms().stream().filter(a -> !a.isBlank())
                    .forEach(a -> graph.add(Triple.create(term, Terms.SKOS_ALT_LABEL, Literals.dutch(a))));
            if (draft.source() != null && !draft.source().isBlank()) {
                graph.add(Triple.create(term, Terms.DCT_SOURCE, Literals.plain(draft.source())));
            }
            draft.broader().forEach(b -> graph.add(Triple.create(term, Terms.SKOS_BROADER,
                    iris.record(RecordKind.CONCEPT, b.slug()))));
            draft.related().forEach(r -> graph.add(Triple.create(term, Terms.SKOS_RELATED,
                    iris.record(RecordKind.CONCEPT, r.slug()))));
            graph.add(Triple.create(term, Terms.DCT_MODIFIED, Literals.now()));
            writer.replaceGraph(graphName, graph);
            return null;
        });
    }

    /** Deletes a term; refused while other terms are narrower than or related to it. */
    public void delete(ConceptId id) {
        Node term = iris.record(RecordKind.CONCEPT, id.slug());
        Node graphName = iris.graph(RecordKind.CONCEPT, id.slug());
        store.write(writer -> {
            references.deleteRecord(writer, term, graphName, "begrip", id.slug(),
                    "Het begrip kan niet worden verwijderd: er wordt nog naar verwezen door: ",
                    "The term cannot be deleted: it is still referred to by: ");
            return null;
        });
    }

    public Page<GlossaryTerm> list(String text, PageRequest page) {
        return store.read(reader -> {
            long total = Row.of(reader.select(query(text).count())).getFirst().integer("count");
            List<GlossaryTerm> items = Row.of(reader.select(Sorting.apply(query(text), page, SORT_KEYS))).stream()
                    .map(row -> term(reader, row)).toList();
            return new Page<>(items, total);
        });
    }

    public Optional<GlossaryTerm> find(ConceptId id) {
        return store.read(reader -> Row.of(reader.select(query("")
                        .bind("concept", iris.record(RecordKind.CONCEPT, id.slug()))))
                .stream().findFirst().map(row -> term(reader, row)));
    }

    private PreparedQuery query(String text) {
        return Sparql.query(Queries.GLOSSARY).bind("q", Literals.text(text == null ? "" : text.strip()));
    }

    private GlossaryTerm term(StoreReader reader, Row row) {
        List<Row> links = Row.of(reader.select(Sparql.query(Queries.CONCEPT_LINKS).bind("concept", row.node("concept"))));
        return new GlossaryTerm(new ConceptId(iris.slugOf(RecordKind.CONCEPT, row.iri("concept")).orElseThrow()),
                row.text("label"), row.text("definition"), row.list("synonyms", "|"), row.optionalText("source"),
                links(links, "broader"), links(links, "related"));
    }

    private static List<Label> links(List<Row> rows, String relation) {
        return rows.stream().filter(r -> relation.equals(r.text("relation")))
                .map(r -> new Label(r.iri("other"), r.text("otherLabel"))).distinct().toList();
    }
}
