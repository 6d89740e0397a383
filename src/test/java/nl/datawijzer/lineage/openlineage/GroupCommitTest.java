package nl.datawijzer.lineage.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.lineage.openlineage.internal.EventWriters;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.ForwardingRdfStore;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.TdbRdfStore;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit in the intake, on a real (in-memory) TDB2 store with the shapes: many callers at once each get their
 * own answer, the store holds exactly what was accepted, and a batch with a refused event falls back to one write each.
 */
class GroupCommitTest {

    private static final Iris IRIS = new Iris("https://example.org/id/");
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final Node RUN_STATE = NodeFactory.createURI(DW + "runState");
    private static final Node RECEIVED = NodeFactory.createURI(DW + "receivedEventType");
    private static final Node OL_NAME = NodeFactory.createURI(DW + "openLineageName");
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-29T02:00:00+01:00");
    /**
     * Namespace and name are each within the parser's 1,000 characters, but 'namespace/name' is 2,001: more than the
     * shapes allow for dw:openLineageName. So this dataset passes the parser and the shapes refuse it (422).
     */
    private static final String LONG_NAMESPACE = "n".repeat(1_000);
    private static final String LONG_NAME = "t".repeat(1_000);

    private Dataset dataset;
    private TdbRdfStore tdb;
    private CountingStore store;
    private OpenLineageIntake intake;
    private final List<Object> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openStore() {
        dataset = TDB2Factory.createDataset();
        tdb = new TdbRdfStore(dataset, new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl",
                IRIS.base())), IRIS, 60_000);
        Graph reference = ClasspathRdf.graph("classpath*:ontology/datawijzer.ttl", IRIS.base());
        ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl", IRIS.base()).find().forEachRemaining(reference::add);
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        ClasspathRdf.parseInto("classpath*:bench/openlineage-base.trig", IRIS.base(), base);
        tdb.write(writer -> {
            writer.replaceGraph(IRIS.vocabularyGraph(), reference);
            base.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                base.getGraph(g).find().forEachRemaining(copy::add);
                writer.replaceGraph(g, copy);
            });
            return null;
        });
        store = new CountingStore(tdb);
        OpenLineageProperties properties = new OpenLineageProperties(1 << 20, "etl", "team-bi", 100);
        intake = new OpenLineageIntake(EventWriters.create(store, IRIS, properties), published::add, properties);
    }

    @AfterEach
    void close() throws InterruptedException {
        intake.destroy();
        tdb.close();
    }

    @Test
    void manyCallersAtOnceEachGetTheirOwnAnswerAndTheStoreHoldsExactlyTheAcceptedEvents() throws Exception {
        int threads = 16;
        int runsPerThread = 25;
        // Per thread: its runs in order, START then COMPLETE each, as one ETL job sends them. Every fifth run is
        // shared by two threads (the same runId and eventType sent twice), every seventh names a dataset the shapes
        // refuse.
        Map<String, List<Outcome>> answers = new java.util.concurrent.ConcurrentHashMap<>();
        List<UUID> goodRuns = Collections.synchronizedList(new ArrayList<>());
        List<UUID> refusedRuns = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            senders.add(() -> {
                for (int r = 0; r < runsPerThread; r++) {
                    boolean shared = r % 5 == 0;
                    boolean refused = !shared && r % 7 == 3;
                    int owner = shared ? thread % (threads / 2) : thread;
                    UUID run = new UUID(0x0f5e1c3a00004000L, (long) owner * 1_000 + r + (shared ? 500 : 0));
                    if (thread == owner) {
                        (refused ? refusedRuns : goodRuns).add(run);
                    }
                    String job = "pipeline_" + owner + "_" + r;
                    for (EventType type : List.of(EventType.START, EventType.COMPLETE)) {
                        RunEvent event = event(type, run, job, r % 9, refused);
                        answers.computeIfAbsent(run + "/" + type, k -> new CopyOnWriteArrayList<>()).add(send(event));
                    }
                }
                return null;
            });
        }
        runAll(senders);

        assertThat(goodRuns).hasSize(threads / 2 * 5 + threads * (runsPerThread - 5 - 3));
        assertThat(refusedRuns).hasSize(threads * 3);
        int sent = answers.values().stream().mapToInt(List::size).sum();
        assertThat(sent).isEqualTo(threads * runsPerThread * 2);
        for (UUID run : goodRuns) {
            for (EventType type : List.of(EventType.START, EventType.COMPLETE)) {
                List<Outcome> got = answers.get(run + "/" + type);
                assertThat(got).as(run + " " + type).isSubsetOf(Outcome.CREATED, Outcome.REPEAT);
                assertThat(got).as("one of the senders of " + run + " " + type + " is told it was new")
                        .containsOnlyOnce(Outcome.CREATED);
            }
            Graph runGraph = runGraph(run);
            Node runNode = IRIS.record(RecordKind.JOB_RUN, runSlug(run));
            assertThat(objects(runGraph, runNode, RECEIVED)).containsExactlyInAnyOrder("START", "COMPLETE");
            assertThat(objects(runGraph, runNode, RUN_STATE)).as("START came before COMPLETE").containsExactly("COMPLETE");
        }
        assertThat(answers.values()).filteredOn(got -> got.size() == 2).as("the runs two threads sent")
                .hasSize(threads / 2 * 5 * 2).allSatisfy(got -> assertThat(got).containsExactlyInAnyOrder(Outcome.CREATED,
                        Outcome.REPEAT));
        for (UUID run : refusedRuns) {
            assertThat(answers.get(run + "/" + EventType.START)).containsExactly(Outcome.REFUSED);
            assertThat(answers.get(run + "/" + EventType.COMPLETE)).containsExactly(Outcome.REFUSED);
            assertThat(runGraph(run).isEmpty()).as("nothing of a refused event").isTrue();
        }
        assertThat(allRunGraphs()).as("exactly the accepted runs").isEqualTo(goodRuns.size());
        assertThat(openLineageNames()).noneMatch(name -> name.startsWith(LONG_NAMESPACE))
                .contains("adf://huizen/pipeline_0_1", "mssql://dwh/dbo.tabel_1_out");
        assertThat(published).isNotEmpty().allSatisfy(e -> assertThat(e).isInstanceOf(CatalogChangedEvent.class));
    }

    @Test
    void concurrentGoodEventsShareCommits() throws Exception {
        store.delayMillis = 5;
        int threads = 16;
        int perThread = 10;
        List<Callable<Void>> senders = new ArrayList<>();
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            senders.add(() -> {
                for (int r = 0; r < perThread; r++) {
                    UUID run = new UUID(0x0f5e1c3a00004000L, thread * 1_000L + r);
                    outcomes.add(send(event(EventType.START, run, "pipeline_" + thread, r, false)));
                }
                return null;
            });
        }
        runAll(senders);
        assertThat(outcomes).hasSize(threads * perThread).containsOnly(Outcome.CREATED);
        assertThat(allRunGraphs()).isEqualTo(threads * perThread);
        // Each write waits 5 ms (a slow disk); callers that arrive meanwhile join the next write.
        assertThat(store.writes.get()).as("store writes for " + threads * perThread + " events")
                .isLessThan(threads * perThread / 2);
    }

    @Test
    void aBatchWithARefusedEventFallsBackToOneWriteEachAndLaterEventsSeeEarlierOnes() throws Exception {
        UUID first = new UUID(1, 1);
        UUID good = new UUID(1, 2);
        UUID bad = new UUID(1, 3);
        // The writer is held in the write of a first event while three callers queue behind it, in this order.
        CountDownLatch release = new CountDownLatch(1);
        store.gate = release;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Outcome>> answers = new ArrayList<>();
            answers.add(queued(pool, event(EventType.START, first, "eerste", 1, false)));
            store.awaitWriting();
            store.gate = null;
            answers.add(queued(pool, event(EventType.START, good, "goed", 2, false)));
            answers.add(queued(pool, event(EventType.START, bad, "fout", 3, true)));
            answers.add(queued(pool, event(EventType.COMPLETE, good, "goed", 2, false)));
            int before = store.writes.get();
            release.countDown();
            assertThat(answers.get(0).get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.CREATED);
            assertThat(answers.get(1).get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.CREATED);
            assertThat(answers.get(2).get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.REFUSED);
            assertThat(answers.get(3).get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.CREATED);
            assertThat(store.writes.get() - before).as("the refused batch, then one write per event").isEqualTo(1 + 3);
        } finally {
            pool.shutdownNow();
        }
        Node run = IRIS.record(RecordKind.JOB_RUN, runSlug(good));
        assertThat(objects(runGraph(good), run, RUN_STATE)).containsExactly("COMPLETE");
        assertThat(runGraph(bad).isEmpty()).isTrue();
        assertThat(openLineageNames()).noneMatch(name -> name.startsWith(LONG_NAMESPACE));
    }

    @Test
    void aBatchThatConformsIsOneWriteWithARepeatAnsweredAsARepeat() throws Exception {
        UUID first = new UUID(2, 1);
        UUID run = new UUID(2, 2);
        CountDownLatch release = new CountDownLatch(1);
        store.gate = release;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        IntakeResult[] results = new IntakeResult[3];
        try {
            Future<?> held = pool.submit(() -> intake.receive(event(EventType.START, first, "eerste", 1, false)));
            store.awaitWriting();
            store.gate = null;
            List<Future<?>> waiting = new ArrayList<>();
            List<EventType> types = List.of(EventType.START, EventType.START, EventType.COMPLETE);
            for (int i = 0; i < types.size(); i++) {
                int index = i;
                RunEvent event = event(types.get(i), run, "samen", 4, false);
                waiting.add(queuedCall(pool, () -> results[index] = intake.receive(event)));
            }
            int before = store.writes.get();
            release.countDown();
            held.get(30, TimeUnit.SECONDS);
            for (Future<?> f : waiting) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertThat(store.writes.get() - before).as("the three in one write").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(List.of(results)).extracting(IntakeResult::repeat).containsExactly(false, true, false);
        // The COMPLETE found the dataset the START had discovered in the same write: it discovered none itself.
        assertThat(results[0].discoveredDatasets()).isEqualTo(3);
        assertThat(results[2].discoveredDatasets()).isZero();
        assertThat(results[2].newFields()).isPositive();
        Node runNode = IRIS.record(RecordKind.JOB_RUN, runSlug(run));
        assertThat(objects(runGraph(run), runNode, RECEIVED)).containsExactlyInAnyOrder("START", "COMPLETE");
    }

    @Test
    void shutdownWritesWhatIsQueuedAndLaterEventsAreStillWritten() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        store.gate = release;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Outcome> held = queued(pool, event(EventType.START, new UUID(3, 1), "eerste", 1, false));
            store.awaitWriting();
            store.gate = null;
            Future<Outcome> queuedOne = queued(pool, event(EventType.START, new UUID(3, 2), "tweede", 2, false));
            Future<?> closing = pool.submit(() -> {
                intake.destroy();
                return null;
            });
            release.countDown();
            closing.get(30, TimeUnit.SECONDS);
            assertThat(held.get()).isEqualTo(Outcome.CREATED);
            assertThat(queuedOne.get()).as("drained before the writer stopped").isEqualTo(Outcome.CREATED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(send(event(EventType.START, new UUID(3, 3), "laat", 3, false))).isEqualTo(Outcome.CREATED);
        assertThat(allRunGraphs()).isEqualTo(3);
        assertThatThrownBy(() -> intake.receive(event(EventType.START, new UUID(3, 4), "fout", 4, true)))
                .isInstanceOf(WriteRefusedException.class);
    }

    private enum Outcome { CREATED, REPEAT, REFUSED }

    private Outcome send(RunEvent event) {
        try {
            return intake.receive(event).repeat() ? Outcome.REPEAT : Outcome.CREATED;
        } catch (WriteRefusedException e) {
            return Outcome.REFUSED;
        }
    }

    /** Submits the send and returns once its caller is waiting in the queue, so that the queue order is known. */
    private Future<Outcome> queued(ExecutorService pool, RunEvent event) throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        Thread[] caller = new Thread[1];
        Future<Outcome> future = pool.submit(() -> {
            caller[0] = Thread.currentThread();
            started.incrementAndGet();
            return send(event);
        });
        awaitWaiting(started, caller);
        return future;
    }

    private Future<?> queuedCall(ExecutorService pool, Runnable call) throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        Thread[] caller = new Thread[1];
        Future<?> future = pool.submit(() -> {
            caller[0] = Thread.currentThread();
            started.incrementAndGet();
            call.run();
        });
        awaitWaiting(started, caller);
        return future;
    }

    private static void awaitWaiting(AtomicInteger started, Thread[] caller) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (started.get() == 0 || caller[0].getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the caller never got to wait for its answer");
            }
            Thread.sleep(1);
        }
    }

    private static void runAll(List<Callable<Void>> senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        try {
            for (Future<Void> f : pool.invokeAll(senders, 5, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A job reading a table and writing another; the COMPLETE adds a schema and column lineage to the output. */
    private static RunEvent event(EventType type, UUID run, String job, int table, boolean refused) {
        DatasetRef input = refused ? DatasetRef.named(LONG_NAMESPACE, LONG_NAME)
                : DatasetRef.named("mssql://dwh", "dbo.tabel_" + table);
        DatasetRef extra = DatasetRef.named("mssql://dwh", "dbo.tabel_" + (table + 1));
        DatasetRef output = type == EventType.COMPLETE
                ? new DatasetRef("mssql://dwh", "dbo.tabel_" + table + "_out",
                        List.of(new DatasetRef.SchemaField("id", "INTEGER"), new DatasetRef.SchemaField("naam", "VARCHAR")),
                        Map.of("id", List.of(new DatasetRef.InputField("mssql://dwh", "dbo.tabel_" + table, "id"))), null)
                : DatasetRef.named("mssql://dwh", "dbo.tabel_" + table + "_out");
        return new RunEvent(type, type == EventType.START ? T0 : T0.plusMinutes(3), run,
                new RunEvent.JobRef("adf://huizen", job, null), List.of(input, extra), List.of(output),
                "https://example.org/etl");
    }

    private static String runSlug(UUID run) {
        return "r" + run.toString().toLowerCase(Locale.ROOT);
    }

    private Graph runGraph(UUID run) {
        return store.read(reader -> reader.graph(IRIS.graph(RecordKind.JOB_RUN, runSlug(run))));
    }

    private long allRunGraphs() {
        String prefix = IRIS.graph(RecordKind.JOB_RUN, "x").getURI();
        String runGraphs = prefix.substring(0, prefix.length() - 1);
        return graphNames().stream().filter(name -> name.startsWith(runGraphs)).count();
    }

    private List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
            return names;
        });
    }

    private List<String> openLineageNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, OL_NAME, Node.ANY)
                    .forEachRemaining(q -> names.add(q.getObject().getLiteralLexicalForm()));
            return names;
        });
    }

    private static List<String> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    /** The store, counting writes; a write can be held at a gate or slowed like a disk that syncs. */
    private static final class CountingStore extends ForwardingRdfStore {
        final AtomicInteger writes = new AtomicInteger();
        private final CountDownLatch writing = new CountDownLatch(1);
        volatile CountDownLatch gate;
        volatile long delayMillis;

        CountingStore(RdfStore store) {
            super(store);
        }

        void awaitWriting() throws InterruptedException {
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public <T> T write(Function<StoreWriter, T> action) {
            writes.incrementAndGet();
            CountDownLatch held = gate;
            writing.countDown();
            try {
                if (held != null) {
                    held.await(30, TimeUnit.SECONDS);
                }
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return store.write(action);
        }

    }
}
