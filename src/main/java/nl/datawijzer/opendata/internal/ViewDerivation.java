package nl.datawijzer.opendata.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.StoreReader;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Derives one dataset's entry of the open-data view from the internal store. Only a FIXED list of DCAT-AP terms is
 * copied (title, description, themes, keywords, frequency, access rights, publisher and its name, contact point,
 * dates, landing page; per distribution title, URLs, format, media type, licence, size, checksum, modified): nothing
 * of {@code dw:} or {@code prov:}, and no field, can reach the public store, whatever the record holds. A hosted
 * distribution ({@code dw:hostedFileName}) gets the portal's stable file address as access and download URL.
 */
@Component
public class ViewDerivation {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SPDX = "http://spdx.org/rdf/terms#";

    static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final Node DATASET = iri(DCAT + "Dataset");
    static final Node DISTRIBUTION_CLASS = iri(DCAT + "Distribution");
    static final Node DISTRIBUTION = iri(DCAT + "distribution");
    static final Node CONTACT_POINT = iri(DCAT + "contactPoint");
    static final Node LANDING_PAGE = iri(DCAT + "landingPage");
    static final Node ACCESS_URL = iri(DCAT + "accessURL");
    static final Node DOWNLOAD_URL = iri(DCAT + "downloadURL");
    static final Node TITLE = iri(DCT + "title");
    static final Node DESCRIPTION = iri(DCT + "description");
    static final Node PUBLISHER = iri(DCT + "publisher");
    static final Node ISSUED = iri(DCT + "issued");
    static final Node AGENT = iri(FOAF + "Agent");
    static final Node NAME = iri(FOAF + "name");
    static final Node KIND = iri(VCARD + "Kind");
    static final Node HAS_VALUE = iri(VCARD + "hasValue");
    static final Node HAS_TELEPHONE = iri(VCARD + "hasTelephone");
    static final Node CHECKSUM = iri(SPDX + "checksum");
    static final Node CHECKSUM_CLASS = iri(SPDX + "Checksum");
    static final Node HOSTED_FILE_NAME = iri(PublicationRepository.DW + "hostedFileName");

    /** Copied as they are from the dataset (titles and descriptions are filtered by language below). */
    static final List<Node> DATASET_TERMS = List.of(iri(DCT + "identifier"), iri(DCAT + "theme"),
            iri(DCAT + "keyword"), iri(DCT + "accrualPeriodicity"), iri(DCT + "accessRights"), iri(DCT + "modified"));
    /** Copied as they are from each distribution (the URLs of a hosted one are replaced). */
    static final List<Node> DISTRIBUTION_TERMS = List.of(iri(DCT + "format"), iri(DCAT + "mediaType"),
            iri(DCT + "license"), iri(DCAT + "byteSize"), iri(DCT + "modified"));
    static final List<Node> CONTACT_TERMS = List.of(iri(VCARD + "fn"), iri(VCARD + "hasEmail"));
    static final List<Node> CHECKSUM_TERMS = List.of(iri(SPDX + "algorithm"), iri(SPDX + "checksumValue"));

    private final Iris iris;
    private final OpenDataUrls urls;

    ViewDerivation(Iris iris, OpenDataUrls urls) {
        this.iris = iris;
        this.urls = urls;
    }

