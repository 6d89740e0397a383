package nl.datawijzer.lineage.picture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datawijzer.catalog.ui.DatasetView;
import nl.datawijzer.lineage.Direction;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageService;
import nl.datawijzer.lineage.LineageView;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The explorer on the Huizen seed: what the address says is what is drawn, and every control changes the address. */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
class LineageExplorerViewTest extends SpringBrowserlessTest {

    private static final String FOCUS = "dataset/caseload-consulenten";

    @Autowired
    LineageService lineage;

    @Autowired
    SearchService search;

    private void open(String query) {
        UI.getCurrent().navigate(LineageExplorerView.ROUTE, QueryParameters.fromString(query));
    }

    private String svg() {
        return $(PictureCanvas.class).id("lineage-picture").svg();
    }

    private static Set<String> attributes(String svg, String attribute) {
        Set<String> values = new HashSet<>();
        Matcher m = Pattern.compile(" " + attribute + "=\"([^\"]*)\"").matcher(svg);
        while (m.find()) {
            values.add(m.group(1).replace("&gt;", ">"));
        }
        return values;
    }

    private Map<String, List<String>> address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return (Select<T>) $(Select.class).id(id);
    }

    @Test
    void theAddressDecidesWhatIsDrawnAndEveryNodeAndEdgeOfTheLineageIsInThePicture() {
        open("focus=" + FOCUS + "&depth=2&direction=both&open=" + systemsAround(2));
        LineageView view = lineage.around(FOCUS, Direction.BOTH, 2, false);

        String svg = svg();

        assertThat(attributes(svg, "data-node")).isEqualTo(
                new HashSet<>(view.nodes().stream().map(LineageNode::id).toList()));
        assertThat(attributes(svg, "data-edge")).hasSize(
                (int) view.edges().stream().map(e -> e.from() + "->" + e.to()).distinct().count());
        assertThat(svg).contains("data-focus=\"true\"").contains("role=\"img\"");
        assertThat($(Paragraph.class).id("lineage-summary").getText()).contains(String.valueOf(view.nodes().size()));
    }

    private String systemsAround(int depth) {
        return String.join(",", lineage.around(FOCUS, Direction.BOTH, depth, false).nodes().stream()
                .map(LineageNode::system).filter(s -> s != null).distinct().toList());
    }

    @Test
    void changingTheDepthPutsItInTheAddressAndDrawsMoreOrLess() {
        open("focus=" + FOCUS + "&depth=1");
        int atOne = attributes(svg(), "data-node").size();

        this.<Integer>select("lineage-depth").setValue(3);

        assertThat(address()).containsEntry("depth", List.of("3")).containsEntry("focus", List.of(FOCUS));
        assertThat(this.<Integer>select("lineage-depth").getValue()).isEqualTo(3);
        assertThat(lineage.around(FOCUS, Direction.BOTH, 3, false).nodes().size()).isGreaterThan(atOne);
        assertThat(svg()).contains("data-focus=\"true\"");
    }

    @Test
    void directionAndLevelTravelInTheAddress() {
        open("focus=" + FOCUS);

        this.<Direction>select("lineage-direction").setValue(Direction.UPSTREAM);
        assertThat(address()).containsEntry("direction", List.of("upstream"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> level = $(RadioButtonGroup.class).id("lineage-level");
        level.setValue(true);

        assertThat(address()).containsEntry("direction", List.of("upstream")).containsEntry("level", List.of("field"));
        LineageView fields = lineage.around(FOCUS, Direction.UPSTREAM, 2, true);
        assertThat(fields.nodes()).anyMatch(n -> n.id().contains("/field/"));
        assertThat(attributes(svg(), "data-node")).allMatch(id -> id.startsWith("system:") || fields.nodes().stream()
                .anyMatch(n -> n.id().equals(id)));
    }

    @Test
    void closingASystemDrawsItAsOneBoxAndTheChoiceIsKeptInTheAddress() {
        LineageView view = lineage.around(FOCUS, Direction.BOTH, 2, false);
        String focusSystem = view.nodes().stream().filter(n -> n.id().equals(FOCUS)).findFirst().orElseThrow().system();
        open("focus=" + FOCUS);
        assertThat(attributes(svg(), "data-node")).contains(FOCUS);

        @SuppressWarnings("unchecked")
        CheckboxGroup<String> systems = $(CheckboxGroup.class).id("lineage-systems");
        Set<String> open = new HashSet<>(systems.getValue());
        open.remove(focusSystem);
        systems.setValue(open);

        assertThat(address().get("closed").get(0)).contains(focusSystem);
        String svg = svg();
        assertThat(attributes(svg, "data-node")).contains("system:" + focusSystem).doesNotContain(FOCUS);
        assertThat(svg).contains("data-state=\"closed\"").contains("data-focus=\"true\"");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> after = $(CheckboxGroup.class).id("lineage-systems");
        assertThat(after.getValue()).doesNotContain(focusSystem);
        // the closed box links to the same view with that system opened again
        assertThat(svg).contains("open=" + focusSystem);
    }

    @Test
    void pickingADatasetFoundBySearchMakesItTheFocusAndStartsWithDefaultGroups() {
        open("depth=3&closed=zrm");
        SearchHit hit = search.search(new SearchRequest("casustoedeling", Map.of(Facet.KIND, Set.of("Dataset")), 0, 5))
                .hits().stream().filter(h -> "datasets/casustoedeling".equals(h.path())).findFirst().orElseThrow();

        @SuppressWarnings("unchecked")
        ComboBox<SearchHit> picker = $(ComboBox.class).id("lineage-dataset");
        picker.setValue(hit);

        assertThat(address()).containsEntry("focus", List.of("dataset/casustoedeling"))
                .containsEntry("depth", List.of("3")).doesNotContainKey("closed");
        assertThat(svg()).contains("data-node=\"dataset/casustoedeling\"").contains("data-focus=\"true\"");
    }

    @Test
    void withoutADatasetTheExplorerAsksForOneAndAnUnknownOrForeignFocusIsExplained() {
        open("");
        assertThat($(Paragraph.class).id("lineage-empty").getText()).contains("Kies een dataset");
        assertThat($(PictureCanvas.class).all()).isEmpty();

        open("focus=dataset/bestaat-niet");
        assertThat($(Paragraph.class).id("lineage-error").getText()).isEqualTo("Deze dataset is niet gevonden.");

        open("focus=" + "job/%3Cscript%3E");
        assertThat($(Paragraph.class).id("lineage-error").getText()).contains("moet een dataset zijn");
        assertThat($(PictureCanvas.class).all()).isEmpty();
    }

    @Test
    void theDatasetPageShowsThePictureAtDepthTwoWithALinkIntoTheExplorer() {
        UI.getCurrent().navigate(DatasetView.class,
                new com.vaadin.flow.router.RouteParameters("slug", "caseload-consulenten"));

        String svg = $(PictureCanvas.class).id("dataset-lineage-svg").svg();
        LineageView view = lineage.around(FOCUS, Direction.BOTH, 2, false);
        assertThat(svg).contains("data-node=\"" + FOCUS + "\"").contains("data-focus=\"true\"");
        assertThat(attributes(svg, "data-edge")).isNotEmpty().hasSizeLessThanOrEqualTo(view.edges().size());
        assertThat($(Anchor.class).id("dataset-lineage-explorer").getHref())
                .isEqualTo("herkomst?focus=dataset/caseload-consulenten&depth=2&direction=both&level=dataset");
    }
}
