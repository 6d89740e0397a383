package nl.datawijzer.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.ConceptId;
import nl.datawijzer.catalog.GlossaryTerm;
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
import org.springframework.stereotype.Repository;

/** The glossary: SKOS concepts typed dw:GlossaryTerm, one graph per term. */
@Repository
public class GlossaryRepository {

    static final Map<String, String> SORT_KEYS = Map.of("label", "sortLabel");

    private final RdfStore store;
    private final Iris iris;

    GlossaryRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
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
