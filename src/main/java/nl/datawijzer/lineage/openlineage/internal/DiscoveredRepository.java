package nl.datawijzer.lineage.openlineage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.datawijzer.lineage.openlineage.DiscoveredDataset;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.springframework.stereotype.Repository;

/** Reads the datasets marked {@code dw:discovered true}. */
@Repository
public class DiscoveredRepository {

    private final RdfStore store;

    DiscoveredRepository(RdfStore store) {
        this.store = store;
    }

    public List<DiscoveredDataset> list() {
        return store.read(reader -> Row.of(reader.select(
                        Sparql.query("nl/datawijzer/lineage/openlineage/internal/discovered-datasets.rq"))).stream()
                .map(row -> new DiscoveredDataset(row.text("identifier"), row.text("title"), row.text("name"),
                        Objects.requireNonNullElse(row.instant("created"), Instant.EPOCH), row.integer("fields"),
                        row.optionalText("job")))
                .toList());
    }
}
