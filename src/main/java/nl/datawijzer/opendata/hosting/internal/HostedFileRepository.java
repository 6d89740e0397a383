package nl.datawijzer.opendata.hosting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.opendata.hosting.HostedFile;
import nl.datawijzer.opendata.hosting.HostedFileType;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Repository;

/**
 * Hosted distributions in the graph of their dataset: the dcat:Distribution with dw:hostedFileName, byte size and an
 * spdx:Checksum. Writing one replaces the distribution's triples (and its checksum node), so replacing a file keeps one
 * distribution; every write goes through {@link RdfStore#write} and its shapes.
 */
@Repository
public class HostedFileRepository {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final Node DISTRIBUTION = uri(DCAT + "Distribution");
    static final Node HAS_DISTRIBUTION = uri(DCAT + "distribution");
    static final Node ACCESS_URL = uri(DCAT + "accessURL");
    static final Node DOWNLOAD_URL = uri(DCAT + "downloadURL");
    static final Node MEDIA_TYPE = uri(DCAT + "mediaType");
    static final Node BYTE_SIZE = uri(DCAT + "byteSize");
    static final Node FORMAT = uri(DCT + "format");
    static final Node LICENSE = uri(DCT + "license");
    static final Node CHECKSUM = uri(SPDX + "checksum");
    static final Node CHECKSUM_CLASS = uri(SPDX + "Checksum");
    static final Node ALGORITHM = uri(SPDX + "algorithm");
    static final Node SHA256 = uri(SPDX + "checksumAlgorithm_sha256");
    static final Node CHECKSUM_VALUE = uri(SPDX + "checksumValue");
    static final Node HOSTED_FILE_NAME = uri(Terms.DW + "hostedFileName");

    private static final String FILES = "nl/datawijzer/opendata/hosting/internal/hosted-files.rq";
    private static final String REFERENCED = "nl/datawijzer/opendata/hosting/internal/checksum-referenced.rq";

    private final RdfStore store;
    private final Iris iris;

    HostedFileRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** What one upload writes. */
    public record Entry(String datasetSlug, String distributionSlug, String title, String fileName, HostedFileType type,
            long byteSize, String sha256, String licenceIri, String downloadUrl) {
    }

    public boolean datasetExists(String datasetSlug) {
        Node graphName = iris.graph(RecordKind.DATASET, datasetSlug);
        Node dataset = iris.record(RecordKind.DATASET, datasetSlug);
        return store.read(reader -> reader.containsGraph(graphName)
                && reader.graph(graphName).contains(dataset, Terms.RDF_TYPE, Terms.DCAT_DATASET));
    }

    /** The IRIs of every distribution of the dataset, hosted or not. */
    public List<String> distributionIris(String datasetSlug) {
        Node graphName = iris.graph(RecordKind.DATASET, datasetSlug);
        Node dataset = iris.record(RecordKind.DATASET, datasetSlug);
        return store.read(reader -> reader.graph(graphName).find(dataset, HAS_DISTRIBUTION, Node.ANY)
                .mapWith(Triple::getObject).filterKeep(Node::isURI).mapWith(Node::getURI).toList());
    }

    public List<HostedFile> list(String datasetSlug) {
        Node dataset = iris.record(RecordKind.DATASET, datasetSlug);
        return store.read(reader -> select(reader, "dataset", dataset));
    }

    public Optional<HostedFile> find(String distributionIri) {
        return store.read(reader -> select(reader, "distribution", NodeFactory.createURI(distributionIri)))
                .stream().findFirst();
    }

    /** Every hosted distribution of the catalog. */
    public List<HostedFile> all() {
        return store.read(reader -> Row.of(reader.select(Sparql.query(FILES))).stream().map(this::file)
                .flatMap(Optional::stream).toList());
    }

    /** True while some record names a file by this checksum. */
    public boolean referenced(String sha256) {
        return store.read(reader -> reader.ask(Sparql.query(REFERENCED).bind("sha", Literals.plain(sha256))));
    }

