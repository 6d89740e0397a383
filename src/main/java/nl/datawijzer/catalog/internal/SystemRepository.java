package nl.datawijzer.catalog.internal;

import nl.datawijzer.rdf.vocab.Literals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.SystemDetail;
import nl.datawijzer.catalog.SystemDraft;
import nl.datawijzer.catalog.SystemFilter;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.SystemSummary;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Repository;

/** Systems as RDF: one graph per system. */
@Repository
public class SystemRepository {

    static final Map<String, String> SORT_KEYS = Map.of("title", "sortTitle", "datasets", "datasetCount");

    private final RdfStore store;
    private final Iris iris;
    private final ValueListCache values;
    private final References references;

    SystemRepository(RdfStore store, Iris iris, ValueListCache values, References references) {
        this.store = store;
        this.iris = iris;
        this.values = values;
        this.references = references;
    }

    public Page<SystemSummary> list(SystemFilter filter, PageRequest page) {
        return store.read(reader -> {
            PreparedQuery query = filtered(filter);
            long total = Row.of(reader.select(query.count())).getFirst().integer("count");
            List<SystemSummary> items = Row.of(reader.select(Sorting.apply(filtered(filter), page, SORT_KEYS))).stream()
                    .map(this::summary).toList();
            return new Page<>(items, total);
        });
    }

    private PreparedQuery filtered(SystemFilter filter) {
        return Sparql.query(Queries.SYSTEMS)
                .bind("q", Literals.text(filter.text()))
                .bind("kindFilter", filter.kindIri().isEmpty() ? Literals.text("") : Literals.iri(filter.kindIri(), "Soort"));
    }

    private SystemSummary summary(Row row) {
        String iri = row.iri("system");
        return new SystemSummary(new SystemId(iris.slugOf(RecordKind.SYSTEM, iri).orElseThrow()), row.text("title"),
                values.label(row.iri("kind")), new Label(row.iri("owner"), row.text("ownerName")),
                row.integer("datasetCount"), row.bool("external"));
    }

    public Optional<SystemDetail> find(SystemId id) {
        return store.read(reader -> find(reader, id));
    }

    Optional<SystemDetail> find(StoreReader reader, SystemId id) {
        Node system = iris.record(RecordKind.SYSTEM, id.slug());
        return Row.of(reader.select(Sparql.query(Queries.SYSTEM).bind("system", system))).stream().findFirst()
                .map(row -> new SystemDetail(id, row.text("title"), row.text("description"),
                        values.label(row.iri("kind")),
                        new Label(row.iri("owner"), row.text("ownerName")),
                        new Label(row.iri("steward"), row.text("stewardName")),
                        row.optionalText("vendor"), row.optionalText("hostedBy"),
                        optionalLabel(row, "availability"), optionalLabel(row, "integrity"),
                        optionalLabel(row, "confidentiality"), row.bool("external"), row.instant("modified")));
    }

    private Label optionalLabel(Row row, String var) {
        String iri = row.iri(var);
        return iri.isEmpty() ? null : values.label(iri);
    }

    /** Creates ({@code isNew}) or updates a system; properties the form does not cover are kept. */
    public void save(SystemDraft draft, boolean isNew) {
        SystemId id = new SystemId(draft.slug());
        Node system = iris.record(RecordKind.SYSTEM, id.slug());
        Node graphName = iris.graph(RecordKind.SYSTEM, id.slug());
        store.write(writer -> {
            Graph graph = RecordGraphs.open(writer, graphName, isNew, "systeem", "system", id.slug());
            List.of(Terms.DCT_TITLE, Terms.DCT_DESCRIPTION, Terms.DW_SYSTEM_KIND, Terms.DW_OWNER, Terms.DW_STEWARD,
                    Terms.DW_VENDOR, Terms.DW_HOSTED_BY, Terms.DW_EXTERNAL, Terms.DCT_MODIFIED)
                    .forEach(p -> graph.remove(system, p, Node.ANY));
            graph.add(Triple.create(system, Terms.RDF_TYPE, Terms.DW_SYSTEM));
            graph.add(Triple.create(system, Terms.DCT_TITLE, Literals.dutch(draft.title())));
            graph.add(Triple.create(system, Terms.DCT_DESCRIPTION, Literals.dutch(draft.description())));
            graph.add(Triple.create(system, Terms.DW_SYSTEM_KIND, Literals.iri(draft.kindIri(), "Soort systeem")));
            graph.add(Triple.create(system, Terms.DW_OWNER, iris.record(RecordKind.AGENT, draft.owner().slug())));
            graph.add(Triple.create(system, Terms.DW_STEWARD, iris.record(RecordKind.AGENT, draft.steward().slug())));
            if (draft.vendor() != null && !draft.vendor().isBlank()) {
                graph.add(Triple.create(system, Terms.DW_VENDOR, Literals.plain(draft.vendor())));
            }
            if (draft.hostedBy() != null && !draft.hostedBy().isBlank()) {
                graph.add(Triple.create(system, Terms.DW_HOSTED_BY, Literals.plain(draft.hostedBy())));
            }
            graph.add(Triple.create(system, Terms.DW_EXTERNAL, Literals.bool(draft.external())));
            graph.add(Triple.create(system, Terms.DCT_MODIFIED, Literals.now()));
            if (isNew) {
                graph.add(Triple.create(system, Terms.DCT_CREATED, Literals.now()));
            }
            writer.replaceGraph(graphName, graph);
            return null;
        });
    }

    /** Deletes a system; refused while datasets or jobs still refer to it. */
    public void delete(SystemId id) {
        Node system = iris.record(RecordKind.SYSTEM, id.slug());
        Node graphName = iris.graph(RecordKind.SYSTEM, id.slug());
        store.write(writer -> {
            references.deleteRecord(writer, system, graphName, "systeem", id.slug(),
                    "Het systeem kan niet worden verwijderd: het bevat nog datasets of wordt nog gebruikt door: ",
                    "The system cannot be deleted: it still holds datasets or is used by: ");
            return null;
        });
    }
}
