package nl.datawijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.privacy.internal.LineageRepository.FieldNode;
import nl.datawijzer.privacy.internal.LineageRepository.Link;
import org.junit.jupiter.api.Test;

/** Propagation of a personal-data classification along field lineage, with several paths and blocking steps. */
class LineageWalkTest {

    static final String BSN = "https://w3id.org/datawijzer/vocab/persoonsgegevens/nationaal-identificatienummer";
    static final String HEALTH = "https://w3id.org/datawijzer/vocab/persoonsgegevens/gezondheid";

    /** A small catalog: fields with their own classification and their upstream links (derived -> source). */
    private final Map<FieldId, List<String>> categories = new LinkedHashMap<>();
    private final Map<FieldId, List<Link>> sources = new LinkedHashMap<>();
    private final List<Set<FieldId>> lookups = new ArrayList<>();

    private FieldId field(String name, String... categoryIris) {
        FieldId id = new FieldId(new DatasetId("ds-" + name.toLowerCase()), name.toLowerCase());
        categories.put(id, List.of(categoryIris));
        sources.put(id, new ArrayList<>());
        return id;
    }

    private void derive(FieldId derived, FieldId source) {
        sources.get(derived).add(new Link(source, false));
    }

    private void approve(FieldId derived, FieldId source) {
        sources.get(derived).replaceAll(l -> l.other().equals(source) ? new Link(source, true) : l);
    }

    private Map<FieldId, FieldNode> lookup(Set<FieldId> ids) {
        lookups.add(Set.copyOf(ids));
        Map<FieldId, FieldNode> found = new LinkedHashMap<>();
        ids.stream().filter(categories::containsKey).forEach(id -> found.put(id, new FieldNode(
                new FieldRef(id, "Veld " + id.slug(), "Dataset " + id.dataset().slug()), !categories.get(id).isEmpty(),
                categories.get(id), categories.get(id).isEmpty() ? 3 : 5, sources.get(id))));
        return found;
    }

    private FieldInheritance inheritance(FieldId field) {
        return LineagePrivacy.inheritance(field, new LineageWalk(this::lookup).from(List.of(field)).get(field),
                iri -> new Label(iri, iri.substring(iri.lastIndexOf('/') + 1)));
    }

    private static List<FieldId> sourceIds(FieldInheritance inheritance) {
        return inheritance.sources().stream().map(s -> s.sourceField().id()).toList();
    }

    private static List<FieldId> path(InheritedClassification inherited) {
        return inherited.path().stream().map(FieldRef::id).toList();
    }

    @Test
    void aDerivedFieldInheritsTheCategoriesOfItsSourceWithThePath() {
        FieldId a = field("A", BSN);
        FieldId c = field("C");
        derive(c, a);

        FieldInheritance inherited = inheritance(c);

        assertThat(sourceIds(inherited)).containsExactly(a);
        assertThat(inherited.categories()).extracting(Label::iri).containsExactly(BSN);
        assertThat(path(inherited.sources().getFirst())).containsExactly(a);
        assertThat(inherited.sources().getFirst().via()).isEmpty();
        assertThat(inheritance(a).inherits()).as("a source inherits nothing from itself").isFalse();
    }

    @Test
    void inheritanceIsTransitiveAndNamesTheFieldsInBetween() {
        FieldId a = field("A", BSN);
        FieldId b = field("B");
        FieldId c = field("C");
        derive(b, a);
        derive(c, b);

        InheritedClassification inherited = inheritance(c).sources().getFirst();

        assertThat(inherited.sourceField().id()).isEqualTo(a);
        assertThat(path(inherited)).containsExactly(b, a);
        assertThat(inherited.via()).extracting(FieldRef::id).containsExactly(b);
    }

    @Test
    void blockingOneOfTwoPathsKeepsTheInheritanceThroughTheOther() {
        FieldId a = field("A", BSN);
        FieldId b = field("B", BSN);
        FieldId c = field("C");
        derive(c, a);
        derive(c, b);
        approve(c, a);

        FieldInheritance inherited = inheritance(c);

        assertThat(sourceIds(inherited)).containsExactly(b);
        assertThat(inherited.categories()).extracting(Label::iri).containsExactly(BSN);
    }

