package nl.datawijzer.privacy.internal;

import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;

/** Gives tests outside this package the repository they need, without widening its visibility. */
public final class TransparencyTestSupport {

    private TransparencyTestSupport() {
    }

    public static TransparencyRepository repository(RdfStore store, Iris iris) {
        return new TransparencyRepository(store, iris);
    }
}
