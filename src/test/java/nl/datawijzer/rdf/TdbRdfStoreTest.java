package nl.datawijzer.rdf;

import org.apache.jena.tdb2.TDB2Factory;

/** The store contract on the embedded TDB2 store (in memory). */
class TdbRdfStoreTest extends RdfStoreContract {

    private TdbRdfStore tdb;

    @Override
    RdfStore openStore(ShapeValidator validator, WriteAuthor author) {
        tdb = new TdbRdfStore(TDB2Factory.createDataset(), validator, IRIS, 5000, author);
        return tdb;
    }

    @Override
    RdfStore openSecondNode(ShapeValidator validator, WriteAuthor author) {
        // One process holds an embedded database: a second node is the same store, written from more threads.
        return tdb;
    }

    @Override
    void closeStores() {
        tdb.close();
    }
}
