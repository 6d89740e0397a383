package nl.datawijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.privacy.internal.LineageRepository;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Inherited classification on the real store and the Huizen seed: several paths, approved steps that block them,
 * who may approve, and the approval record checked by the shapes.
 */
@SpringBootTest
@DirtiesContext
@WithMockUser(username = "fg.huizen", roles = {"FG", "MEDEWERKER"})
class InheritedClassificationServiceIT {

    static final String VOCAB = "https://w3id.org/datawijzer/vocab/";
    static final String BSN = VOCAB + "persoonsgegevens/nationaal-identificatienummer";
    static final String HEALTH = VOCAB + "persoonsgegevens/gezondheid";
    static final String DW = "https://w3id.org/datawijzer/def#";

    @Autowired InheritedClassificationService inherited;
    @Autowired PrivacyReviewService review;
    @Autowired DatasetService datasets;
    @Autowired RdfStore store;
    @Autowired Iris iris;

    static FieldId field(String dataset, String field) {
        return new FieldId(new DatasetId(dataset), field);
    }

    private static List<FieldId> sources(FieldInheritance inheritance) {
        return inheritance.sources().stream().map(s -> s.sourceField().id()).toList();
    }

    private boolean approvalExists(FieldId derived, FieldId source) {
        Node graph = iris.graph(RecordKind.DERIVATION_APPROVAL, LineageRepository.approvalSlug(derived, source));
        Boolean exists = store.read(reader -> reader.containsGraph(graph));
        return exists;
    }

    @Test
    void theSeededWarehouseFieldsInheritBsnAndHealthFromTheirSourceSystems() {
        FieldInheritance bsn = inherited.field(field("ggm-aanvraagwmojeugd", "bsn"));
        assertThat(sources(bsn)).as("two source systems, two paths")
                .containsExactlyInAnyOrder(field("wmo-aanvragen", "bsn"), field("jeugd-aanmeldingen", "bsn-jeugdige"));
        assertThat(bsn.categories()).extracting(Label::iri).containsExactly(BSN);

        Map<FieldId, FieldInheritance> warehouse = inherited.dataset(new DatasetId("ggm-beschiktevoorziening"));
        assertThat(warehouse.get(field("ggm-beschiktevoorziening", "productcategorie")).categories())
                .extracting(Label::iri).containsExactly(HEALTH);
        assertThat(warehouse.get(field("ggm-beschiktevoorziening", "bsn")).categories())
                .extracting(Label::iri).containsExactly(BSN);

        FieldInheritance dashboard = inherited.field(field("pbi-jeugdhulp", "productcategorie"));
        assertThat(dashboard.categories()).extracting(Label::iri).containsExactly(HEALTH);
        assertThat(dashboard.sourcesOf(HEALTH)).anySatisfy(s -> {
            assertThat(s.sourceField().id()).isEqualTo(field("wmo-beschikkingen", "productcategorie"));
            assertThat(s.sourceField().datasetTitle()).isNotBlank();
            assertThat(s.via()).extracting(FieldRef::id)
                    .containsExactly(field("ggm-beschiktevoorziening", "productcategorie"));
        });
    }

    @Test
    void theSeededOpenDataAggregatesInheritNothingBecauseTheFgApprovedTheirCounts() {
        for (String dataset : List.of("wmo-clienten-per-wijk", "jeugdhulptrajecten-per-wijk",
                "jeugdhulp-per-productcategorie", "bevolking-per-wijk", "bijstandsuitkeringen-per-wijk")) {
            assertThat(inherited.dataset(new DatasetId(dataset)).values()).as(dataset).isNotEmpty()
                    .noneMatch(FieldInheritance::inherits);
        }
        FieldId count = field("pbi-wmo-voorzieningen", "aantal-clienten");
        assertThat(inherited.field(count).inherits()).isFalse();
        assertThat(inherited.sources(count)).singleElement().satisfies(link -> {
            assertThat(link.carries()).extracting(Label::iri).containsExactly(BSN);
            assertThat(link.approval()).isNotNull();
            assertThat(link.approval().stepKind()).isEqualTo(StepKind.AGGREGATION);
            assertThat(link.approval().decidedBy()).isEqualTo("fg");
        });
        assertThat(inherited.history(count)).singleElement().satisfies(e -> assertThat(e.granted()).isTrue());
    }