    /**
     * Writes the distribution (creating it, or replacing the one with the same slug) and touches the dataset's
     * dct:modified. Returns the distribution as it was before, if it hosted a file.
     */
    public Optional<HostedFile> save(Entry entry) {
        Node dataset = iris.record(RecordKind.DATASET, entry.datasetSlug());
        Node graphName = iris.graph(RecordKind.DATASET, entry.datasetSlug());
        Node distribution = iris.distribution(entry.datasetSlug(), entry.distributionSlug());
        return store.write(writer -> {
            Optional<HostedFile> before = select(writer, "distribution", distribution).stream().findFirst();
            Graph graph = requireDataset(writer, graphName, dataset, entry.datasetSlug());
            removeDistribution(graph, distribution);
            graph.add(Triple.create(dataset, HAS_DISTRIBUTION, distribution));
            graph.add(Triple.create(distribution, Terms.RDF_TYPE, DISTRIBUTION));
            graph.add(Triple.create(distribution, Terms.DCT_TITLE, Literals.dutch(entry.title())));
            graph.add(Triple.create(distribution, HOSTED_FILE_NAME, Literals.plain(entry.fileName())));
            Node url = NodeFactory.createURI(entry.downloadUrl());
            graph.add(Triple.create(distribution, ACCESS_URL, url));
            graph.add(Triple.create(distribution, DOWNLOAD_URL, url));
            graph.add(Triple.create(distribution, FORMAT, NodeFactory.createURI(entry.type().formatIri())));
            graph.add(Triple.create(distribution, MEDIA_TYPE, NodeFactory.createURI(entry.type().mediaTypeIri())));
            graph.add(Triple.create(distribution, BYTE_SIZE, NodeFactory.createLiteralDT(
                    Long.toString(entry.byteSize()), XSDDatatype.XSDnonNegativeInteger)));
            Node checksum = NodeFactory.createBlankNode();
            graph.add(Triple.create(distribution, CHECKSUM, checksum));
            graph.add(Triple.create(checksum, Terms.RDF_TYPE, CHECKSUM_CLASS));
            graph.add(Triple.create(checksum, ALGORITHM, SHA256));
            graph.add(Triple.create(checksum, CHECKSUM_VALUE,
                    NodeFactory.createLiteralDT(entry.sha256(), XSDDatatype.XSDhexBinary)));
            graph.add(Triple.create(distribution, LICENSE, Literals.iri(entry.licenceIri(), "Licentie")));
            graph.add(Triple.create(distribution, Terms.DCT_MODIFIED, Literals.now()));
            touch(graph, dataset);
            writer.replaceGraph(graphName, graph);
            return before;
        });
    }

    /** Removes a hosted distribution; returns it as it was, or empty when there was none. */
    public Optional<HostedFile> remove(String datasetSlug, String distributionSlug) {
        Node dataset = iris.record(RecordKind.DATASET, datasetSlug);
        Node graphName = iris.graph(RecordKind.DATASET, datasetSlug);
        Node distribution = iris.distribution(datasetSlug, distributionSlug);
        return store.write(writer -> {
            Optional<HostedFile> before = select(writer, "distribution", distribution).stream().findFirst();
            if (before.isEmpty()) {
                return before;
            }
            Graph graph = requireDataset(writer, graphName, dataset, datasetSlug);
            removeDistribution(graph, distribution);
            graph.remove(dataset, HAS_DISTRIBUTION, distribution);
            touch(graph, dataset);
            writer.replaceGraph(graphName, graph);
            return before;
        });
    }

    private static Graph requireDataset(StoreReader reader, Node graphName, Node dataset, String slug) {
        Graph graph = reader.graph(graphName);
        if (!graph.contains(dataset, Terms.RDF_TYPE, Terms.DCAT_DATASET)) {
            throw new RecordNotFoundException("Dataset", slug);
        }
        return graph;
    }

    private static void removeDistribution(Graph graph, Node distribution) {
        List<Node> checksums = graph.find(distribution, CHECKSUM, Node.ANY).mapWith(Triple::getObject).toList();
        for (Node checksum : checksums) {
            if (checksum.isBlank()) {
                graph.remove(checksum, Node.ANY, Node.ANY);
            }
        }
        graph.remove(distribution, Node.ANY, Node.ANY);
    }

    private static void touch(Graph graph, Node dataset) {
        graph.remove(dataset, Terms.DCT_MODIFIED, Node.ANY);
        graph.add(Triple.create(dataset, Terms.DCT_MODIFIED, Literals.now()));
    }

    private List<HostedFile> select(StoreReader reader, String variable, Node value) {
        List<HostedFile> files = new ArrayList<>();
        for (Row row : Row.of(reader.select(Sparql.query(FILES).values(variable, List.of(value))))) {
            file(row).filter(f -> files.stream().noneMatch(x -> x.distributionIri().equals(f.distributionIri())))
                    .ifPresent(files::add);
        }
        return files;
    }

    private Optional<HostedFile> file(Row row) {
        Optional<String> dataset = iris.slugOf(RecordKind.DATASET, row.iri("dataset"));
        String distributionIri = row.iri("distribution");
        Optional<HostedFileType> type = HostedFileType.ofFormat(row.iri("format"));
        String prefix = row.iri("dataset") + "/distribution/";
        if (dataset.isEmpty() || type.isEmpty() || !distributionIri.startsWith(prefix)) {
            return Optional.empty();
        }
        String size = row.text("byteSize");
        return Optional.of(new HostedFile(distributionIri, dataset.get(), distributionIri.substring(prefix.length()),
                row.text("title"), row.text("fileName"), type.get(), size.isEmpty() ? 0 : Long.parseLong(size),
                row.text("sha").toLowerCase(java.util.Locale.ROOT), row.iri("licence"), row.iri("downloadUrl"),
                row.instant("modified")));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
