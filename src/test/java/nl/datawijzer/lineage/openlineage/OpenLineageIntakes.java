package nl.datawijzer.lineage.openlineage;

import nl.datawijzer.lineage.openlineage.internal.EventWriters;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import org.springframework.context.ApplicationEventPublisher;

/** Builds the intake (with its group-commit writer) outside Spring, for the benchmark harness. */
public final class OpenLineageIntakes {

    private OpenLineageIntakes() {
    }

    /** The caller must {@link OpenLineageIntake#destroy() destroy} it to stop its writer thread. */
    public static OpenLineageIntake create(RdfStore store, Iris iris, OpenLineageProperties properties,
            ApplicationEventPublisher events) {
        return new OpenLineageIntake(EventWriters.create(store, iris, properties), events, properties);
    }
}