    @Test
    void anApprovedStepStopsTheInheritanceAndAWithdrawalBringsItBack() {
        FieldId derived = field("pbi-jeugdhulp", "productcategorie");
        FieldId source = field("ggm-beschiktevoorziening", "productcategorie");
        assertThat(inherited.field(derived).inherits()).isTrue();
        assertThat(inherited.downstream(source)).extracting(d -> d.field().id()).contains(derived);
        int inheritingBefore = review.dataset(derived.dataset()).inheritedFields();

        inherited.approve(new ApprovalRequest(derived, source, StepKind.AGGREGATION,
                "Productcategorie alleen als indeling van tellingen per wijk, kleine aantallen afgeschermd."));

        assertThat(approvalExists(derived, source)).isTrue();
        assertThat(inherited.field(derived).inherits()).isFalse();
        assertThat(inherited.dataset(derived.dataset()).get(derived).inherits()).isFalse();
        assertThat(inherited.downstream(source)).extracting(d -> d.field().id()).doesNotContain(derived);
        assertThat(review.dataset(derived.dataset()).inheritedFields()).isEqualTo(inheritingBefore - 1);
        assertThat(inherited.sources(derived)).singleElement().satisfies(link -> {
            assertThat(link.approval().decidedBy()).isEqualTo("fg.huizen");
            assertThat(link.approval().rationale()).startsWith("Productcategorie alleen");
            assertThat(link.carries()).extracting(Label::iri).containsExactly(HEALTH);
        });

        inherited.withdraw(derived, source, "Het dashboard toont ook cellen met minder dan vijf jeugdigen.");

        assertThat(approvalExists(derived, source)).isFalse();
        assertThat(inherited.field(derived).categories()).extracting(Label::iri).containsExactly(HEALTH);
        assertThat(inherited.history(derived)).extracting(ApprovalEvent::granted).containsExactly(false, true);
        assertThat(inherited.history(derived).getFirst().stepKind()).isEqualTo(StepKind.AGGREGATION);
    }

    @Test
    void approvingOneOfTwoPathsKeepsTheInheritanceAndApprovingBothEndsIt() {
        FieldId derived = field("ggm-beschikking", "bsn");
        FieldId wmo = field("wmo-beschikkingen", "bsn");
        FieldId youth = field("jeugd-beschikkingen", "bsn-jeugdige");

        inherited.approve(new ApprovalRequest(derived, wmo, StepKind.ANONYMISATION, "Testgeval: eerste pad."));
        assertThat(sources(inherited.field(derived))).containsExactly(youth);

        inherited.approve(new ApprovalRequest(derived, youth, StepKind.ANONYMISATION, "Testgeval: tweede pad."));
        assertThat(inherited.field(derived).inherits()).isFalse();

        inherited.withdraw(derived, wmo, "Testgeval: eerste pad weer open.");
        assertThat(sources(inherited.field(derived))).containsExactly(wmo);
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
    void aStewardSeesTheInheritanceButCanNeitherApproveNorWithdraw() {
        FieldId derived = field("pbi-wmo-voorzieningen", "wijkcode");
        FieldId source = field("ggm-beschiktevoorziening", "wijkcode");
        assertThat(inherited.field(derived).inherits()).isTrue();

        assertThatThrownBy(() -> inherited.approve(new ApprovalRequest(derived, source, StepKind.AGGREGATION,
                "Mag een beheerder niet."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inherited.withdraw(field("pbi-wmo-voorzieningen", "aantal-clienten"),
                field("ggm-beschiktevoorziening", "bsn"), "Mag een beheerder niet."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inherited.downstream(source)).isInstanceOf(AccessDeniedException.class);

        assertThat(approvalExists(derived, source)).isFalse();
        assertThat(approvalExists(field("pbi-wmo-voorzieningen", "aantal-clienten"), field("ggm-beschiktevoorziening", "bsn")))
                .isTrue();
    }

    @Test
    void onlyAnExistingStepCanBeApprovedOnceAndOnlyAnApprovedStepWithdrawn() {
        FieldId derived = field("pbi-jeugdhulp", "wijkcode");
        FieldId source = field("ggm-beschiktevoorziening", "wijkcode");
        FieldId notItsSource = field("ggm-beschiktevoorziening", "bsn");

        assertThatThrownBy(() -> inherited.approve(new ApprovalRequest(derived, notItsSource, StepKind.AGGREGATION,
                "Geen bestaande afleiding."))).isInstanceOf(WriteRefusedException.class)
                .hasMessageContaining("niet afgeleid");
        assertThat(approvalExists(derived, notItsSource)).isFalse();
        assertThatThrownBy(() -> inherited.approve(new ApprovalRequest(field("pbi-jeugdhulp", "bestaat-niet"), source,
                StepKind.AGGREGATION, "Geen veld."))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> new ApprovalRequest(derived, source, StepKind.AGGREGATION, " x "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("motivering");
        assertThatThrownBy(() -> inherited.withdraw(derived, source, "Niets om in te trekken."))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("niet goedgekeurd");

        inherited.approve(new ApprovalRequest(derived, source, StepKind.AGGREGATION, "Wijkcode als indeling."));
        assertThatThrownBy(() -> inherited.approve(new ApprovalRequest(derived, source, StepKind.ANONYMISATION,
                "Nog een keer."))).isInstanceOf(WriteRefusedException.class).hasMessageContaining("al goedgekeurd");
        assertThat(inherited.history(derived)).hasSize(1);
    }

    @Test
    void theShapesCheckTheApprovalRecordEvenBelowTheService() {
        FieldId derived = field("pbi-participatie", "wijkcode");
        FieldId source = field("participatie-uitkering", "wijkcode");
        Node approval = iris.record(RecordKind.DERIVATION_APPROVAL, "a-test");
        Node graphName = iris.graph(RecordKind.DERIVATION_APPROVAL, "a-test");
        Node derivedIri = iris.field(derived.dataset().slug(), derived.slug());
        Node sourceIri = iris.field(source.dataset().slug(), source.slug());

        Graph wrongKind = approval(approval, derivedIri, sourceIri, VOCAB + "vertrouwelijkheid/intern");
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(graphName, wrongKind);
            return null;
        })).isInstanceOfSatisfying(WriteRefusedException.class, e -> assertThat(e.violations())
                .extracting(WriteRefusedException.Violation::path).containsOnly(DW + "stepKind"));

        Graph notDerived = approval(approval, derivedIri, iris.field("participatie-uitkering", "bsn"),
                VOCAB + "verwerkingsstap/aggregatie");
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(graphName, notDerived);
            return null;
        })).isInstanceOfSatisfying(WriteRefusedException.class, e -> assertThat(e.violations())
                .extracting(WriteRefusedException.Violation::sourceShape)
                .containsOnly("https://w3id.org/datawijzer/shapes#DerivationApprovalLinkRule"));
        boolean written = store.read(reader -> reader.containsGraph(graphName));
        assertThat(written).isFalse();
    }

