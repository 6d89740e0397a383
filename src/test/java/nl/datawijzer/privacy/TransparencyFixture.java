package nl.datawijzer.privacy;

import java.nio.file.Path;
import java.util.Set;
import nl.datawijzer.bench.CatalogRecord;
import nl.datawijzer.bench.Scale;
import nl.datawijzer.bench.SyntheticCatalog;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.Iris;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The catalog the transparency tests read: a generated catalog (scale S, 650 fields) plus the register fixture
 * ({@code fixtures/transparency/register.trig}). Every field text of the generated catalog (title, technical name,
 * description, example) is marked with {@link #MARK}, as are the fixture's, so a test can see that no field text ever
 * reaches the page, whatever words the generator chose.
 *
 * <p>Written straight into the TDB2 dataset, not through the shapes: the processing register's shapes and value list
 * are added on another branch, and this fixture must not depend on them.
 */
public final class TransparencyFixture {

    /** In every field text of the catalog; never in anything the page may show. */
    public static final String MARK = "ZQVELD";

    static final String REGISTER = "classpath*:fixtures/transparency/register.trig";
    static final long SEED = 11;
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final Node FIELD = NodeFactory.createURI(DW + "Field");
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node TECHNICAL_NAME = NodeFactory.createURI(DW + "technicalName");
    private static final Set<Node> FIELD_TEXTS = Set.of(NodeFactory.createURI(DCT + "title"),
            NodeFactory.createURI(DCT + "description"), NodeFactory.createURI(DW + "example"), TECHNICAL_NAME);

    private TransparencyFixture() {
    }

    /** Ontology and value lists (as the application loads them), the generated catalog and the register fixture. */
    public static void loadInto(Dataset dataset, Iris iris) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph target = dataset.asDatasetGraph();
            Graph reference = ClasspathRdf.graph("classpath*:ontology/datawijzer.ttl", iris.base());
            ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl", iris.base()).find().forEachRemaining(reference::add);
            reference.find().forEachRemaining(t -> target.add(iris.vocabularyGraph(), t.getSubject(), t.getPredicate(),
                    t.getObject()));
            new SyntheticCatalog(Scale.S, SEED, iris.base()).records().forEach(record -> add(target, record));
            DatasetGraph register = DatasetGraphFactory.createGeneral();
            ClasspathRdf.parseInto(REGISTER, iris.base(), register);
            register.find().forEachRemaining(target::add);
        });
    }

    /**
     * Fills the store folder of an application ({@code datawijzer.store.data-dir}) before it starts; the application
     * then finds a catalog and loads no seed. The folder stays open in this JVM, which the application's store shares.
     */
    public static void prepareDataDir(Path dataDir, String baseIri) {
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dataDir.resolve("tdb2").toAbsolutePath()));
        loadInto(dataset, new Iris(baseIri));
    }

    private static void add(DatasetGraph target, CatalogRecord record) {
        Set<Node> fields = new java.util.HashSet<>();
        record.triples().stream().filter(t -> t.getPredicate().equals(TYPE) && t.getObject().equals(FIELD))
                .forEach(t -> fields.add(t.getSubject()));
        for (Triple t : record.triples()) {
            Node object = fields.contains(t.getSubject()) && FIELD_TEXTS.contains(t.getPredicate()) ? marked(t) : t.getObject();
            target.add(record.graph(), t.getSubject(), t.getPredicate(), object);
        }
    }

    private static Node marked(Triple t) {
        Node o = t.getObject();
        if (t.getPredicate().equals(TECHNICAL_NAME)) {
            return NodeFactory.createLiteralString(MARK + "_" + o.getLiteralLexicalForm());
        }
        String text = MARK + " " + o.getLiteralLexicalForm();
        return o.getLiteralLanguage().isEmpty() ? NodeFactory.createLiteralDT(text, o.getLiteralDatatype())
                : NodeFactory.createLiteralLang(text, o.getLiteralLanguage());
    }
}
