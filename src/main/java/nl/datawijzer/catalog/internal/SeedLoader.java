package nl.datawijzer.catalog.internal;

import nl.datawijzer.catalog.SeedLoadedEvent;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the Huizen catalog on first start: only into an empty store, never over existing data, and in one
 * validated transaction so a broken seed leaves the store empty rather than half-filled.
 */
@Component
@Order(0)
@EnableConfigurationProperties(SeedProperties.class)
public class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final RdfStore store;
    private final Iris iris;
    private final SeedProperties properties;
    private final ApplicationEventPublisher events;

    SeedLoader(RdfStore store, Iris iris, SeedProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.iris = iris;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (!store.isEmptyCatalog()) {
            log.info("Catalog already holds data; seed not loaded");
            return;
        }
        long start = System.nanoTime();
        int graphs = load(properties.location());
        log.info("Seed loaded: {} records in {} ms", graphs, (System.nanoTime() - start) / 1_000_000);
        // Hosted files of seeded distributions (the extracts) are copied into the file store by their listener.
        events.publishEvent(new SeedLoadedEvent(graphs));
    }

    /** Loads every TriG file matching {@code location}; returns the number of record graphs written. */
    public int load(String location) {
        DatasetGraph seed = DatasetGraphFactory.createGeneral();
        ClasspathRdf.parseInto(location, iris.base(), seed);
        return store.write(writer -> {
            int count = 0;
            for (var it = seed.listGraphNodes(); it.hasNext(); ) {
                Node name = it.next();
                if (!name.isURI() || !name.getURI().startsWith(iris.recordGraphPrefix())
                        || name.equals(iris.vocabularyGraph())) {
                    throw new IllegalStateException("Seed graph outside the record graphs: " + name);
                }
                writer.replaceGraph(name, seed.getGraph(name));
                count++;
            }
            if (!seed.getDefaultGraph().isEmpty()) {
                throw new IllegalStateException("The seed has triples outside any named graph");
            }
            return count;
        });
    }
}
