package nl.datawijzer.rdf;

import org.apache.jena.query.DatasetFactory;

/** A public store in memory, with the public shapes, for unit tests of features that read the open-data view. */
public final class PublicStores {

    private PublicStores() {
    }

    public static PublicRdfStore inMemory(Iris iris) {
        ShapeValidator validator = new ShapeValidator(ClasspathRdf.graph(StoreConfiguration.PUBLIC_SHAPES, iris.base()));
        return new PublicRdfStore(new TdbRdfStore(DatasetFactory.createTxnMem(), validator, iris, 60_000));
    }
}
