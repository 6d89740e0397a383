package nl.datawijzer.lineage;

import nl.datawijzer.lineage.internal.GraphReader;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** The Huizen seed in an in-memory store, for lineage tests that need no Spring. */
final class SeedLineage {

    static final String BASE = "https://data.huizen.nl/id/";
    static final Iris IRIS = new Iris(BASE);

    private SeedLineage() {
    }

    static TdbRdfStore store() {
        Dataset dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> {
            ClasspathRdf.parseInto("classpath*:catalog-seed/**/*.trig", BASE, dataset.asDatasetGraph());
            ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl", BASE).find()
                    .forEachRemaining(t -> dataset.asDatasetGraph().add(IRIS.vocabularyGraph(), t.getSubject(),
                            t.getPredicate(), t.getObject()));
        });
        return new TdbRdfStore(dataset, new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl", BASE)),
                IRIS, 60_000);
    }

    static LineageService service(TdbRdfStore store) {
        return new LineageService(new GraphReader(store, IRIS), store);
    }
}
