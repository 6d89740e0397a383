package nl.datawijzer.ops;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/** docker/fuseki/config.ttl read as RDF: the one service, its dataset and endpoints. */
record FusekiConfig(String datasetName, String datasetType, String location, boolean unionDefaultGraph,
                    Set<String> operations) {

    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    static FusekiConfig read(Path file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(file).parse(model);
        var services = model.listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Service")).toList();
        if (services.size() != 1) {
            throw new AssertionError("expected one fuseki:Service, found " + services.size());
        }
        Resource service = services.getFirst();
        Resource dataset = service.getPropertyResourceValue(fuseki(model, "dataset"));
        var operations = new HashSet<String>();
        service.listProperties(fuseki(model, "endpoint")).forEach(endpoint -> {
            Resource operation = endpoint.getResource().getPropertyResourceValue(fuseki(model, "operation"));
            operations.add(operation.getURI().substring(FUSEKI.length()));
        });
        var union = dataset.getProperty(model.createProperty(TDB2 + "unionDefaultGraph"));
        return new FusekiConfig(
                service.getProperty(fuseki(model, "name")).getString(),
                dataset.getPropertyResourceValue(RDF.type).getURI(),
                dataset.getProperty(model.createProperty(TDB2 + "location")).getString(),
                union != null && union.getBoolean(),
                Set.copyOf(operations));
    }

    private static Property fuseki(Model model, String localName) {
        return model.createProperty(FUSEKI + localName);
    }
}
