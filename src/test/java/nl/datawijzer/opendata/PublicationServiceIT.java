package nl.datawijzer.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.privacy.Classification;
import nl.datawijzer.privacy.PrivacyReviewService;
import nl.datawijzer.privacy.ReviewDecision;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.search.PublicSearchService;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The publication workflow on the Huizen seed, with the seeded extracts as hosted files: what the seed publishes at
 * start, propose/approve/reject/withdraw with the public view and the public index following before the call
 * returns, refusals that write nothing, automatic withdrawal after an own or upstream field becomes personal, and
 * the start-up sync healing a lost view. Each test uses its own datasets, so their order does not matter, except
 * that the first looks at the seed untouched.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationServiceIT {

    static final List<String> SEEDED_PUBLISHED = List.of("bevolking-per-wijk", "bijstandsuitkeringen-per-wijk",
            "jeugdhulp-per-productcategorie", "jeugdhulptrajecten-per-wijk", "uitgaven-sociaal-domein-per-taakveld",
            "wmo-clienten-per-wijk", "wmo-meldingen-per-kwartaal");
    static final String WAITING = "schuldhulp-aanmeldingen-per-kwartaal";
    static final String DW = "https://w3id.org/datawijzer/def#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String NAW = "https://w3id.org/datawijzer/vocab/persoonsgegevens/naw";
    static final String INTERN = "https://w3id.org/datawijzer/vocab/vertrouwelijkheid/intern";
    static final String PUBLIC_TASK = "https://w3id.org/dpv/legal/eu/gdpr#A6-1-e";

    @Autowired PublicationService publications;
    @Autowired PublicationKeeper keeper;
    @Autowired PrivacyReviewService review;
    @Autowired DatasetService datasets;
    @Autowired PublicSearchService publicSearch;
    @Autowired RdfStore store;
    @Autowired PublicRdfStore publicStore;
    @Autowired Iris iris;

    @Test
    @Order(1)
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void theSeedPublishesItsSevenCandidatesThatPassTheGateAndLetsTheDebtFiguresWait() {
        assertThat(viewSlugs()).containsExactlyElementsOf(SEEDED_PUBLISHED);
        for (String slug : SEEDED_PUBLISHED) {
            PublicationStatus status = publications.status(new DatasetId(slug)).orElseThrow();
            assertThat(status.state()).as(slug).isEqualTo(PublicationState.PUBLISHED);
            assertThat(status.issued()).isNotNull();
            assertThat(publications.history(new DatasetId(slug))).extracting(PublicationStep::to)
                    .containsExactly(PublicationState.PUBLISHED, PublicationState.PROPOSED);
        }
        assertThat(publications.status(new DatasetId(WAITING)).orElseThrow().state())
                .isEqualTo(PublicationState.PROPOSED);
        assertThat(publicIds("Wmo")).contains("dataset:wmo-clienten-per-wijk");
        assertThat(publications.notices()).isEmpty();
    }

    @Test
    @Order(2)
    void theViewHoldsOnlyDcatTermsNeverOurOwnProvenanceOrFields() {
        Graph view = view();
        assertThat(view.size()).isPositive();
        view.find().forEachRemaining(t -> {
            for (Node node : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (node.isURI()) {
                    assertThat(node.getURI()).as(t.toString()).doesNotStartWith(DW).doesNotStartWith(PROV)
                            .doesNotContain("/field/");
                }
            }
        });
        Node wmo = iris.record(RecordKind.DATASET, "wmo-clienten-per-wijk");
        assertThat(view.contains(wmo, NodeFactory.createURI("http://www.w3.org/ns/dcat#landingPage"),
                NodeFactory.createURI("http://localhost:8080/open-data/wmo-clienten-per-wijk"))).isTrue();
        assertThat(view.contains(wmo, NodeFactory.createURI("http://purl.org/dc/terms/issued"), Node.ANY)).isTrue();
        assertThat(view.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasTelephone"), Node.ANY)
                .toList()).isNotEmpty();
    }

    @Test
    @Order(3)
    void aStewardWithdrawsAndProposesAgainAndTheFgApprovesAndItIsPublicBeforeTheCallReturns() {
        DatasetId uitgaven = new DatasetId("uitgaven-sociaal-domein-per-taakveld");
        as("beheerder", "BEHEERDER", () -> publications.withdraw(uitgaven, "Cijfers worden herzien."));
        assertThat(viewSlugs()).doesNotContain(uitgaven.slug());
        assertThat(publicIds("uitgaven")).doesNotContain("dataset:" + uitgaven.slug());

        PublicationStatus proposed = as("beheerder", "BEHEERDER",
                () -> publications.propose(uitgaven, "Herziene cijfers staan klaar."));
        assertThat(proposed.state()).isEqualTo(PublicationState.PROPOSED);
        assertThat(viewSlugs()).doesNotContain(uitgaven.slug());
        assertThat(as("fg", "FG", publications::proposals)).extracting(Proposal::datasetSlug)
                .contains(uitgaven.slug());

        PublicationStatus approved = as("fg", "FG", () -> publications.approve(uitgaven, "Akkoord."));
        assertThat(approved.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(viewSlugs()).contains(uitgaven.slug());
        assertThat(publicIds("uitgaven")).contains("dataset:" + uitgaven.slug());
        List<PublicationStep> history = as("fg", "FG", () -> publications.history(uitgaven));
        assertThat(history).extracting(PublicationStep::to).startsWith(PublicationState.PUBLISHED,
                PublicationState.PROPOSED, PublicationState.WITHDRAWN);
        assertThat(history.getFirst().decidedBy()).isEqualTo("fg");
        assertThat(history.get(2).note()).isEqualTo("Cijfers worden herzien.");
    }

    @Test
    @Order(4)
    void theFgRejectsAProposalWithAReasonAndItStaysOutOfTheView() {
        DatasetId waiting = new DatasetId(WAITING);
        assertThatThrownBy(() -> as("fg", "FG", () -> publications.reject(waiting, "  ")))
                .isInstanceOf(PublicationRefusedException.class).hasMessageContaining("reden");

        PublicationStatus rejected = as("fg", "FG",
                () -> publications.reject(waiting, "Eerst de velden laten beoordelen."));

        assertThat(rejected.state()).isEqualTo(PublicationState.REJECTED);
        assertThat(viewSlugs()).doesNotContain(WAITING);
        assertThat(as("fg", "FG", () -> publications.history(waiting)).getFirst().note())
                .isEqualTo("Eerst de velden laten beoordelen.");
    }

    @Test
    @Order(5)
    void illegalTransitionsAreRefusedWithAClearMessageAndWriteNothing() {
        DatasetId published = new DatasetId("bevolking-per-wijk");
        DatasetId never = new DatasetId("dim-wijk");
        int before = as("fg", "FG", () -> publications.history(published)).size();

        assertThatThrownBy(() -> as("beheerder", "BEHEERDER", () -> publications.propose(published, "")))
                .isInstanceOf(PublicationRefusedException.class).hasMessageContaining("al gepubliceerd");
        assertThatThrownBy(() -> as("fg", "FG", () -> publications.approve(published, "")))
                .isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("Alleen een voorgestelde dataset").hasMessageContaining("gepubliceerd");
        assertThatThrownBy(() -> as("fg", "FG", () -> publications.reject(published, "Nee.")))
                .isInstanceOf(PublicationRefusedException.class);
        assertThatThrownBy(() -> as("beheerder", "BEHEERDER", () -> publications.withdraw(never, "Weg ermee.")))
                .isInstanceOf(PublicationRefusedException.class).hasMessageContaining("nooit voorgesteld");
        assertThatThrownBy(() -> as("fg", "FG", () -> publications.approve(never, "")))
                .isInstanceOf(PublicationRefusedException.class);

        assertThat(as("fg", "FG", () -> publications.history(published))).hasSize(before);
        assertThat(as("fg", "FG", () -> publications.status(never))).isEmpty();
        assertThat(viewSlugs()).contains(published.slug());
    }

    @Test
    @Order(6)
    void proposingADatasetTheGateBlocksIsRefusedNamingTheRulesAndWritesNothing() {
        DatasetId closed = new DatasetId("wmo-aanvragen");
        long revision = store.revision();

        assertThatThrownBy(() -> as("beheerder", "BEHEERDER", () -> publications.propose(closed, "Graag open.")))
                .isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("publicatiepoort")
                .hasMessageContaining(GateRule.NO_PERSONAL_DATA.titleNl())
                .satisfies(e -> assertThat(((PublicationRefusedException) e).failures()).extracting(GateResult::rule)
                        .contains(GateRule.NO_PERSONAL_DATA));

        assertThat(store.revision()).isEqualTo(revision);
        assertThat(as("fg", "FG", () -> publications.status(closed))).isEmpty();
        assertThat(as("fg", "FG", () -> publications.history(closed))).isEmpty();
    }

    @Test
    @Order(7)
    void aFieldOfAPublishedDatasetBecomingPersonalTakesItOutOfTheViewAtOnceAndTellsTheOwner() {
        String slug = "bijstandsuitkeringen-per-wijk";
        giveLegalBasis(slug);
        assertThat(viewSlugs()).contains(slug);

        as("fg", "FG", () -> {
            review.decide(new ReviewDecision(new FieldId(new DatasetId(slug), "wijknaam"),
                    new Classification(true, List.of(NAW), INTERN, null), "Bevat toch adresgegevens."));
            return null;
        });

        assertThat(viewSlugs()).doesNotContain(slug);
        assertThat(publicIds("bijstand")).doesNotContain("dataset:" + slug);
        PublicationStatus status = as("fg", "FG", () -> publications.status(new DatasetId(slug))).orElseThrow();
        assertThat(status.state()).isEqualTo(PublicationState.AUTO_WITHDRAWN);
        PublicationStep step = as("fg", "FG", () -> publications.history(new DatasetId(slug))).getFirst();
        assertThat(step.decidedBy()).isEqualTo(PublicationService.SYSTEM);
        assertThat(step.note()).contains(GateRule.NO_PERSONAL_DATA.titleNl()).contains("wijknaam");
        List<Notice> notices = as("medewerker", "MEDEWERKER", publications::notices);
        assertThat(notices).filteredOn(n -> n.datasetSlug().equals(slug)).singleElement().satisfies(notice -> {
            assertThat(notice.text()).contains("automatisch uit de open data gehaald")
                    .contains(GateRule.NO_PERSONAL_DATA.titleNl());
            assertThat(notice.recipientName()).isNotBlank();
            assertThat(notice.read()).isFalse();
        });
        String id = notices.stream().filter(n -> n.datasetSlug().equals(slug)).findFirst().orElseThrow().id();
        as("medewerker", "MEDEWERKER", () -> {
            publications.markRead(id);
            return null;
        });
        assertThat(as("medewerker", "MEDEWERKER", publications::notices))
                .filteredOn(n -> n.id().equals(id)).singleElement().satisfies(n -> assertThat(n.read()).isTrue());
    }

    @Test
    @Order(8)
    void anUpstreamFieldBecomingPersonalTakesTheDatasetBuiltOnItOutOfTheView() {
        giveLegalBasis("dim-product");
        assertThat(viewSlugs()).contains("wmo-clienten-per-wijk", "jeugdhulp-per-productcategorie");

        as("fg", "FG", () -> {
            review.decide(new ReviewDecision(new FieldId(new DatasetId("dim-product"), "voorzieningsoort"),
                    new Classification(true, List.of(NAW), INTERN, null), "Proef: bevat toch persoonsgegevens."));
            return null;
        });

        assertThat(viewSlugs()).doesNotContain("wmo-clienten-per-wijk")
                .as("built on dim-product too, but not on this field").contains("jeugdhulp-per-productcategorie");
        assertThat(publicIds("Wmo")).doesNotContain("dataset:wmo-clienten-per-wijk");
        assertThat(as("fg", "FG", () -> publications.status(new DatasetId("wmo-clienten-per-wijk"))).orElseThrow()
                .state()).isEqualTo(PublicationState.AUTO_WITHDRAWN);
        assertThat(as("fg", "FG", publications::notices)).anySatisfy(n -> {
            assertThat(n.datasetSlug()).isEqualTo("wmo-clienten-per-wijk");
            assertThat(n.text()).contains("erven persoonsgegevens", "Voorzieningsoort (voorzieningsoort)");
        });
    }

    @Test
    @Order(9)
    void theStartUpSyncRebuildsALostPublicStoreFromTheRecords() {
        Set<String> before = viewSlugs();
        Graph expected = view();
        publicStore.write(writer -> {
            writer.removeGraph(viewGraph());
            return null;
        });
        assertThat(viewSlugs()).isEmpty();

        keeper.sync(true);

        assertThat(viewSlugs()).isEqualTo(before);
        assertThat(view().isIsomorphicWith(expected)).isTrue();
        long revision = publicStore.revision();
        keeper.sync(true);
        assertThat(publicStore.revision()).as("a second sync changes nothing").isEqualTo(revision);
    }

    @Test
    @Order(10)
    void aStewardsTitleEditOfAPublishedDatasetShowsPubliclyBeforeTheCallReturns() {
        DatasetId id = new DatasetId("jeugdhulptrajecten-per-wijk");
        as("beheerder", "BEHEERDER", () -> {
            DatasetDetail d = datasets.get(id);
            datasets.update(new DatasetDraft(id.slug(), "Jeugdhulptrajecten per wijk en jaar", d.description(),
                    new SystemId(last(d.system().iri())), new AgentId(last(d.owner().iri())),
                    new AgentId(last(d.steward().iri())), d.themes().stream().map(Label::iri).toList(),
                    d.frequency().iri(), d.accessRights().iri(), d.legalBases().stream().map(Label::iri).toList(),
                    d.legalGround(), d.keywords()));
            return null;
        });

        assertThat(viewSlugs()).contains(id.slug());
        assertThat(view().contains(iris.record(RecordKind.DATASET, id.slug()),
                NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralLang("Jeugdhulptrajecten per wijk en jaar", "nl"))).isTrue();
        assertThat(publicIds("jeugdhulptrajecten")).contains("dataset:" + id.slug());
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
    void aStewardCannotApproveOrReject() {
        DatasetId waiting = new DatasetId("jeugdhulptrajecten-per-wijk");
        assertThatThrownBy(() -> publications.approve(waiting, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publications.reject(waiting, "Nee.")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(publications::proposals).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER"})
    void theFgCannotProposeButCanReadTheQueue() {
        assertThatThrownBy(() -> publications.propose(new DatasetId("dim-wijk"), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(publications.proposals()).allSatisfy(p -> assertThat(p.report()).isNotNull());
    }

    @Test
    @WithAnonymousUser
    void anonymousMayDoNothing() {
        DatasetId dataset = new DatasetId("bevolking-per-wijk");
        for (Runnable call : List.<Runnable>of(() -> publications.status(dataset), () -> publications.history(dataset),
                publications::notices, () -> publications.propose(dataset, ""), () -> publications.approve(dataset, ""),
                () -> publications.withdraw(dataset, "Weg."), publications::proposals)) {
            assertThatThrownBy(call::run).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        }
    }

    private void giveLegalBasis(String slug) {
        Node graphName = iris.graph(RecordKind.DATASET, slug);
        store.write(writer -> {
            Graph graph = writer.graph(graphName);
            graph.add(Triple.create(iris.record(RecordKind.DATASET, slug),
                    NodeFactory.createURI("https://w3id.org/dpv#hasLegalBasis"), NodeFactory.createURI(PUBLIC_TASK)));
            writer.replaceGraph(graphName, graph);
            return null;
        });
    }

    private List<String> publicIds(String text) {
        return publicSearch.search(new SearchRequest(text, java.util.Map.of(), 0, 100)).hits().stream()
                .map(SearchHit::id).toList();
    }

    private Set<String> viewSlugs() {
        Set<String> slugs = new java.util.TreeSet<>();
        view().find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset")).forEachRemaining(t ->
                iris.slugOf(RecordKind.DATASET, t.getSubject().getURI()).ifPresent(slugs::add));
        return slugs;
    }

    private Graph view() {
        return publicStore.read(reader -> reader.graph(viewGraph()));
    }

    private Node viewGraph() {
        return NodeFactory.createURI(iris.recordGraphPrefix() + "opendata");
    }

    private static <T> T as(String user, String role, java.util.function.Supplier<T> action) {
        return Users.as(user, role, action);
    }

}
