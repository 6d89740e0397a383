package nl.datawijzer.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Loads SPARQL from {@code .rq} resources on the classpath, parsed once and cached. */
public final class Sparql {

    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private Sparql() {
    }

    /** {@code resource} is a classpath path such as {@code nl/datawijzer/catalog/internal/datasets.rq}. */
    public static PreparedQuery query(String resource) {
        return new PreparedQuery(CACHE.computeIfAbsent(resource, Sparql::parse));
    }

    private static Query parse(String resource) {
        try (InputStream in = Sparql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SPARQL resource not found: " + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
