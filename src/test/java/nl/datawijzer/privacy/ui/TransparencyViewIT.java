package nl.datawijzer.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.datawijzer.bench.SyntheticCatalog;
import nl.datawijzer.privacy.DataCategory;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.privacy.SystemTransparency;
import nl.datawijzer.privacy.TransparencyFixture;
import nl.datawijzer.privacy.TransparencyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resident, not signed in, reads "Waar ben ik bekend?" over a generated catalog (scale S) plus the register fixture:
 * one card per system with its kinds of data, special ones in plain words, a filter by kind, the inspection
 * instructions, in Dutch and in English; never a field's text.
 *
 * <p>An IT, not a Test: it needs an application context of its own (its own catalog), and the browserless tests that
 * share the default context and sign in mock users are kept apart from it (see {@link SecurityHolderIsolation}).
 */
@ExtendWith(SecurityHolderIsolation.class)
@SpringBootTest(properties = "datawijzer.transparency.inspection-email=privacy@huizen.nl")
@ViewPackages(packages = "nl.datawijzer")
class TransparencyViewIT extends SpringBrowserlessTest {

    private static final Path DATA = Path.of("target/test-data/transparency-view-" + UUID.randomUUID());

    @Autowired TransparencyService transparency;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        TransparencyFixture.prepareDataDir(DATA, SyntheticCatalog.BASE);
        registry.add("datawijzer.store.data-dir", DATA::toString);
    }

    @Test
    void showsACardPerSystemWithItsKindsOfDataAndNeverAFieldText() {
        TransparencyView view = navigate(TransparencyView.class);

        List<SystemTransparency> systems = transparency.overview(Locale.of("nl")).systems();
        assertThat($(Section.class).withClassName("dw-transparency-card").all()).hasSize(systems.size());
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Waar ben ik bekend?", "Zorgportaal Wmo", "Heffingssysteem", "Leerlingenvervoer",
                "Uitvoering Wmo-maatwerkvoorzieningen", "Beoordelen of iemand hulp uit de Wmo nodig heeft",
                "Wet: Wmo 2015, art. 2.3.2 en 5.1.1", "15 jaar na het einde van de voorziening (Archiefwet)",
                "Zorgaanbieders met een contract", "Inwoners");
        assertThat(text).doesNotContain(TransparencyFixture.MARK).doesNotContain("Personeelsdossier")
                .doesNotContain("Kaartviewer").doesNotContain("keukentafelgesprek");
        @SuppressWarnings("unchecked")
        Grid<SystemTransparency> matrix = $(Grid.class).first();
        assertThat(test(matrix).size()).isEqualTo(systems.size());
        assertThat(matrix.getColumns()).as("a column per kind of data, plus the system's name")
                .hasSize(transparency.overview(Locale.of("nl")).categories().size() + 1);
    }

    @Test
    void saysSoWhenTheRegisterDescribesNothingAboutASystemWithPersonalData() {
        navigate(TransparencyView.class);

        String heffingen = card("heffingen-test");
        assertThat(heffingen).contains("Financiële gegevens", "Locatiegegevens", "NAW-gegevens",
                "Geen verwerkingsregistratie bekend");
        assertThat(card("zorgportaal-wmo-test")).doesNotContain("Geen verwerkingsregistratie bekend");
    }

    @Test
    void marksSpecialCategoriesInPlainWords() {
        navigate(TransparencyView.class);

        assertThat(card("zorgportaal-wmo-test")).contains("Gezondheidsgegevens", "bijzonder gegeven",
                "Dit systeem bevat bijzondere persoonsgegevens: Gezondheidsgegevens. De wet beschermt deze gegevens extra.");
        assertThat(card("heffingen-test")).doesNotContain("bijzonder");
        assertThat($(Button.class).id("legend-gezondheid").getText()).isEqualTo("Gezondheidsgegevens (bijzonder gegeven)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsOnlyTheSystemsWithTheChosenKindOfData() {
        navigate(TransparencyView.class);
        int all = $(Section.class).withClassName("dw-transparency-card").all().size();
        ComboBox<DataCategory> category = $(ComboBox.class).id("transparency-category");
        DataCategory health = category.getListDataView().getItems().filter(c -> c.code().equals("gezondheid"))
                .findFirst().orElseThrow();

        category.setValue(health);

        List<Section> cards = $(Section.class).withClassName("dw-transparency-card").all();
        assertThat(cards).hasSizeBetween(2, all - 1)
                .allSatisfy(card -> assertThat(card.getElement().getTextRecursively()).contains("Gezondheidsgegevens"));
        assertThat(cards).extracting(c -> c.getId().orElseThrow())
                .contains("systeem-zorgportaal-wmo-test", "systeem-leerlingenvervoer-test")
                .doesNotContain("systeem-heffingen-test");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("transparency-count").getText())
                .isEqualTo(cards.size() + " van de " + all + " systemen bevatten: Gezondheidsgegevens.");

        test($(Button.class).id("legend-financieel")).click();
        assertThat(category.getValue().code()).as("a chip of the legend filters too").isEqualTo("financieel");
        assertThat($(Section.class).withClassName("dw-transparency-card").all()).extracting(c -> c.getId().orElseThrow())
                .contains("systeem-heffingen-test", "systeem-zorgportaal-wmo-test");
    }

    @Test
    void opensWithTheKindOfDataNamedInTheAddress() {
        UI.getCurrent().navigate(TransparencyView.class, QueryParameters.of(TransparencyView.CATEGORY_PARAMETER, "opleiding"));

        assertThat($(Section.class).withClassName("dw-transparency-card").all()).extracting(c -> c.getId().orElseThrow())
                .contains("systeem-leerlingenvervoer-test").doesNotContain("systeem-heffingen-test");
    }

    @Test
    void explainsHowToAskForOnesOwnDataWithTheConfiguredContact() {
        navigate(TransparencyView.class);

        assertThat($(Anchor.class).id("inspection-url").getHref()).isEqualTo("https://www.huizen.nl/privacy");
        assertThat($(Anchor.class).id("inspection-email").getHref()).isEqualTo("mailto:privacy@huizen.nl");
        assertThat($(Section.class).id("inzage").getElement().getTextRecursively())
                .contains("Uw eigen gegevens inzien", "inzageverzoek", "gratis", "binnen een maand");
    }

    @Test
    void speaksEnglishWhenEnglishIsChosen() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TransparencyView view = navigate(TransparencyView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Where am I known?", "Care portal Wmo", "Health data", "special category",
                "No record of processing known", "See your own data", "Residents")
                .doesNotContain("Waar ben ik bekend?").doesNotContain(TransparencyFixture.MARK);
        assertThat(view.getPageTitle()).isEqualTo("Where am I known? · Datawijzer");
    }

    private String card(String system) {
        return $(Section.class).id("systeem-" + system).getElement().getTextRecursively();
    }
}
