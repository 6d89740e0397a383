package nl.datawijzer.opendata.portal.internal;

import java.util.HashMap;
import java.util.Map;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the dataset page shows beyond the export record (contact phone, issue date, distribution sizes), read from the
 * open-data graph of the public store and nothing else.
 */
@Component
public class ViewDetails {

    private static final String DIR = "nl/datawijzer/opendata/portal/internal/";

    private final PublicRdfStore store;
    private final Iris iris;

    public ViewDetails(PublicRdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public record Extras(@Nullable String contactPhone, @Nullable String issued, Map<String, Long> byteSizes) {
    }

    public Extras of(String datasetIri) {
        Node dataset = NodeFactory.createURI(datasetIri);
        Node openData = NodeFactory.createURI(iris.recordGraphPrefix() + "opendata");
        return store.read(reader -> {
            Row row = Row.of(reader.select(Sparql.query(DIR + "dataset-details.rq").bind("openData", openData)
                    .bind("dataset", dataset))).stream().findFirst().orElse(null);
            Map<String, Long> sizes = new HashMap<>();
            for (Row size : Row.of(reader.select(Sparql.query(DIR + "distribution-sizes.rq").bind("openData", openData)
                    .bind("dataset", dataset)))) {
                try {
                    sizes.put(size.iri("distribution"), Long.parseLong(size.text("byteSize").strip()));
                } catch (NumberFormatException notANumber) {
                    // A size that is no number is left out rather than shown wrong.
                }
            }
            return new Extras(row == null ? null : phone(row.optionalText("phone")),
                    row == null ? null : row.optionalText("issued"), sizes);
        });
    }

    /** A tel: IRI shows as the number itself. */
    private static @Nullable String phone(@Nullable String value) {
        return value == null ? null : value.replaceFirst("^tel:", "");
    }
}
