package nl.datawijzer.catalog.internal;

import java.util.List;
import nl.datawijzer.catalog.GdprArticle;
import nl.datawijzer.catalog.ValueConcept;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.springframework.stereotype.Repository;

/** Reads the value lists from the reference graph. */
@Repository
public class ValueListRepository {

    private final RdfStore store;

    ValueListRepository(RdfStore store) {
        this.store = store;
    }

    public List<ValueConcept> all() {
        return store.read(reader -> Row.of(reader.select(Sparql.query(Queries.VALUE_LISTS))).stream()
                .map(row -> new ValueConcept(
                        row.iri("concept"),
                        row.iri("scheme"),
                        row.text("labelNl").isEmpty() ? row.iri("concept") : row.text("labelNl"),
                        row.optionalText("labelEn"),
                        row.optionalText("notation"),
                        row.integer("rank"),
                        row.bool("open"),
                        row.bool("special"),
                        GdprArticle.of(row.optionalText("gdprArticle")).orElse(null)))
                .toList());
    }
}
