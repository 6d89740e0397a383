package nl.datawijzer.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.privacy.ApprovalEvent;
import nl.datawijzer.privacy.ApprovalRequest;
import nl.datawijzer.privacy.DerivationApproval;
import nl.datawijzer.privacy.FieldRef;
import nl.datawijzer.privacy.StepKind;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Field lineage as the privacy walk needs it (fields with their classification and their lineage links, each marked
 * approved or not), and the privacy officer's approvals of derivation steps: one graph per approved link, removed
 * when withdrawn, and an append-only history of both.
 */
@Repository
public class LineageRepository {

    private static final String DIR = "nl/datawijzer/privacy/internal/";
    /** Fields per query: VALUES blocks of this size stay fast and far below any query-size limit. */
    static final int BATCH = 400;

    private static final Node PROV_WAS_DERIVED_FROM = Terms.uri(Terms.PROV + "wasDerivedFrom");
    private static final Node DW_DERIVATION_APPROVAL = Terms.uri(Terms.DW + "DerivationApproval");
    private static final Node DW_DERIVATION_DECISION = Terms.uri(Terms.DW + "DerivationDecision");
    private static final Node DW_DERIVED_FIELD = Terms.uri(Terms.DW + "derivedField");
    private static final Node DW_SOURCE_FIELD = Terms.uri(Terms.DW + "sourceField");
    private static final Node DW_STEP_KIND = Terms.uri(Terms.DW + "stepKind");
    private static final Node DW_APPROVAL_GRANTED = Terms.uri(Terms.DW + "approvalGranted");

    /** One lineage link seen from a field: the field at its other end, and whether the FG approved the step. */
    public record Link(FieldId other, boolean approved) {
    }

    /**
     * A field as the walk sees it: how people name it, its own classification, and its links in the direction of
     * the walk (to its sources upstream, to the fields derived from it downstream).
     */
    public record FieldNode(FieldRef field, boolean personal, List<String> categoryIris, int confidentialityRank,
            List<Link> links) {

        public FieldNode {
            categoryIris = List.copyOf(categoryIris);
            links = List.copyOf(links);
        }

        public FieldId id() {
            return field.id();
        }
    }

    /** A direct source of a field, with the FG's approval of that step when there is one. */
    public record Source(FieldId source, @Nullable DerivationApproval approval) {
    }

    /** Lineage reads inside one read transaction, so a whole walk sees one consistent catalog. */
    public interface LineageReader {

        /** The given fields with their upstream links (fields not in the catalog are left out). */
        Map<FieldId, FieldNode> upstream(Collection<FieldId> fields);

        Map<FieldId, FieldNode> upstreamOfDataset(DatasetId dataset);

        Map<FieldId, FieldNode> upstreamOfSystem(SystemId system);

        /** Every field of the catalog: one query, after which a walk over any part of it needs no other. */
        Map<FieldId, FieldNode> upstreamOfAll();

        /** The given fields with their downstream links. */
        Map<FieldId, FieldNode> downstream(Collection<FieldId> fields);

        List<Source> sources(FieldId derived);
    }

    private final RdfStore store;
    private final Iris iris;

    LineageRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public <T> T read(Function<LineageReader, T> work) {
        return store.read(reader -> work.apply(new Reader(reader)));
    }

