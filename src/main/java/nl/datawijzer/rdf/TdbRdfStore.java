package nl.datawijzer.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * {@link RdfStore} on an embedded TDB2 dataset (or an in-memory transactional one in tests). Catalog data
 * lives in named graphs only; SPARQL reads run over their union.
 */
public final class TdbRdfStore implements RdfStore, AutoCloseable {

    private static final Node REVISION = AuditTrail.REVISION;

    private final Dataset dataset;
    private final ShapeValidator validator;
    private final Iris iris;
    private final long queryTimeoutMillis;
    private final WriteAuthor author;
    private final AuditTrail audit;

    public TdbRdfStore(Dataset dataset, ShapeValidator validator, Iris iris, long queryTimeoutMillis) {
        this(dataset, validator, iris, queryTimeoutMillis, WriteAuthor.system());
    }

    public TdbRdfStore(Dataset dataset, ShapeValidator validator, Iris iris, long queryTimeoutMillis,
            WriteAuthor author) {
        this.dataset = dataset;
        this.validator = validator;
        this.iris = iris;
        this.queryTimeoutMillis = queryTimeoutMillis;
        this.author = author;
        this.audit = new AuditTrail(iris);
    }

    @Override
    public <T> T read(Function<StoreReader, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(new Reader(dataset.asDatasetGraph())));
    }

    @Override
    public <T> T write(Function<StoreWriter, T> action) {
        dataset.begin(TxnType.WRITE);
        try {
            Writer writer = new Writer(dataset.asDatasetGraph());
            T result = action.apply(writer);
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            List<WriteRefusedException.Violation> violations = validator.validate(union, writer.focusNodes(union));
            if (!violations.isEmpty()) {
                dataset.abort();
                throw new WriteRefusedException(violations);
            }
            if (writer.changedRecords()) {
                long revision = bumpRevision(dataset.asDatasetGraph());
                // The audit entry commits with the write or not at all: no write without its trail.
                audit.entry(revision, java.util.UUID.randomUUID().toString(), AuditTrail.actorName(author),
                        java.time.Instant.now(), writer.changedRecordGraphs())
                        .forEach(t -> dataset.asDatasetGraph().add(iris.auditGraph(), t.getSubject(),
                                t.getPredicate(), t.getObject()));
            }
            dataset.commit();
            return result;
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
    }

    @Override
    public List<WriteRefusedException.Violation> trial(java.util.function.Consumer<StoreWriter> action) {
        dataset.begin(TxnType.WRITE);
        try {
            Writer writer = new Writer(dataset.asDatasetGraph());
            action.accept(writer);
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            return validator.validate(union, writer.focusNodes(union));
        } finally {
            dataset.abort();
            dataset.end();
        }
    }

    /** The raw dataset in a read transaction, for {@link PublicRdfStore#queryGraph}; nothing may escape it. */
    <T> T readDatasetGraph(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset.asDatasetGraph()));
    }

    @Override
    public long revision() {
        return Txn.calculateRead(dataset, () -> currentRevision(dataset.asDatasetGraph()));
    }

    private long currentRevision(DatasetGraph dsg) {
        var found = dsg.find(iris.metaGraph(), iris.metaGraph(), REVISION, Node.ANY);
        return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : 0L;
    }

    private long bumpRevision(DatasetGraph dsg) {
        long next = currentRevision(dsg) + 1;
        setRevision(dsg, next);
        return next;
    }

    private void setRevision(DatasetGraph dsg, long next) {
        dsg.deleteAny(iris.metaGraph(), iris.metaGraph(), REVISION, Node.ANY);
        dsg.add(iris.metaGraph(), iris.metaGraph(), REVISION, AuditTrail.revisionLiteral(next));
    }

    @Override
    public BackupSummary backup(java.io.OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            BackupFile.Writer backup = BackupFile.open(out, currentRevision(dsg), java.time.Instant.now(), iris.base());
            org.apache.jena.riot.system.StreamRDF stream = backup.stream();
            dsg.getDefaultGraph().find().forEachRemaining(t -> stream.quad(Quad.create(Quad.defaultGraphIRI, t)));
            // Graph names first (thousands, not millions), then each graph's quads straight from the indexes.
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            for (Node name : names) {
                dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
            }
            return backup.finish();
        });
    }

    @Override
    public BackupSummary restore(java.nio.file.Path backup) {
        BackupSummary checked = BackupFile.check(backup);
        dataset.begin(TxnType.WRITE);
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long before = currentRevision(dsg);
            dsg.clear();
            BackupSummary loaded = BackupFile.read(backup, org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
            if (!loaded.equals(checked)) {
                throw new BackupRefusedException("het bestand is veranderd tijdens het terugzetten");
            }
            // Above both the backup's revision and the replaced store's: derived data never mistakes the restored store
            // for one it saw, and the restore has its own entry in the trail (nodes that follow the store rebuild).
            long next = Math.max(before, currentRevision(dsg)) + 1;
            setRevision(dsg, next);
            audit.restoreEntry(next, AuditTrail.actorName(author), java.time.Instant.now(), loaded)
                    .forEach(t -> dsg.add(iris.auditGraph(), t.getSubject(), t.getPredicate(), t.getObject()));
            dataset.commit();
            return loaded;
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
    }

    @Override
    public boolean isEmptyCatalog() {
        return Txn.calculateRead(dataset, () -> {
            String prefix = iris.recordGraphPrefix();
            String vocabularies = iris.vocabularyGraph().getURI();
            Iterator<Node> names = dataset.asDatasetGraph().listGraphNodes();
            while (names.hasNext()) {
                Node graphName = names.next();
                String name = graphName.getURI();
                if (name != null && name.startsWith(prefix) && !name.equals(vocabularies)
                        && !iris.isBookkeeping(graphName)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }

    private class Reader implements StoreReader {
        final DatasetGraph dsg;

        Reader(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        public List<Binding> select(PreparedQuery query) {
            try (QueryExec exec = exec(query)) {
                RowSet rows = exec.select();
                List<Binding> result = new ArrayList<>();
                rows.forEachRemaining(result::add);
                return result;
            }
        }

        @Override
        public boolean ask(PreparedQuery query) {
            try (QueryExec exec = exec(query)) {
                return exec.ask();
            }
        }

        private QueryExec exec(PreparedQuery query) {
            // Union of the named graphs as the default graph: queries need no GRAPH clauses.
            return QueryExec.dataset(dsg)
                    .query(query.query())
                    .substitution(query.substitution())
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(queryTimeoutMillis, TimeUnit.MILLISECONDS)
                    .build();
        }

        @Override
        public Graph graph(Node graphName) {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(graphName).find().forEachRemaining(copy::add);
            return copy;
        }

        @Override
        public boolean containsGraph(Node graphName) {
            return dsg.containsGraph(graphName);
        }

        @Override
        public void forEachTriple(Node graphName, Node subject, java.util.function.Consumer<Triple> action) {
            dsg.find(graphName, subject, Node.ANY, Node.ANY).forEachRemaining(q -> action.accept(q.asTriple()));
        }
    }

    private final class Writer extends Reader implements StoreWriter {
        private final Set<Node> touched = new HashSet<>();
        private final Set<Node> graphs = new HashSet<>();

        Writer(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void replaceGraph(Node graphName, Graph content) {
            refuseChangingHistory(graphName);
            removeGraph(graphName);
            graphs.add(graphName);
            Graph target = dsg.getGraph(graphName);
            content.find().forEachRemaining(t -> {
                target.add(t);
                touched.add(t.getSubject());
            });
        }

        @Override
        public void changeGraph(Node graphName, java.util.function.Consumer<Graph> change) {
            refuseChangingHistory(graphName);
            graphs.add(graphName);
            ChangeRecorder recorder = new ChangeRecorder(dsg.getGraph(graphName));
            change.accept(recorder);
            recorder.changedSubjects().forEach(touched::add);
        }

        @Override
        public void removeGraph(Node graphName) {
            refuseChangingHistory(graphName);
            graphs.add(graphName);
            if (dsg.containsGraph(graphName)) {
                dsg.getGraph(graphName).find().forEachRemaining(t -> touched.add(t.getSubject()));
                dsg.removeGraph(graphName);
            }
        }

        /** History (append-only records) is written once; here, below every service, it cannot be rewritten. */
        private void refuseChangingHistory(Node graphName) {
            if (iris.isBookkeeping(graphName)) {
                throw new IllegalArgumentException("Only the store itself writes " + graphName.getURI());
            }
            if (iris.isAppendOnly(graphName) && dsg.containsGraph(graphName)) {
                throw WriteRefusedException.historyIsFixed(graphName.getURI());
            }
        }

        /** Whether a record graph (anything but the reference data) was written. */
        boolean changedRecords() {
            return graphs.stream().anyMatch(g -> !g.equals(iris.vocabularyGraph()));
        }

        /** The record graphs this write touched, in a stable order for the audit trail. */
        java.util.List<Node> changedRecordGraphs() {
            return graphs.stream().filter(g -> !g.equals(iris.vocabularyGraph()))
                    .sorted(java.util.Comparator.comparing(Node::getURI)).toList();
        }

        /** What to validate: every touched subject, and every subject that links to one. */
        Set<Node> focusNodes(Graph union) {
            Set<Node> focus = new HashSet<>(touched);
            for (Node node : touched) {
                if (node.isURI()) {
                    union.find(Node.ANY, Node.ANY, node).mapWith(Triple::getSubject).forEachRemaining(focus::add);
                }
            }
            return focus;
        }
    }
}
