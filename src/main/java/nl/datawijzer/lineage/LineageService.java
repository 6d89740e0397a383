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

    @EventListener
    void on(CatalogChangedEvent event) {
        snapshots.stale();
    }

    @EventListener
    void on(NeedChangedEvent event) {
        snapshots.stale();
    }

    @EventListener
    void on(SeedLoadedEvent event) {
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