    @Test
    void theLineageOfAnApprovedStepCannotChangeUnderItButItsHistoryStays() {
        FieldId derived = field("pbi-participatie", "regeling");
        FieldId source = field("participatie-uitkering", "regeling");
        inherited.approve(new ApprovalRequest(derived, source, StepKind.AGGREGATION, "Regeling als indeling."));
        Node graphName = iris.graph(RecordKind.DATASET, derived.dataset().slug());
        Node derivedIri = iris.field(derived.dataset().slug(), derived.slug());
        Node wasDerivedFrom = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

        assertThatThrownBy(() -> store.write(w -> {
            Graph graph = w.graph(graphName);
            graph.remove(derivedIri, wasDerivedFrom, Node.ANY);
            w.replaceGraph(graphName, graph);
            return null;
        })).isInstanceOf(WriteRefusedException.class).hasMessageContaining("Trek de goedkeuring in");

        String decision = inherited.history(derived).getFirst().id();
        assertThatThrownBy(() -> store.write(w -> {
            w.removeGraph(iris.graph(RecordKind.DERIVATION_DECISION, decision));
            return null;
        })).isInstanceOf(WriteRefusedException.class).hasMessageContaining("geschiedenis");
    }

    @Test
    @WithMockUser(username = "fg.huizen", roles = {"FG", "MEDEWERKER", "BEHEERDER"})
    void deletingAnApprovedDerivedFieldIsNotBlockedByItsApproval() {
        FieldId derived = field("pbi-participatie", "leefvorm");
        FieldId source = field("participatie-uitkering", "leefvorm");
        inherited.approve(new ApprovalRequest(derived, source, StepKind.AGGREGATION, "Leefvorm als indeling."));

        datasets.deleteField(derived);

        assertThat(inherited.dataset(derived.dataset())).doesNotContainKey(derived);
        assertThat(inherited.history(derived)).hasSize(1);
    }

    @Test
    void dashboardProfilesCountFieldsThatInheritPersonalDataAndTheirStrictestSource() {
        PrivacyProfile dashboard = review.system(new nl.datawijzer.catalog.SystemId("powerbi-dashboard-sociaal-domein"));
        assertThat(dashboard.inheritedFields()).isPositive();
        assertThat(dashboard.highestInherited()).as("its own fields are at most internal, its sources confidential")
                .isTrue();
        assertThat(dashboard.highestConfidentiality().label()).isIn("Vertrouwelijk", "Confidentieel", "Geheim");
        assertThat(review.overview()).filteredOn(p -> p.id().equals("powerbi-dashboard-sociaal-domein"))
                .singleElement().satisfies(p -> assertThat(p.inheritedFields()).isEqualTo(dashboard.inheritedFields()));
    }

    private static Graph approval(Node approval, Node derived, Node source, String kind) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(approval, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI(DW + "DerivationApproval"));
        graph.add(approval, NodeFactory.createURI(DW + "derivedField"), derived);
        graph.add(approval, NodeFactory.createURI(DW + "sourceField"), source);
        graph.add(approval, NodeFactory.createURI(DW + "stepKind"), NodeFactory.createURI(kind));
        graph.add(approval, NodeFactory.createURI(DW + "decidedBy"), NodeFactory.createLiteralString("fg"));
        graph.add(approval, NodeFactory.createURI("http://www.w3.org/ns/prov#endedAtTime"),
                NodeFactory.createLiteralDT("2026-01-01T10:00:00Z",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        graph.add(approval, NodeFactory.createURI(DW + "rationale"), NodeFactory.createLiteralLang("Test.", "nl"));
        return graph;
    }
}
