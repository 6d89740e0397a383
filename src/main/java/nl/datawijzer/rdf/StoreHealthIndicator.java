package nl.datawijzer.rdf;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness includes the store: the portal is ready only when a query against it answers. */
@Component("rdfStoreHealthIndicator")
class StoreHealthIndicator implements HealthIndicator {

    private final RdfStore store;
    private final Iris iris;

    StoreHealthIndicator(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    @Override
    public Health health() {
        try {
            boolean vocabularies = store.read(reader -> reader.containsGraph(iris.vocabularyGraph()));
            return vocabularies ? Health.up().build()
                    : Health.down().withDetail("reason", "value lists not loaded").build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
