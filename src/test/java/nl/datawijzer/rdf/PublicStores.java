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

    /** A public store over the given (TDB2) dataset, with the public shapes: the benchmark measures it on disk. */
    public static PublicRdfStore over(org.apache.jena.query.Dataset dataset, Iris iris) {
        ShapeValidator validator = new ShapeValidator(ClasspathRdf.graph(StoreConfiguration.PUBLIC_SHAPES, iris.base()));
        return new PublicRdfStore(new TdbRdfStore(dataset, validator, iris, 600_000));
    }
}
