package nl.datawijzer.opendata.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.opendata.sparql.internal.QueryGuard;
import nl.datawijzer.opendata.sparql.internal.SparqlRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The public SPARQL endpoint, for everyone, over the open-data view only (see the package description).
 *
 * <p>Queries run on two platform threads of their own, not on the caller's (virtual) thread: a CPU-bound query on a
 * virtual thread keeps its carrier, and two of them would stall every other request of the portal on a two-core
 * machine. A turn is given back by the query thread itself when the query has really stopped, so a query that would
 * not stop keeps its turn and can never make room for a third; the caller gets its answer or refusal within the time
 * limit plus a second in any case.
 */
@Service
public class PublicSparqlService implements AutoCloseable {

    /** Longest query text accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 10_000;
    /** Public queries that may run at once; more would let a few visitors take the whole machine. */
    public static final int MAX_CONCURRENT = 2;
    private static final Duration WAIT_FOR_TURN = Duration.ofSeconds(1);
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final String EXAMPLES = "nl/datawijzer/opendata/sparql/examples/";
    private static final List<String> EXAMPLE_KEYS = List.of("datasets-per-thema", "distributies-met-licentie",
            "datasets-gewijzigd-dit-jaar");

    private final SparqlRunner runner;
    private final Duration timeout;
    private final int resultLimit;
    private final Semaphore turns = new Semaphore(MAX_CONCURRENT, true);
    private final ExecutorService threads = Executors.newFixedThreadPool(MAX_CONCURRENT,
            Thread.ofPlatform().name("public-sparql-", 1).daemon().factory());

    @Autowired
    PublicSparqlService(SparqlRunner runner, OpenDataProperties properties) {
        this(runner, properties.sparqlTimeout(), properties.sparqlResultLimit());
    }

    public PublicSparqlService(SparqlRunner runner, Duration timeout, int resultLimit) {
        this.runner = runner;
        this.timeout = timeout;
        this.resultLimit = resultLimit;
    }

    /**
     * The form of a query that may run, without running it.
     *
     * @throws SparqlRefusedException when it may not run
     */
    public QueryForm check(String query) {
        return QueryGuard.form(QueryGuard.check(query, MAX_QUERY_LENGTH));
    }

    /**
     * Runs a read query on the open-data view.
     *
     * @throws SparqlRefusedException when it may not run (nothing ran)
     * @throws SparqlUnavailableException when two queries are running already, or it ran past the time limit
     */
    public SparqlAnswer query(String query) {
        var checked = QueryGuard.check(query, MAX_QUERY_LENGTH);
        if (!acquireTurn()) {
            throw new SparqlUnavailableException(SparqlUnavailableException.Reason.BUSY,
                    "Het is te druk: er lopen al " + MAX_CONCURRENT + " openbare query's. Probeer het over enkele "
                            + "seconden opnieuw.",
                    "Too busy: " + MAX_CONCURRENT + " public queries are running already. Try again in a few seconds.");
        }
        Future<SparqlAnswer> answer;
        try {
            answer = threads.submit(() -> {
                try {
                    return runner.run(checked, timeout, resultLimit);
                } finally {
                    turns.release();
                }
            });
        } catch (RuntimeException e) {
            turns.release();
            throw e;
        }
        try {
            return answer.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw timedOut();
        }
    }

    private SparqlUnavailableException timedOut() {
        return new SparqlUnavailableException(SparqlUnavailableException.Reason.TIMEOUT,
                "De query duurde langer dan de tijdslimiet en is afgebroken. Maak de query kleiner of specifieker.",
                "The query ran past the time limit and was stopped. Make the query smaller or more specific.");
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** The answer as a table for the page. Same checks and limits as {@link #query}. */
    public SparqlTable table(String query) {
        return query(query).table();
    }

    /** Ready-made queries to start from, in a fixed order. */
    public List<SparqlExample> examples() {
        return EXAMPLE_KEYS.stream().map(key -> new SparqlExample(key, resource(EXAMPLES + key + ".rq"))).toList();
    }

    /** How many public queries are running now (at most {@value #MAX_CONCURRENT}). */
    public int running() {
        return MAX_CONCURRENT - turns.availablePermits();
    }

    public Duration timeout() {
        return timeout;
    }

    public int resultLimit() {
        return resultLimit;
    }

    private boolean acquireTurn() {
        try {
            return turns.tryAcquire(WAIT_FOR_TURN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String resource(String path) {
        try (InputStream in = PublicSparqlService.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Example query not found: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
