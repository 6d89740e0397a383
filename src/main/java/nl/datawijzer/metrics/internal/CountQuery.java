package nl.datawijzer.metrics.internal;

import java.util.List;
import nl.datawijzer.metrics.CatalogCounts;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.springframework.stereotype.Repository;

/**
 * Counts the catalog in one read transaction, so the numbers agree with each other. The revision is read just before:
 * a write in between makes the counts newer than their revision, and the next refresh counts again.
 */
@Repository
public class CountQuery {

    private static final String QUERY = "nl/datawijzer/metrics/internal/catalog-counts.rq";

    private final RdfStore store;

    CountQuery(RdfStore store) {
        this.store = store;
    }

    public long revision() {
        return store.revision();
    }

    public CatalogCounts count() {
        long revision = store.revision();
        return store.read(reader -> {
            List<Row> rows = Row.of(reader.select(Sparql.query(QUERY)));
            Row row = rows.getFirst();
            return new CatalogCounts(revision, row.integer("systems"), row.integer("datasets"), row.integer("fields"),
                    row.integer("published"), row.integer("openNeeds"), row.integer("unreviewedFields"));
        });
    }
}
