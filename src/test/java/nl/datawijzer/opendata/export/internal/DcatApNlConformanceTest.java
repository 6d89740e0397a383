package nl.datawijzer.opendata.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.datawijzer.opendata.export.CatalogDescription;
import nl.datawijzer.opendata.export.ExportedDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DcatApNlConformanceTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final CatalogDescription CATALOG = CatalogDescription.huizen(BASE);
    private static DcatApNlConformance conformance;

    @BeforeAll
    static void loadShapes() {
        conformance = new DcatApNlConformance();
    }

    @Test
    void findsNothingAgainstTheDatasetsOfAConformingView() {
        List<ExportedDataset> datasets = new DcatApNlProfile().parse(view("opendata/open-data-view.ttl"));
        assertThat(datasets).isNotEmpty();
        for (ExportedDataset dataset : datasets) {
            assertThat(conformance.violations(dataset, CATALOG)).as(dataset.identifier()).isEmpty();
        }
    }

    @Test
    void namesTheDistributionAndPropertyWhenTheLicenceIsMissing() {
        ExportedDataset wmo = new DcatApNlProfile().parse(view("opendata/open-data-view-no-licence.ttl")).stream()
                .filter(d -> d.identifier().equals("wmo-voorzieningen-per-wijk")).findFirst().orElseThrow();
        List<String> violations = conformance.violations(wmo, CATALOG);
        assertThat(violations).isNotEmpty().allMatch(v -> v.startsWith("csv › dct:license"));
    }

    @Test
    void namesTheDatasetPropertyWhenTheDescriptionIsMissing() {
        ExportedDataset wmo = new DcatApNlProfile().parse(view("opendata/open-data-view.ttl")).getFirst();
        ExportedDataset noDescription = new ExportedDataset(wmo.iri(), wmo.identifier(), wmo.title(), "",
                wmo.themes(), wmo.accessRights(), wmo.accrualPeriodicity(), wmo.keywords(), wmo.publisherIri(),
                wmo.publisherName(), wmo.contactName(), wmo.contactEmail(), wmo.modified(), wmo.distributions());
        assertThat(conformance.violations(noDescription, CATALOG)).anyMatch(v -> v.startsWith("dataset › dct:description"));
    }

    private static Graph view(String fixture) {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(DcatApNlConformanceTest.class.getClassLoader().getResourceAsStream(fixture)).base(BASE)
                .lang(Lang.TURTLE).parse(view);
        return view;
    }
}