    /** The dataset's entry, read in the caller's transaction; empty when there is no such dataset. */
    public Optional<Graph> derive(StoreReader reader, String slug, @Nullable Instant issued) {
        Node dataset = iris.record(RecordKind.DATASET, slug);
        Graph record = reader.graph(iris.graph(RecordKind.DATASET, slug));
        if (!record.contains(dataset, TYPE, DATASET)) {
            return Optional.empty();
        }
        Graph entry = GraphFactory.createDefaultGraph();
        entry.add(Triple.create(dataset, TYPE, DATASET));
        copyLanguages(record, dataset, TITLE, entry, List.of("nl", "en"));
        copyLanguages(record, dataset, DESCRIPTION, entry, List.of("nl"));
        for (Node term : DATASET_TERMS) {
            copy(record, dataset, term, dataset, entry);
        }
        if (issued != null) {
            entry.add(Triple.create(dataset, ISSUED,
                    NodeFactory.createLiteralDT(issued.toString(), XSDDatatype.XSDdateTime)));
        }
        entry.add(Triple.create(dataset, LANDING_PAGE, iri(urls.absolute(OpenDataUrls.datasetPage(slug)))));
        record.find(dataset, PUBLISHER, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .forEachRemaining(publisher -> publisher(reader, publisher, dataset, entry));
        record.find(dataset, CONTACT_POINT, Node.ANY).mapWith(Triple::getObject)
                .forEachRemaining(contact -> contact(record, contact, dataset, entry));
        record.find(dataset, DISTRIBUTION, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .forEachRemaining(distribution -> distribution(record, slug, dataset, distribution, entry));
        return Optional.of(entry);
    }

    private void publisher(StoreReader reader, Node publisher, Node dataset, Graph entry) {
        entry.add(Triple.create(dataset, PUBLISHER, publisher));
        entry.add(Triple.create(publisher, TYPE, AGENT));
        Optional<String> agentSlug = iris.slugOf(RecordKind.AGENT, publisher.getURI());
        if (agentSlug.isPresent()) {
            Graph agent = reader.graph(iris.graph(RecordKind.AGENT, agentSlug.get()));
            copyLanguages(agent, publisher, NAME, entry, List.of("nl", "en"));
        }
    }

    /** A contact point is a fresh blank vcard:Kind: whatever node the catalog uses stays internal. */
    private static void contact(Graph record, Node contact, Node dataset, Graph entry) {
        Node kind = NodeFactory.createBlankNode();
        entry.add(Triple.create(dataset, CONTACT_POINT, kind));
        entry.add(Triple.create(kind, TYPE, KIND));
        for (Node term : CONTACT_TERMS) {
            copy(record, contact, term, kind, entry);
        }
        record.find(contact, HAS_TELEPHONE, Node.ANY).mapWith(Triple::getObject).forEachRemaining(phone -> {
            if (phone.isBlank()) {
                record.find(phone, HAS_VALUE, Node.ANY).mapWith(Triple::getObject)
                        .forEachRemaining(value -> entry.add(Triple.create(kind, HAS_TELEPHONE, value)));
            } else {
                entry.add(Triple.create(kind, HAS_TELEPHONE, phone));
            }
        });
    }

    private void distribution(Graph record, String datasetSlug, Node dataset, Node distribution, Graph entry) {
        if (!record.contains(distribution, TYPE, DISTRIBUTION_CLASS)) {
            return;
        }
        entry.add(Triple.create(dataset, DISTRIBUTION, distribution));
        entry.add(Triple.create(distribution, TYPE, DISTRIBUTION_CLASS));
        copyLanguages(record, distribution, TITLE, entry, List.of("nl", "en"));
        for (Node term : DISTRIBUTION_TERMS) {
            copy(record, distribution, term, distribution, entry);
        }
        Optional<String> hostedFile = record.find(distribution, HOSTED_FILE_NAME, Node.ANY).nextOptional()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        if (hostedFile.isPresent()) {
            String uri = distribution.getURI();
            Node file = iri(urls.absolute(OpenDataUrls.hostedFile(datasetSlug, uri.substring(uri.lastIndexOf('/') + 1),
                    hostedFile.get())));
            entry.add(Triple.create(distribution, ACCESS_URL, file));
            entry.add(Triple.create(distribution, DOWNLOAD_URL, file));
        } else {
            copy(record, distribution, ACCESS_URL, distribution, entry);
            copy(record, distribution, DOWNLOAD_URL, distribution, entry);
        }
        record.find(distribution, CHECKSUM, Node.ANY).mapWith(Triple::getObject).forEachRemaining(checksum -> {
            Node copy = NodeFactory.createBlankNode();
            entry.add(Triple.create(distribution, CHECKSUM, copy));
            entry.add(Triple.create(copy, TYPE, CHECKSUM_CLASS));
            for (Node term : CHECKSUM_TERMS) {
                copy(record, checksum, term, copy, entry);
            }
        });
    }

    private static void copy(Graph from, Node subject, Node predicate, Node target, Graph entry) {
        from.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).filterDrop(Node::isBlank)
                .forEachRemaining(object -> entry.add(Triple.create(target, predicate, object)));
    }

    private static void copyLanguages(Graph from, Node subject, Node predicate, Graph entry, List<String> languages) {
        from.find(subject, predicate, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && languages.contains(o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT)))
                .forEachRemaining(object -> entry.add(Triple.create(subject, predicate, object)));
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