    /**
     * Records the approval of one existing derivation link, with its history entry, in one write. Refused when either
     * field is missing, when the derived field is not derived from the source, or when the step is approved already.
     */
    public void approve(ApprovalRequest request, String decidedBy) {
        FieldId derivedId = request.derivedField();
        FieldId sourceId = request.sourceField();
        Node derived = field(derivedId);
        Node source = field(sourceId);
        store.write(writer -> {
            Graph derivedGraph = writer.graph(iris.graph(RecordKind.DATASET, derivedId.dataset().slug()));
            if (!derivedGraph.contains(derived, Terms.RDF_TYPE, Terms.DW_FIELD)) {
                throw new RecordNotFoundException("Veld", derivedId);
            }
            if (!writer.graph(iris.graph(RecordKind.DATASET, sourceId.dataset().slug()))
                    .contains(source, Terms.RDF_TYPE, Terms.DW_FIELD)) {
                throw new RecordNotFoundException("Veld", sourceId);
            }
            if (!derivedGraph.contains(derived, PROV_WAS_DERIVED_FROM, source)) {
                throw WriteRefusedException.of(PROV_WAS_DERIVED_FROM.getURI(),
                        "Veld '" + derivedId + "' is niet afgeleid van '" + sourceId
                                + "': alleen een bestaande afleiding kan worden goedgekeurd.",
                        "Field '" + derivedId + "' is not derived from '" + sourceId
                                + "': only an existing derivation can be approved.");
            }
            String slug = approvalSlug(derivedId, sourceId);
            Node graphName = iris.graph(RecordKind.DERIVATION_APPROVAL, slug);
            if (writer.containsGraph(graphName)) {
                throw WriteRefusedException.of(DW_STEP_KIND.getURI(),
                        "Deze stap is al goedgekeurd. Trek de goedkeuring eerst in als u haar wilt wijzigen.",
                        "This step is approved already. Withdraw the approval first if you want to change it.");
            }
            Node at = Literals.nowPrecise();
            Node kind = NodeFactory.createURI(request.stepKind().iri());
            Node approval = iris.record(RecordKind.DERIVATION_APPROVAL, slug);
            Graph graph = GraphFactory.createDefaultGraph();
            graph.add(approval, Terms.RDF_TYPE, DW_DERIVATION_APPROVAL);
            describe(graph, approval, derived, source, kind, decidedBy, at, request.rationale());
            writer.replaceGraph(graphName, graph);
            writeHistory(writer, derived, source, true, kind, decidedBy, at, request.rationale());
            return null;
        });
    }

    /**
     * Removes the approval of one derivation link and records the withdrawal in the history. Works also when the
     * fields were deleted since, so a stale approval can be cleared.
     */
    public void withdraw(FieldId derivedId, FieldId sourceId, String rationale, String decidedBy) {
        Node graphName = iris.graph(RecordKind.DERIVATION_APPROVAL, approvalSlug(derivedId, sourceId));
        store.write(writer -> {
            if (!writer.containsGraph(graphName)) {
                throw WriteRefusedException.of(DW_STEP_KIND.getURI(),
                        "Deze stap is niet goedgekeurd: er is geen goedkeuring om in te trekken.",
                        "This step is not approved: there is no approval to withdraw.");
            }
            Node kind = writer.graph(graphName).find(Node.ANY, DW_STEP_KIND, Node.ANY).nextOptional()
                    .map(Triple::getObject).orElse(null);
            writer.removeGraph(graphName);
            writeHistory(writer, field(derivedId), field(sourceId), false, kind, decidedBy, Literals.nowPrecise(),
                    rationale);
            return null;
        });
    }

    private void writeHistory(StoreWriter writer, Node derived, Node source, boolean granted, @Nullable Node kind,
            String decidedBy, Node at, String rationale) {
        String slug = "d" + UUID.randomUUID();
        Node decision = iris.record(RecordKind.DERIVATION_DECISION, slug);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(decision, Terms.RDF_TYPE, DW_DERIVATION_DECISION);
        graph.add(decision, DW_APPROVAL_GRANTED, Literals.bool(granted));
        describe(graph, decision, derived, source, kind, decidedBy, at, rationale);
        writer.replaceGraph(iris.graph(RecordKind.DERIVATION_DECISION, slug), graph);
    }

    private static void describe(Graph graph, Node subject, Node derived, Node source, @Nullable Node kind,
            String decidedBy, Node at, String rationale) {
        graph.add(subject, DW_DERIVED_FIELD, derived);
        graph.add(subject, DW_SOURCE_FIELD, source);
        if (kind != null) {
            graph.add(subject, DW_STEP_KIND, kind);
        }
        graph.add(subject, Terms.DW_DECIDED_BY, Literals.plain(decidedBy));
        graph.add(subject, Terms.PROV_ENDED_AT_TIME, at);
        graph.add(subject, Terms.DW_RATIONALE, Literals.dutch(rationale));
    }

