package nl.datawijzer.opendata.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.opendata.export.CatalogDescription;
import nl.datawijzer.opendata.export.ExportPage;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.export.ExportedDistribution;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;

/**
 * The DCAT-AP-NL 3.0 profile, both directions (as ckanext-dcat keeps one profile class per RDF profile).
 *
 * <p>{@link #parse} reads datasets from a graph that uses the DCAT/DCT terms: the open-data view (whose {@code dw:}
 * extras it never looks at) and an exported graph alike. {@link #serialize} writes records as DCAT-AP-NL 3.0 from a
 * fixed list of properties, so nothing outside that list (no {@code dw:} term) can reach an export. What serialize
 * adds beyond the records, and why:
 * <ul>
 * <li>{@code dct:creator}: DCAT-AP-NL requires one; the publisher (the municipality) is also the creator.</li>
 * <li>the class of each code-list value ({@code dct:RightsStatement}, {@code dct:Frequency},
 * {@code dct:LicenseDocument}, {@code dct:MediaTypeOrExtent}, {@code dct:MediaType}, {@code skos:Concept} for themes):
 * the DCAT-AP range checks look for it in the data and none of the EU authority files asserts it.</li>
 * <li>for a page of the catalog, a {@code hydra:PartialCollectionView} on the catalog node with first, last, next and
 * previous page IRIs ({@code <catalog>?page=N&pageSize=M}) and {@code hydra:totalItems}.</li>
 * </ul>
 */
public final class DcatApNlProfile {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String SPDX = "http://spdx.org/rdf/terms#";

    static final Node TYPE = iri(RDF_NS + "type");
    static final Node CATALOG = iri(DCAT + "Catalog");
    static final Node DATASET = iri(DCAT + "Dataset");
    static final Node DISTRIBUTION = iri(DCAT + "Distribution");
    static final Node HAS_DATASET = iri(DCAT + "dataset");
    static final Node HAS_DISTRIBUTION = iri(DCAT + "distribution");
    static final Node THEME = iri(DCAT + "theme");
    static final Node KEYWORD = iri(DCAT + "keyword");
    static final Node CONTACT_POINT = iri(DCAT + "contactPoint");
    static final Node ACCESS_URL = iri(DCAT + "accessURL");
    static final Node DOWNLOAD_URL = iri(DCAT + "downloadURL");
    static final Node MEDIA_TYPE = iri(DCAT + "mediaType");
    static final Node LANDING_PAGE = iri(DCAT + "landingPage");
    static final Node TITLE = iri(DCT + "title");
    static final Node DESCRIPTION = iri(DCT + "description");
    static final Node IDENTIFIER = iri(DCT + "identifier");
    static final Node PUBLISHER = iri(DCT + "publisher");
    static final Node CREATOR = iri(DCT + "creator");
    static final Node ACCESS_RIGHTS = iri(DCT + "accessRights");
    static final Node FREQUENCY = iri(DCT + "accrualPeriodicity");
    static final Node MODIFIED = iri(DCT + "modified");
    static final Node FORMAT = iri(DCT + "format");
    static final Node LICENSE = iri(DCT + "license");
    static final Node BYTE_SIZE = iri(DCAT + "byteSize");
    static final Node CHECKSUM = iri(SPDX + "checksum");
    static final Node CHECKSUM_CLASS = iri(SPDX + "Checksum");
    static final Node ALGORITHM = iri(SPDX + "algorithm");
    static final Node ALGORITHM_CLASS = iri(SPDX + "ChecksumAlgorithm");
    static final Node SHA256 = iri(SPDX + "checksumAlgorithm_sha256");
    static final Node CHECKSUM_VALUE = iri(SPDX + "checksumValue");
    static final Node NAME = iri(FOAF + "name");
    static final Node AGENT = iri(FOAF + "Agent");
    static final Node KIND = iri(VCARD + "Kind");
    static final Node FN = iri(VCARD + "fn");
    static final Node HAS_EMAIL = iri(VCARD + "hasEmail");

