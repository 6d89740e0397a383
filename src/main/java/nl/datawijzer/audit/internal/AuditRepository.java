package nl.datawijzer.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datawijzer.audit.AuditEntry;
import nl.datawijzer.audit.AuditFilter;
import nl.datawijzer.audit.AuditPage;
import nl.datawijzer.audit.AuditedRecord;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.stereotype.Repository;

/** Reads audit entries from the store's audit graph. */
@Repository
public class AuditRepository {

    private static final String Q = "nl/datawijzer/audit/internal/";

    private final RdfStore store;
    private final Iris iris;

    AuditRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * The newest entries, found by revision: entry {@code n} is the write that made revision {@code n}, so a page is a
     * window of revisions and costs only its own entries. Revisions from before the trail existed have no entry.
     */
    public AuditPage newest(int offset, int limit) {
        long revision = store.revision();
        long top = revision - offset;
        List<Node> window = new ArrayList<>();
        for (long r = top; r > Math.max(0, top - limit); r--) {
            window.add(iris.auditEntry(r));
        }
        return new AuditPage(window.isEmpty() ? List.of() : entries(window), revision);
    }

    public AuditPage matching(AuditFilter filter, int offset, int limit) {
        var query = Sparql.query(Q + "matching.rq")
                .bind("actorText", NodeFactory.createLiteralString(filter.actor().toLowerCase(Locale.ROOT)))
                .bind("recordText", NodeFactory.createLiteralString(filter.record().toLowerCase(Locale.ROOT)));
        return store.read(reader -> {
            long total = Long.parseLong(new Row(reader.select(query.count()).getFirst()).text("count"));
            List<Node> found = reader.select(query.page(offset, limit)).stream()
                    .map(b -> new Row(b).node("entry")).toList();
            return new AuditPage(found.isEmpty() ? List.of() : entriesIn(reader, found), total);
        });
    }

    private List<AuditEntry> entries(List<Node> entries) {
        return store.read(reader -> entriesIn(reader, entries));
    }

    private List<AuditEntry> entriesIn(nl.datawijzer.rdf.StoreReader reader, List<Node> entries) {
        Map<Node, Building> byEntry = new LinkedHashMap<>();
        for (Binding binding : reader.select(Sparql.query(Q + "entries.rq").values("entry", entries))) {
            Row row = new Row(binding);
            Building entry = byEntry.computeIfAbsent(row.node("entry"), e -> new Building(
                    Long.parseLong(row.text("revision")), Instant.parse(row.text("at")), row.text("actor")));
            Node graph = row.node("graph");
            if (graph != null) {
                iris.recordOfGraph(graph).ifPresent(r -> entry.records.add(new AuditedRecord(r.kind().path(), r.slug())));
            }
        }
        return byEntry.values().stream().map(Building::entry)
                .sorted(Comparator.comparingLong(AuditEntry::revision).reversed()).toList();
    }

    private static final class Building {
        final long revision;
        final Instant at;
        final String actor;
        final List<AuditedRecord> records = new ArrayList<>();

        Building(long revision, Instant at, String actor) {
            this.revision = revision;
            this.at = at;
            this.actor = actor;
        }

        AuditEntry entry() {
            return new AuditEntry(revision, at, actor,
                    records.stream().distinct().sorted(Comparator.comparing(AuditedRecord::toString)).toList());
        }
    }
}
