package nl.datawijzer.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The entry a store adds to {@link Iris#auditGraph()} inside every write that changed records. Its IRI carries the
 * revision the write produced, so "what changed since revision n" is a lookup of the entries n+1 .. now, and the
 * write id tells a node whether a write whose answer it never received was committed.
 */
final class AuditTrail {

    static final String DW = "https://w3id.org/datawijzer/def#";
    static final Node ENTRY = uri("AuditEntry");
    static final Node REVISION = uri("revision");
    static final Node ACTOR = uri("actor");
    static final Node AT = uri("committedAt");
    static final Node NODE = uri("writtenByNode");
    static final Node WRITE_ID = uri("writeId");
    static final Node CHANGED_GRAPH = uri("changedGraph");
    /** Marks the entry of a restore: the whole store was replaced, so nodes following it rebuild everything. */
    static final Node RESTORED_FROM = uri("restoredFrom");

    private final Iris iris;
    /** Identifies this store connection among the nodes sharing one store, so a node can skip its own writes. */
    private final String node = UUID.randomUUID().toString();

    AuditTrail(Iris iris) {
        this.iris = iris;
    }

    String node() {
        return node;
    }

    List<Triple> entry(long revision, String writeId, String actor, Instant at, Collection<Node> graphs) {
        Node entry = iris.auditEntry(revision);
        List<Triple> triples = new ArrayList<>();
        triples.add(Triple.create(entry, RDF.type.asNode(), ENTRY));
        triples.add(Triple.create(entry, REVISION, revisionLiteral(revision)));
        triples.add(Triple.create(entry, ACTOR, NodeFactory.createLiteralString(actor)));
        triples.add(Triple.create(entry, AT, NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime)));
        triples.add(Triple.create(entry, NODE, NodeFactory.createLiteralString(node)));
        triples.add(Triple.create(entry, WRITE_ID, NodeFactory.createLiteralString(writeId)));
        graphs.forEach(g -> triples.add(Triple.create(entry, CHANGED_GRAPH, g)));
        return triples;
    }

    /** The entry of a restore, at the revision after both the backup's and the replaced store's. */
    List<Triple> restoreEntry(long revision, String actor, Instant at, BackupSummary backup) {
        List<Triple> triples = entry(revision, UUID.randomUUID().toString(), actor, at, List.of());
        triples.add(Triple.create(iris.auditEntry(revision), RESTORED_FROM,
                NodeFactory.createLiteralDT(backup.createdAt().toString(), XSDDatatype.XSDdateTime)));
        return triples;
    }

    static Node revisionLiteral(long revision) {
        return NodeFactory.createLiteralDT(Long.toString(revision), XSDDatatype.XSDlong);
    }

    /** The actor as written: never empty, never longer than a name can reasonably be. */
    static String actorName(WriteAuthor author) {
        String name;
        try {
            name = author.name();
        } catch (RuntimeException e) {
            name = null;
        }
        if (name == null || name.isBlank()) {
            return WriteAuthor.SYSTEM;
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(DW + local);
    }
}
