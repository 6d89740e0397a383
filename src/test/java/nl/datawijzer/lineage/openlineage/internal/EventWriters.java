package nl.datawijzer.lineage.openlineage.internal;

import nl.datawijzer.lineage.openlineage.OpenLineageProperties;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;

/** Builds the intake's writer outside Spring, for the benchmark harness. */
public final class EventWriters {

    private EventWriters() {
    }

    public static EventWriter create(RdfStore store, Iris iris, OpenLineageProperties properties) {
        return new EventWriter(store, iris, properties);
    }
}