    public List<ApprovalEvent> history(FieldId derived) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "derivation-history.rq")
                .bind("field", field(derived)))).stream()
                .<ApprovalEvent>mapMulti((row, out) -> iris.fieldSlugs(row.iri("source")).ifPresent(slugs -> {
                    FieldId source = new FieldId(new DatasetId(slugs[0]), slugs[1]);
                    out.accept(new ApprovalEvent(
                            iris.slugOf(RecordKind.DERIVATION_DECISION, row.iri("decision")).orElse(row.iri("decision")),
                            Objects.requireNonNull(row.instant("at")), row.text("decidedBy"), row.bool("granted"),
                            row.node("kind") == null ? null : StepKind.ofIri(row.iri("kind")),
                            new FieldRef(source, Objects.requireNonNullElse(row.optionalText("sourceTitle"), slugs[1]),
                                    Objects.requireNonNullElse(row.optionalText("datasetTitle"), slugs[0])),
                            row.text("rationale")));
                }))
                .toList());
    }

    /**
     * The slug of the approval graph of one link: the same for the same two fields under any base IRI (the seed
     * writes it with relative IRIs), so a link has at most one approval.
     */
    public static String approvalSlug(FieldId derived, FieldId source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((derived + ">" + source).getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(hash).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private Node field(FieldId id) {
        return iris.field(id.dataset().slug(), id.slug());
    }

    private @Nullable FieldId fieldId(String iri) {
        return iris.fieldSlugs(iri).map(s -> new FieldId(new DatasetId(s[0]), s[1])).orElse(null);
    }

    private final class Reader implements LineageReader {
        private final StoreReader reader;

        Reader(StoreReader reader) {
            this.reader = reader;
        }

        @Override
        public Map<FieldId, FieldNode> upstream(Collection<FieldId> fields) {
            return batched("lineage-upstream.rq", fields);
        }

        @Override
        public Map<FieldId, FieldNode> downstream(Collection<FieldId> fields) {
            return batched("lineage-downstream.rq", fields);
        }

        @Override
        public Map<FieldId, FieldNode> upstreamOfDataset(DatasetId dataset) {
            return nodes(Sparql.query(DIR + "lineage-upstream.rq")
                    .values("dataset", List.of(iris.record(RecordKind.DATASET, dataset.slug()))));
        }

        @Override
        public Map<FieldId, FieldNode> upstreamOfSystem(SystemId system) {
            return nodes(Sparql.query(DIR + "lineage-upstream.rq")
                    .values("system", List.of(iris.record(RecordKind.SYSTEM, system.slug()))));
        }

        @Override
        public Map<FieldId, FieldNode> upstreamOfAll() {
            return nodes(Sparql.query(DIR + "lineage-upstream.rq"));
        }

        @Override
        public List<Source> sources(FieldId derived) {
            List<Source> sources = new ArrayList<>();
            for (Row row : Row.of(reader.select(Sparql.query(DIR + "field-sources.rq").bind("field", field(derived))))) {
                FieldId source = fieldId(row.iri("source"));
                if (source == null) {
                    continue;
                }
                DerivationApproval approval = row.node("kind") == null ? null : new DerivationApproval(derived, source,
                        StepKind.ofIri(row.iri("kind")), row.text("decidedBy"), Objects.requireNonNull(row.instant("at")),
                        row.text("rationale"));
                sources.add(new Source(source, approval));
            }
            return sources;
        }

        private Map<FieldId, FieldNode> batched(String query, Collection<FieldId> fields) {
            List<Node> iris = fields.stream().map(LineageRepository.this::field).distinct().toList();
            Map<FieldId, FieldNode> nodes = new LinkedHashMap<>();
            for (int from = 0; from < iris.size(); from += BATCH) {
                nodes.putAll(nodes(Sparql.query(DIR + query)
                        .values("field", iris.subList(from, Math.min(iris.size(), from + BATCH)))));
            }
            return nodes;
        }

        /** Rows are one per field and link; a field's links are gathered into one node. */
        private Map<FieldId, FieldNode> nodes(PreparedQuery query) {
            Map<FieldId, FieldNode> nodes = new LinkedHashMap<>();
            Map<FieldId, List<Link>> links = new LinkedHashMap<>();
            for (Row row : Row.of(reader.select(query))) {
                FieldId id = fieldId(row.iri("field"));
                if (id == null) {
                    continue;
                }
                nodes.computeIfAbsent(id, k -> new FieldNode(new FieldRef(id, row.text("title"), row.text("datasetTitle")),
                        row.bool("personal"), row.list("categories", "|"), row.integer("rank"), List.of()));
                List<Link> own = links.computeIfAbsent(id, k -> new ArrayList<>());
                FieldId other = row.node("link") == null ? null : fieldId(row.iri("link"));
                if (other != null && own.stream().noneMatch(l -> l.other().equals(other))) {
                    own.add(new Link(other, row.bool("approved")));
                }
            }
            Map<FieldId, FieldNode> result = new LinkedHashMap<>();
            nodes.forEach((id, node) -> result.put(id, new FieldNode(node.field(), node.personal(), node.categoryIris(),
                    node.confidentialityRank(), links.get(id))));
            return result;
        }
    }
}
