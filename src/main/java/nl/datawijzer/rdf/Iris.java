package nl.datawijzer.rdf;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The one IRI and named-graph scheme (see {@code ontology/MODEL.md}). Every record kind has an IRI
 * {@code {base}{kind}/{slug}} and a graph {@code {base}graph/{kind}/{slug}}; fields and distributions live
 * in the graph of their dataset.
 */
public final class Iris {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,79}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("Base IRI must end with / or #: " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    public static boolean isValidSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    public Node record(RecordKind kind, String slug) {
        return iri(kind.path() + "/" + checked(slug));
    }

    public Node graph(RecordKind kind, String slug) {
        return iri("graph/" + kind.path() + "/" + checked(slug));
    }

    public Node field(String datasetSlug, String fieldSlug) {
        return iri("dataset/" + checked(datasetSlug) + "/field/" + checked(fieldSlug));
    }

    /** The detection result about one field; it lives in the graph {@code graph/detection/{dataset}}. */
    public Node detection(String datasetSlug, String fieldSlug) {
        return iri("dataset/" + checked(datasetSlug) + "/field/" + checked(fieldSlug) + "/detection");
    }

    public Node distribution(String datasetSlug, String slug) {
        return iri("dataset/" + checked(datasetSlug) + "/distribution/" + checked(slug));
    }

    /**
     * A processing activity of the register: {@code processing/{uuid}}, the UUID in lowercase canonical text. Its
     * identifier is a UUID (which may start with a digit), so it has its own method instead of the slug check.
     */
    public Node processing(UUID id) {
        return iri(RecordKind.PROCESSING.path() + "/" + canonical(id));
    }

    /** The graph of one processing activity: {@code graph/processing/{uuid}}. */
    public Node processingGraph(UUID id) {
        return iri("graph/" + RecordKind.PROCESSING.path() + "/" + canonical(id));
    }

    /** The UUID of a processing-activity IRI, if {@code iri} is one in canonical form. */
    public Optional<UUID> processingId(String iri) {
        String prefix = base + RecordKind.PROCESSING.path() + "/";
        if (!iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String text = iri.substring(prefix.length());
        if (!UUID_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    private static String canonical(UUID id) {
        return id.toString().toLowerCase(Locale.ROOT);
    }

    public Node glossary() {
        return iri("glossary");
    }

    public Node glossaryGraph() {
        return iri("graph/glossary");
    }

    public Node catalog() {
        return iri("catalog");
    }

    /** Ontology and value lists, reloaded from the code at every start; never user data. */
    public Node vocabularyGraph() {
        return iri("graph/vocabularies");
    }

    /** Bookkeeping of the store itself (its revision); not a record, never validated as one. */
    public Node metaGraph() {
        return iri("graph/meta");
    }

    /**
     * The audit trail: one entry per committed write that changed records (who, when, which graphs), written by the
     * store inside that write's own transaction. Only the store writes here; services cannot.
     */
    public Node auditGraph() {
        return iri("graph/audit");
    }

    /** The audit entry of the write that made the store's revision {@code revision}: revisions number the writes. */
    public Node auditEntry(long revision) {
        return iri("audit/" + revision);
    }

    /** Graphs the store keeps for itself (revision, audit trail): not records, and not writable through a writer. */
    public boolean isBookkeeping(Node graphName) {
        return graphName.equals(metaGraph()) || graphName.equals(auditGraph());
    }

    /** The kind and slug of a record graph ({@code graph/{kind}/{slug}}), if {@code graphName} is one. */
    public Optional<RecordRef> recordOfGraph(Node graphName) {
        if (!graphName.isURI() || !graphName.getURI().startsWith(base + "graph/")) {
            return Optional.empty();
        }
        String rest = graphName.getURI().substring(base.length() + "graph/".length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String path = rest.substring(0, slash);
        String slug = rest.substring(slash + 1);
        for (RecordKind kind : RecordKind.values()) {
            if (kind.path().equals(path) && !slug.isEmpty() && slug.indexOf('/') < 0) {
                return Optional.of(new RecordRef(kind, slug));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code graphName} holds a record of an append-only kind (see {@link RecordKind#appendOnly()}). */
    public boolean isAppendOnly(Node graphName) {
        if (!graphName.isURI()) {
            return false;
        }
        for (RecordKind kind : RecordKind.values()) {
            if (kind.appendOnly() && graphName.getURI().startsWith(base + "graph/" + kind.path() + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Prefix shared by every record graph; used to tell catalog data from reference data. */
    public String recordGraphPrefix() {
        return base + "graph/";
    }

    /** The slug of a record IRI of the given kind, if {@code iri} is one. */
    public Optional<String> slugOf(RecordKind kind, String iri) {
        String prefix = base + kind.path() + "/";
        if (!iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String slug = iri.substring(prefix.length());
        return isValidSlug(slug) ? Optional.of(slug) : Optional.empty();
    }

    /** Dataset and field slug of a field IRI. */
    public Optional<String[]> fieldSlugs(String iri) {
        String prefix = base + "dataset/";
        if (!iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = iri.substring(prefix.length()).split("/");
        if (parts.length != 3 || !"field".equals(parts[1]) || !isValidSlug(parts[0]) || !isValidSlug(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(new String[] {parts[0], parts[2]});
    }

    private Node iri(String relative) {
        return NodeFactory.createURI(base + relative);
    }

    private static String checked(String slug) {
        if (!isValidSlug(slug)) {
            throw new IllegalArgumentException("Not a valid identifier: " + slug);
        }
        return slug;
    }
}
