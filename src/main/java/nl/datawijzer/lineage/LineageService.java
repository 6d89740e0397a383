package nl.datawijzer.lineage;

import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.SeedLoadedEvent;
import nl.datawijzer.lineage.internal.GraphData;
import nl.datawijzer.lineage.internal.GraphReader;
import nl.datawijzer.needs.NeedChangedEvent;
import nl.datawijzer.rdf.RdfStore;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads the lineage graph: the neighbourhood of a record for the picture, and impact analysis. */
@Service
public class LineageService {

    /** Depth meaning "follow the lineage to its ends". */
    public static final int UNLIMITED = LineageGraph.UNLIMITED;

    private final Snapshots snapshots;

    LineageService(GraphReader reader, RdfStore store) {
        this.snapshots = new Snapshots(reader, store);
    }

    /**
     * The lineage around {@code focus} (a node id, see {@link LineageNode#id}) up to {@code depth} steps each way the
     * direction allows; with {@code fields} false only datasets, jobs, KPIs and needs (dataset level), with true also
     * the fields of the datasets shown and field-to-field derivations.
     *
     * @throws UnknownLineageNodeException when {@code focus} is not a node of the graph
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public LineageView around(String focus, Direction direction, int depth, boolean fields) {
        return snapshots.current().around(focus, direction, depth, fields);
    }

    /**
     * Impact analysis: everything downstream of {@code node} (what a change to it touches: datasets, fields, jobs, KPIs,
     * dashboards, information needs) and everything upstream (what it is made from), each within {@code depth} edges
     * ({@link #UNLIMITED} for all). At field level ({@code fields} true) column lineage is followed where it is recorded,
     * and a dataset's own fields are the first step from it; at dataset level field links count for their datasets.
     *
     * @throws UnknownLineageNodeException when {@code node} is not a node of the graph
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Impact impact(String node, int depth, boolean fields) {
        LineageGraph graph = snapshots.current();
        return new Impact(graph.require(node), fields, depth, closure(graph, node, Direction.DOWNSTREAM, depth, fields),
                closure(graph, node, Direction.UPSTREAM, depth, fields));
    }

    /** {@link #impact} as CSV for Dutch Excel (UTF-8 with BOM, ';'), downstream then upstream, nearest first. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public byte[] impactCsv(String node, int depth, boolean fields) {
        return ImpactCsv.of(impact(node, depth, fields));
    }

    /** One side of {@link #impact}. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Closure closure(String node, Direction direction, int depth, boolean fields) {
        return closure(snapshots.current(), node, direction, depth, fields);
    }

    /** Every dataset of the lineage graph, by label: the choices for a new link. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public java.util.List<LineageNode> datasets() {
        return snapshots.current().datasets();
    }

    /** The fields of a dataset (a node id such as {@code dataset/wmo-meldingen}). */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public java.util.List<LineageNode> fieldsOf(String dataset) {
        return snapshots.current().fieldsOf(dataset);
    }

    /** The recorded derivations into a dataset and its fields, as stewards edit them. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public java.util.List<LineageEdge> derivationsInto(String dataset) {
        return snapshots.current().derivationsInto(dataset);
    }

    /** The node with this id, if it is in the lineage graph. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public java.util.Optional<LineageNode> node(String id) {
        return java.util.Optional.ofNullable(snapshots.current().node(id));
    }

    static Closure closure(LineageGraph graph, String node, Direction direction, int depth, boolean fields) {
        LineageGraph.Walk walk = graph.walk(node, direction, depth, fields);
        java.util.List<ImpactEntry> entries = new java.util.ArrayList<>(walk.count());
        for (int i = 0; i < walk.count(); i++) {
            LineageNode reached = walk.node(i);
            if (!reached.id().equals(node)) {
                entries.add(new ImpactEntry(reached, walk.distance(i), walk.via(i),
                        reached.kind() == NodeKind.KPI ? graph.norm(reached.id()) : null, walk.dashboard(i)));
            }
        }
        return new Closure(graph.require(node), direction, fields, entries, walk.truncated());
    }

    @EventListener
    public void on(CatalogChangedEvent event) {
        snapshots.stale();
    }

    @EventListener
    public void on(NeedChangedEvent event) {
        snapshots.stale();
    }

    @EventListener
    public void on(SeedLoadedEvent event) {
        snapshots.stale();
    }

    @EventListener
    public void on(nl.datawijzer.rdf.StoreRestoredEvent event) {
        snapshots.stale();
    }

    LineageGraph graph() {
        return snapshots.current();
    }

    /**
     * Holds the current snapshot. Built on first use and again on the first use after a change; readers keep the
     * snapshot they got while a new one is built, and the new one replaces it in one step. Besides the events, the
     * store's revision is compared, so a write that publishes no event (another feature's) is not missed either.
     */
    static final class Snapshots {
        private final GraphReader reader;
        private final RdfStore store;
        private volatile LineageGraph graph;
        private volatile boolean stale = true;

        Snapshots(GraphReader reader, RdfStore store) {
            this.reader = reader;
            this.store = store;
        }

        void stale() {
            stale = true;
        }

        LineageGraph current() {
            LineageGraph now = graph;
            if (now != null && !stale && now.revision() == store.revision()) {
                return now;
            }
            synchronized (this) {
                now = graph;
                if (now == null || stale || now.revision() != store.revision()) {
                    stale = false;
                    GraphData data = reader.read();
                    now = new LineageGraph(data.revision(), data.nodes(), data.edges(), data.kpiNorms());
                    graph = now;
                }
                return now;
            }
        }
    }
}