    private static final String NL = "nl";
    private static final String EU_THEMES = "http://publications.europa.eu/resource/authority/data-theme/";
    static final Node PREF_LABEL = iri(SKOS + "prefLabel");

    private final java.util.Map<String, String> themeLabels;

    /** A profile that writes no label for themes outside the EU list (for reading only). */
    public DcatApNlProfile() {
        this(java.util.Map.of());
    }

    /**
     * @param themeLabels Dutch labels of the themes outside the EU data-theme list (the Dutch government themes): an
     *        export types every theme skos:Concept, and DCAT-AP wants a skos:prefLabel on every concept it meets, which
     *        for EU themes the EU vocabulary supplies
     */
    public DcatApNlProfile(java.util.Map<String, String> themeLabels) {
        this.themeLabels = java.util.Map.copyOf(themeLabels);
    }

    /** The prefixes every serialisation uses (JSON-LD turns them into its inline context). */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("dcat", DCAT).setNsPrefix("dct", DCT).setNsPrefix("foaf", FOAF)
                .setNsPrefix("vcard", VCARD).setNsPrefix("skos", SKOS).setNsPrefix("hydra", HYDRA)
                .setNsPrefix("rdf", RDF_NS).setNsPrefix("spdx", SPDX).setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("eu-theme", "http://publications.europa.eu/resource/authority/data-theme/")
                .setNsPrefix("eu-access", "http://publications.europa.eu/resource/authority/access-right/")
                .setNsPrefix("eu-freq", "http://publications.europa.eu/resource/authority/frequency/")
                .setNsPrefix("eu-licence", "http://publications.europa.eu/resource/authority/licence/")
                .setNsPrefix("eu-filetype", "http://publications.europa.eu/resource/authority/file-type/")
                .lock();
    }

    // ---------------------------------------------------------------- parse

    /** Every dcat:Dataset in the graph, ordered by IRI. */
    public List<ExportedDataset> parse(Graph graph) {
        List<Node> datasets = graph.find(Node.ANY, TYPE, DATASET).mapWith(Triple::getSubject).toList();
        return parse(graph, datasets);
    }

    /**
     * The given datasets of the graph, ordered by IRI. One without a Dutch (or untagged) title is skipped; one without
     * dct:identifier gets the last segment of its IRI, which for the catalog's datasets is the slug.
     */
    public List<ExportedDataset> parse(Graph graph, List<Node> datasets) {
        List<ExportedDataset> result = new ArrayList<>();
        for (Node d : datasets.stream().distinct().sorted(Comparator.comparing(Node::toString)).toList()) {
            String title = dutch(graph, d, TITLE);
            if (!d.isURI() || title == null) {
                continue;
            }
            String identifier = text(graph, d, IDENTIFIER);
            if (identifier == null) {
                identifier = d.getURI().substring(d.getURI().lastIndexOf('/') + 1);
            }
            String description = dutch(graph, d, DESCRIPTION);
            Node publisher = object(graph, d, PUBLISHER);
            Node contact = object(graph, d, CONTACT_POINT);
            List<ExportedDistribution> distributions = objects(graph, d, HAS_DISTRIBUTION).stream()
                    .map(x -> distribution(graph, x)).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(ExportedDistribution::iri)).toList();
            result.add(new ExportedDataset(d.getURI(), identifier, title, description == null ? "" : description,
                    iris(graph, d, THEME), iriOf(object(graph, d, ACCESS_RIGHTS)), iriOf(object(graph, d, FREQUENCY)),
                    objects(graph, d, KEYWORD).stream().filter(n -> n.isLiteral() && isDutchOrPlain(n))
                            .map(Node::getLiteralLexicalForm).sorted().distinct().toList(),
                    iriOf(publisher), publisher == null ? null : dutch(graph, publisher, NAME),
                    contact == null ? null : text(graph, contact, FN),
                    contact == null ? null : iriOf(object(graph, contact, HAS_EMAIL)),
                    text(graph, d, MODIFIED), distributions));
        }
        return result;
    }

    /**
     * Every subject typed dcat:Dataset, also those {@link #parse} skips (blank nodes, no Dutch title), so a caller that
     * must account for each dataset of a document (the DCAT import) can name the ones it cannot take.
     */
    public static List<Node> datasetNodes(Graph graph) {
        return graph.find(Node.ANY, TYPE, DATASET).mapWith(Triple::getSubject).toList().stream().distinct().toList();
    }

    /** The dataset's dcat:landingPage (the lowest IRI when there are several); not part of the view's records. */
    public @Nullable String landingPage(Graph graph, String datasetIri) {
        return iriOf(object(graph, iri(datasetIri), LANDING_PAGE));
    }

    private Optional<ExportedDistribution> distribution(Graph graph, Node x) {
        String accessUrl = iriOf(object(graph, x, ACCESS_URL));
        if (!x.isURI() || accessUrl == null) {
            return Optional.empty();
        }
        return Optional.of(new ExportedDistribution(x.getURI(), accessUrl, iriOf(object(graph, x, DOWNLOAD_URL)),
                iriOf(object(graph, x, FORMAT)), iriOf(object(graph, x, LICENSE)), iriOf(object(graph, x, MEDIA_TYPE)),
                dutch(graph, x, TITLE), byteSize(graph, x), sha256(graph, x)));
    }

    private static @Nullable Long byteSize(Graph graph, Node distribution) {
        String text = text(graph, distribution, BYTE_SIZE);
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The SHA-256 checksum's value in lowercase hex; a checksum by another algorithm is not read. */
    private static @Nullable String sha256(Graph graph, Node distribution) {
        return objects(graph, distribution, CHECKSUM).stream()
                .filter(c -> graph.contains(c, ALGORITHM, SHA256))
                .map(c -> text(graph, c, CHECKSUM_VALUE)).filter(java.util.Objects::nonNull)
                .map(v -> v.toLowerCase(java.util.Locale.ROOT)).sorted().findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- serialize

    /** One dataset on its own (no catalog node). */
    public Graph serializeDataset(ExportedDataset dataset) {
        Graph g = newGraph();
        writeDataset(g, dataset);
        return g;
    }

    /** The catalog node with the given datasets; with paging links when {@code page} is given. */
    public Graph serializeCatalog(CatalogDescription catalog, List<ExportedDataset> datasets, @Nullable ExportPage page) {
        Graph g = newGraph();
        writeCatalogNode(g, catalog, page);
        for (ExportedDataset d : datasets) {
            g.add(Triple.create(iri(catalog.catalogIri()), HAS_DATASET, iri(d.iri())));
            writeDataset(g, d);
        }
        return g;
    }

    /** The catalog node alone (title, publisher, contact point, paging links): the head of a streamed export. */
    public Graph serializeCatalogHead(CatalogDescription catalog, @Nullable ExportPage page) {
        Graph g = newGraph();
        writeCatalogNode(g, catalog, page);
        return g;
    }

    /** The datasets with their catalog links, without the catalog node: one batch of a streamed export. */
    public Graph serializeCatalogBatch(CatalogDescription catalog, List<ExportedDataset> datasets) {
        Graph g = newGraph();
        for (ExportedDataset d : datasets) {
            g.add(Triple.create(iri(catalog.catalogIri()), HAS_DATASET, iri(d.iri())));
            writeDataset(g, d);
        }
        return g;
    }

    /** Writes the datasets with their catalog links into a graph the caller owns (a streaming sink for exports). */
    void writeCatalogBatch(Graph g, CatalogDescription catalog, List<ExportedDataset> datasets) {
        for (ExportedDataset d : datasets) {
            g.add(Triple.create(iri(catalog.catalogIri()), HAS_DATASET, iri(d.iri())));
            writeDataset(g, d);
        }
    }

    private static Graph newGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes());
        return g;
    }

    private void writeCatalogNode(Graph g, CatalogDescription c, @Nullable ExportPage page) {
        Node node = iri(c.catalogIri());
        g.add(Triple.create(node, TYPE, CATALOG));
        g.add(Triple.create(node, TITLE, dutch(c.title())));
        g.add(Triple.create(node, DESCRIPTION, dutch(c.description())));
        Node publisher = iri(c.publisherIri());
        g.add(Triple.create(node, PUBLISHER, publisher));
        writeAgent(g, publisher, c.publisherName());
        g.add(Triple.create(node, CONTACT_POINT, contact(g, c.contactName(), c.contactEmail())));
        if (page != null) {
            Node view = pageIri(c, page.page(), page.pageSize());
            g.add(Triple.create(node, iri(HYDRA + "totalItems"),
                    NodeFactory.createLiteralDT(Long.toString(page.totalDatasets()), XSDDatatype.XSDinteger)));
            g.add(Triple.create(node, iri(HYDRA + "view"), view));
            g.add(Triple.create(view, TYPE, iri(HYDRA + "PartialCollectionView")));
            g.add(Triple.create(view, iri(HYDRA + "first"), pageIri(c, 1, page.pageSize())));
            g.add(Triple.create(view, iri(HYDRA + "last"), pageIri(c, page.totalPages(), page.pageSize())));
            if (page.hasNext()) {
                g.add(Triple.create(view, iri(HYDRA + "next"), pageIri(c, page.page() + 1, page.pageSize())));
            }
            if (page.hasPrevious()) {
                g.add(Triple.create(view, iri(HYDRA + "previous"), pageIri(c, page.page() - 1, page.pageSize())));
            }
        }
    }

    private static Node pageIri(CatalogDescription c, int page, int pageSize) {
        return iri(c.catalogIri() + "?page=" + page + "&pageSize=" + pageSize);
    }

    private void writeDataset(Graph g, ExportedDataset d) {
        Node node = iri(d.iri());
        g.add(Triple.create(node, TYPE, DATASET));
        g.add(Triple.create(node, IDENTIFIER, NodeFactory.createLiteralString(d.identifier())));
        g.add(Triple.create(node, TITLE, dutch(d.title())));
        if (!d.description().isEmpty()) {
            g.add(Triple.create(node, DESCRIPTION, dutch(d.description())));
        }
        for (String theme : d.themes()) {
            Node concept = typed(g, theme, iri(SKOS + "Concept"));
            g.add(Triple.create(node, THEME, concept));
            String label = themeLabels.get(theme);
            if (!theme.startsWith(EU_THEMES) && label != null) {
                g.add(Triple.create(concept, PREF_LABEL, dutch(label)));
            }
        }
        if (d.accessRights() != null) {
            g.add(Triple.create(node, ACCESS_RIGHTS, typed(g, d.accessRights(), iri(DCT + "RightsStatement"))));
        }
        if (d.accrualPeriodicity() != null) {
            g.add(Triple.create(node, FREQUENCY, typed(g, d.accrualPeriodicity(), iri(DCT + "Frequency"))));
        }
        for (String keyword : d.keywords()) {
            g.add(Triple.create(node, KEYWORD, dutch(keyword)));
        }
        if (d.publisherIri() != null) {
            Node publisher = iri(d.publisherIri());
            g.add(Triple.create(node, PUBLISHER, publisher));
            g.add(Triple.create(node, CREATOR, publisher));
            writeAgent(g, publisher, d.publisherName());
        }
        if (d.contactEmail() != null) {
            g.add(Triple.create(node, CONTACT_POINT, contact(g, d.contactName(), d.contactEmail())));
        }
        if (d.modified() != null) {
            // The catalog writes dct:modified as xsd:dateTime; a bare date (10 characters) keeps its own type.
            g.add(Triple.create(node, MODIFIED, NodeFactory.createLiteralDT(d.modified(),
                    d.modified().length() == 10 ? XSDDatatype.XSDdate : XSDDatatype.XSDdateTime)));
        }
        for (ExportedDistribution x : d.distributions()) {
            Node dist = iri(x.iri());
            g.add(Triple.create(node, HAS_DISTRIBUTION, dist));
            g.add(Triple.create(dist, TYPE, DISTRIBUTION));
            g.add(Triple.create(dist, ACCESS_URL, iri(x.accessUrl())));
            if (x.downloadUrl() != null) {
                g.add(Triple.create(dist, DOWNLOAD_URL, iri(x.downloadUrl())));
            }
            if (x.format() != null) {
                g.add(Triple.create(dist, FORMAT, typed(g, x.format(), iri(DCT + "MediaTypeOrExtent"))));
            }
            if (x.license() != null) {
                g.add(Triple.create(dist, LICENSE, typed(g, x.license(), iri(DCT + "LicenseDocument"))));
            }
            if (x.mediaType() != null) {
                g.add(Triple.create(dist, MEDIA_TYPE, typed(g, x.mediaType(), iri(DCT + "MediaType"))));
            }
            if (x.title() != null) {
                g.add(Triple.create(dist, TITLE, dutch(x.title())));
            }
            if (x.byteSize() != null) {
                g.add(Triple.create(dist, BYTE_SIZE, NodeFactory.createLiteralDT(Long.toString(x.byteSize()),
                        XSDDatatype.XSDnonNegativeInteger)));
            }
            if (x.sha256() != null) {
                // The checksum has no identity of its own: a blank spdx:Checksum, as DCAT-AP 3.0.1 shows it. Its
                // algorithm is typed spdx:ChecksumAlgorithm because the DCAT-AP range check looks for that class.
                Node checksum = NodeFactory.createBlankNode();
                g.add(Triple.create(dist, CHECKSUM, checksum));
                g.add(Triple.create(checksum, TYPE, CHECKSUM_CLASS));
                g.add(Triple.create(checksum, ALGORITHM, typed(g, SHA256.getURI(), ALGORITHM_CLASS)));
                g.add(Triple.create(checksum, CHECKSUM_VALUE,
                        NodeFactory.createLiteralDT(x.sha256(), XSDDatatype.XSDhexBinary)));
            }
        }
    }

    private static void writeAgent(Graph g, Node agent, @Nullable String name) {
        g.add(Triple.create(agent, TYPE, AGENT));
        // The catalog's publisher may also publish datasets under a slightly different name: one name an agent.
        if (name != null && !g.contains(agent, NAME, Node.ANY)) {
            g.add(Triple.create(agent, NAME, dutch(name)));
        }
    }

    /** A contact point is a blank vcard:Kind: it has no identity of its own in the catalog. */
    private static Node contact(Graph g, @Nullable String name, String email) {
        Node kind = NodeFactory.createBlankNode();
        g.add(Triple.create(kind, TYPE, KIND));
        if (name != null) {
            g.add(Triple.create(kind, FN, NodeFactory.createLiteralString(name)));
        }
        g.add(Triple.create(kind, HAS_EMAIL, iri(email)));
        return kind;
    }

    private static Node typed(Graph g, String value, Node type) {
        Node node = iri(value);
        g.add(Triple.create(node, TYPE, type));
        return node;
    }

    // ---------------------------------------------------------------- helpers

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node dutch(String text) {
        return NodeFactory.createLiteralLang(text, NL);
    }

    private static @Nullable Node object(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().min(Comparator.comparing(Node::toString)).orElse(null);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<String> iris(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isURI).map(Node::getURI).sorted().distinct().toList();
    }

    private static @Nullable String iriOf(@Nullable Node n) {
        return n != null && n.isURI() ? n.getURI() : null;
    }

    private static @Nullable String text(Graph g, Node s, Node p) {
        Node n = object(g, s, p);
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    private static @Nullable String dutch(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().filter(n -> n.isLiteral() && isDutchOrPlain(n))
                .sorted(Comparator.comparing(n -> n.getLiteralLanguage().isEmpty() ? 1 : 0))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    private static boolean isDutchOrPlain(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() || lang.equalsIgnoreCase(NL) || lang.toLowerCase(java.util.Locale.ROOT).startsWith("nl-");
    }
}