    @Test
    void aSourceReachedAlongAnotherPathStillPassesItsClassificationOn() {
        FieldId a = field("A", BSN);
        FieldId b = field("B");
        FieldId c = field("C");
        derive(b, a);
        derive(c, a);
        derive(c, b);
        approve(c, a);

        InheritedClassification inherited = inheritance(c).sources().getFirst();

        assertThat(inherited.sourceField().id()).isEqualTo(a);
        assertThat(path(inherited)).as("the direct step is approved; the path through B is not").containsExactly(b, a);
    }

    @Test
    void blockingEveryPathRemovesTheInheritance() {
        FieldId a = field("A", BSN);
        FieldId b = field("B", HEALTH);
        FieldId c = field("C");
        derive(c, a);
        derive(c, b);
        approve(c, a);
        approve(c, b);

        assertThat(inheritance(c).inherits()).isFalse();
        assertThat(inheritance(c).categories()).isEmpty();
    }

    @Test
    void aBlockedStepInTheMiddleOfAChainStopsEverythingDownstreamOfIt() {
        FieldId a = field("A", BSN);
        FieldId b = field("B");
        FieldId c = field("C");
        FieldId d = field("D");
        derive(b, a);
        derive(c, b);
        derive(d, c);
        approve(c, b);

        assertThat(sourceIds(inheritance(b))).containsExactly(a);
        assertThat(inheritance(c).inherits()).isFalse();
        assertThat(inheritance(d).inherits()).isFalse();
    }

    @Test
    void categoriesOfSeveralSourcesAreMergedAndEachNamesItsSources() {
        FieldId a = field("A", BSN);
        FieldId b = field("B", BSN, HEALTH);
        FieldId c = field("C");
        derive(c, a);
        derive(c, b);

        FieldInheritance inherited = inheritance(c);

        assertThat(inherited.categories()).extracting(Label::iri).containsExactlyInAnyOrder(BSN, HEALTH);
        assertThat(inherited.sourcesOf(BSN)).extracting(s -> s.sourceField().id()).containsExactlyInAnyOrder(a, b);
        assertThat(inherited.sourcesOf(HEALTH)).extracting(s -> s.sourceField().id()).containsExactly(b);
        assertThat(inherited.highestRank()).isEqualTo(5);
    }

    @Test
    void aCycleEndsTheWalkAndNoFieldInheritsFromItself() {
        FieldId a = field("A", BSN);
        FieldId b = field("B");
        FieldId c = field("C");
        derive(b, a);
        derive(a, c);
        derive(c, b);

        assertThat(sourceIds(inheritance(b))).containsExactly(a);
        assertThat(sourceIds(inheritance(c))).containsExactly(a);
        assertThat(inheritance(a).inherits()).isFalse();
    }

    @Test
    void theWalkStopsAtItsDepthBound() {
        FieldId source = field("F0", BSN);
        FieldId previous = source;
        List<FieldId> chain = new ArrayList<>();
        for (int i = 1; i <= LineageWalk.MAX_DEPTH + 1; i++) {
            FieldId next = field("F" + i);
            derive(next, previous);
            chain.add(next);
            previous = next;
        }

        assertThat(sourceIds(inheritance(chain.get(LineageWalk.MAX_DEPTH - 1)))).as("exactly MAX_DEPTH steps away")
                .containsExactly(source);
        assertThat(inheritance(chain.getLast()).inherits()).as("one step further").isFalse();
    }

    @Test
    void aWholeDatasetIsWalkedWithOneLookupPerLevel() {
        FieldId a = field("A", BSN);
        FieldId b = field("B", HEALTH);
        FieldId mid1 = field("M1");
        FieldId mid2 = field("M2");
        List<FieldId> dashboard = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            FieldId f = field("D" + i);
            derive(f, i % 2 == 0 ? mid1 : mid2);
            dashboard.add(f);
        }
        derive(mid1, a);
        derive(mid2, b);

        Map<FieldId, List<LineageWalk.Reach>> reached = new LineageWalk(this::lookup).from(dashboard);

        assertThat(lookups).as("the dashboard fields, their sources, the sources' sources").hasSize(3);
        assertThat(reached.get(dashboard.get(0))).extracting(r -> r.node().id()).containsExactly(mid1, a);
        assertThat(reached.get(dashboard.get(1))).extracting(r -> r.node().id()).containsExactly(mid2, b);
    }

    @Test
    void linksToFieldsOutsideTheCatalogAreSkipped() {
        FieldId a = field("A", BSN);
        FieldId c = field("C");
        derive(c, a);
        derive(c, new FieldId(new DatasetId("elders"), "weg"));

        assertThat(sourceIds(inheritance(c))).containsExactly(a);
    }
}
