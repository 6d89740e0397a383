package nl.datawijzer.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2Factory;

/** A generated catalog in an in-memory TDB2 store, loaded through the validating store like any import. */
record GeneratedCatalogStore(Dataset dataset, TdbRdfStore store) implements AutoCloseable {

    static GeneratedCatalogStore load(BenchContext ctx, long seed) {
        Dataset dataset = TDB2Factory.createDataset();
        TdbRdfStore store = new TdbRdfStore(dataset, ctx.newValidator(), ctx.iris(), 60_000);
        LoadMeasurements.StoreLoad.loadReferenceData(store, ctx.iris(), ctx.referenceData());
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        new SyntheticCatalog(ctx.scale(), seed).write(trig);
        RecordBatcher batcher = new RecordBatcher(500, batch -> store.write(writer -> {
            batch.forEach(e -> writer.replaceGraph(e.getKey(), e.getValue()));
            return null;
        }));
        RDFParser.source(new ByteArrayInputStream(trig.toByteArray())).lang(Lang.TRIG).parse(batcher);
        return new GeneratedCatalogStore(dataset, store);
    }

    @Override
    public void close() {
        store.close();
    }
}
