package nl.datawijzer.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Opens the store (the embedded TDB2 database in the data folder, or a remote SPARQL server when
 * {@code datawijzer.store.remote.url} is set) and loads the ontology and value lists into it. The public store is always
 * embedded: it is derived from the catalog, so every node keeps its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

    static final String SHAPES = "classpath*:ontology/shapes/*.ttl";
    static final String VOCABULARIES = "classpath*:ontology/vocabularies/*.ttl";
    static final String ONTOLOGY = "classpath*:ontology/datawijzer.ttl";
    static final String PUBLIC_SHAPES = "classpath*:ontology/public-shapes/*.ttl";

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean
    Iris iris(StoreProperties properties) {
        return new Iris(properties.baseIri());
    }

    @Bean
    ShapeValidator shapeValidator(Iris iris) {
        return new ShapeValidator(ClasspathRdf.graph(SHAPES, iris.base()));
    }

    @Bean(destroyMethod = "close")
    @Primary
    RdfStore rdfStore(StoreProperties properties, ShapeValidator validator, Iris iris,
            ObjectProvider<WriteAuthor> authors) {
        // Resolved at each write, not now: who signs in is the security configuration's business, built later.
        WriteAuthor author = () -> authors.getIfAvailable(WriteAuthor::system).name();
        if (properties.remote().enabled()) {
            RemoteRdfStore remote = RemoteStores.open(properties, validator, iris, author);
            loadReferenceData(remote, iris);
            return remote;
        }
        Path folder = properties.dataDir().resolve("tdb2").toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder, e);
        }
        Dataset dataset = TDB2Factory.connectDataset(Location.create(folder));
        TdbRdfStore store = new TdbRdfStore(dataset, validator, iris, properties.queryTimeout().toMillis(), author);
        loadReferenceData(store, iris);
        log.info("RDF store open at {}", folder);
        return store;
    }

    @Bean(destroyMethod = "close")
    PublicRdfStore publicRdfStore(StoreProperties properties, Iris iris) {
        Path folder = properties.dataDir().resolve("public-tdb2").toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder, e);
        }
        ShapeValidator dcatAp = new ShapeValidator(ClasspathRdf.graph(PUBLIC_SHAPES, iris.base()));
        return new PublicRdfStore(new TdbRdfStore(TDB2Factory.connectDataset(Location.create(folder)), dcatAp, iris,
                properties.queryTimeout().toMillis()));
    }

    /** The ontology and value lists ship with the code, so every start replaces their graph. */
    static void loadReferenceData(RdfStore store, Iris iris) {
        Graph reference = ClasspathRdf.graph(ONTOLOGY, iris.base());
        ClasspathRdf.graph(VOCABULARIES, iris.base()).find().forEachRemaining(reference::add);
        store.write(writer -> {
            // Unchanged reference data is left alone, so a restart does not count as a change.
            if (!writer.graph(iris.vocabularyGraph()).isIsomorphicWith(reference)) {
                writer.replaceGraph(iris.vocabularyGraph(), reference);
            }
            return null;
        });
    }
}
