package nl.datawijzer.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.privacy.DetectionService;
import nl.datawijzer.privacy.PrivacyProfile;
import nl.datawijzer.privacy.PrivacyReviewService;
import nl.datawijzer.privacy.ReviewItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The privacy officer works through the review queue: one decision, a refused one, and a careful bulk confirmation. */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER"})
class ReviewQueueViewTest extends SpringBrowserlessTest {

    static final String BSN = "https://w3id.org/datawijzer/vocab/persoonsgegevens/nationaal-identificatienummer";
    static final String ETHNIC_ORIGIN = "https://w3id.org/datawijzer/vocab/persoonsgegevens/ras-etnische-afkomst";
    static final String TRADE_UNION = "https://w3id.org/datawijzer/vocab/persoonsgegevens/vakbondslidmaatschap";
    static final String CRIMINAL = "https://w3id.org/datawijzer/vocab/persoonsgegevens/strafrechtelijk";

    @Autowired PrivacyReviewService review;
    @Autowired DetectionService detection;

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewListsEverySystemAndDatasetAndSystemPagesShowTheHighestClassification() {
        navigate(ReviewQueueView.class);
        Grid<PrivacyProfile> overview = $(Grid.class).id("privacy-overview");
        assertThat(test(overview).size()).isEqualTo(review.overview().size()).as("systems holding fields").isGreaterThan(10);

        PrivacyProfile withBsn = review.overview().stream().filter(p -> p.bsnFields() > 0).findFirst().orElseThrow();
        navigate("systemen/" + withBsn.id(), nl.datawijzer.catalog.ui.SystemView.class);
        assertThat($(Paragraph.class).id("privacy-summary").getElement().getTextRecursively())
                .startsWith("Hoogste classificatie: " + withBsn.highestConfidentiality().label())
                .contains(withBsn.bsnFields() + " met BSN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewNamesTheSpecialCategoriesOfEachSystemMarkedWithTheirArticle() {
        navigate(ReviewQueueView.class);
        Grid<PrivacyProfile> overview = $(Grid.class).id("privacy-overview");
        int kinds = overview.getColumns().indexOf(overview.getColumnByKey("kinds"));
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < test(overview).size(); row++) {
            PrivacyProfile system = test(overview).getRow(row);
            String cell = test(overview).getCellText(row, kinds);
            cells.add(cell);
            assertThat(cell.isEmpty()).as(system.title()).isEqualTo(system.specialFields() == 0);
        }
        assertThat(cells).anySatisfy(cell -> assertThat(cell).contains("bijzonder (art. 9 AVG): ")
                .contains("Gezondheidsgegevens"));
        assertThat(cells).anySatisfy(cell -> assertThat(cell)
                .contains("strafrechtelijk (art. 10 AVG): Strafrechtelijke gegevens"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCategoryFilterAndTheDecisionOfferEveryArt9KindMarked() {
        navigate(ReviewQueueView.class);
        Select<String> category = $(Select.class).id("review-category");
        assertThat(category.getItemLabelGenerator().apply(ETHNIC_ORIGIN))
                .isEqualTo("Ras of etnische afkomst — bijzonder (art. 9 AVG)");
        assertThat(category.getItemLabelGenerator().apply(CRIMINAL))
                .isEqualTo("Strafrechtelijke gegevens — strafrechtelijk (art. 10 AVG)");
        assertThat(category.getItemLabelGenerator().apply(BSN)).isEqualTo("Nationaal identificatienummer");

        test($(Grid.class).id("review-grid")).clickRow(0);
        MultiSelectComboBox<String> categories = $(MultiSelectComboBox.class).first();
        assertThat(categories.getItemLabelGenerator().apply(TRADE_UNION))
                .isEqualTo("Vakbondslidmaatschap — bijzonder (art. 9 AVG)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void detectionHintsAreShownAndCanBePutInTheFormButTheFgDecides() {
        detection.detectAll(percent -> { });
        navigate(ReviewQueueView.class);
        ((Select<String>) $(Select.class).id("review-status")).setValue("");
        test($(Checkbox.class).id("review-detected-only")).click();
        Grid<ReviewItem> grid = $(Grid.class).id("review-grid");
        assertThat(test(grid).size()).isPositive();
        int row = 0;
        while (test(grid).getRow(row).personalData()) {
            row++; // find a field that is classified as not personal, yet detection suspects it is
        }
        ReviewItem item = test(grid).getRow(row);
        test(grid).clickRow(row);
        assertThat($(Div.class).id("decision-detection").getElement().getTextRecursively())
                .contains(item.detection().explanation());
        test($(Button.class).id("decision-apply-detection")).click();
        assertThat($(Checkbox.class).withCaption("Bevat persoonsgegevens").first().getValue()).isTrue();
        assertThat(((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).first()).getValue())
                .containsExactlyInAnyOrderElementsOf(item.detection().categories().stream().map(l -> l.iri()).toList());
        assertThat(review.history(item.field())).as("nothing is decided until the FG records it").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFgConfirmsASuggestedBsnFieldAndItsHistoryShowsTheDecision() {
        navigate(ReviewQueueView.class);
        ((Select<String>) $(Select.class).id("review-category")).setValue(BSN);
        Grid<ReviewItem> grid = $(Grid.class).id("review-grid");
        ReviewItem item = test(grid).getRow(0);
        assertThat(item.status().label()).isEqualTo("Voorgesteld");

        test(grid).clickRow(0);
        assertThat($(Dialog.class).withId("decision-dialog").exists()).isTrue();
        test($(TextArea.class).withCaption("Motivering").first()).setValue("BSN nodig voor de Wmo-uitvoering.");
        test($(Button.class).id("decision-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Besluit vastgelegd.");
        assertThat(review.history(item.field())).singleElement()
                .satisfies(r -> assertThat(r.newStatus().label()).isEqualTo("Bevestigd"));
        assertThat(test(grid).getRow(0).field()).as("the confirmed field left the list of suggestions")
                .isNotEqualTo(item.field());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDecisionThatBreaksARuleIsRefusedWithTheReasonAndRecordsNothing() {
        navigate(ReviewQueueView.class);
        ((Select<String>) $(Select.class).id("review-category")).setValue(BSN);
        Grid<ReviewItem> grid = $(Grid.class).id("review-grid");
        ReviewItem item = test(grid).getRow(0);

        test(grid).clickRow(0);
        test($(TextField.class).withCaption("Wettelijke grondslag").first()).setValue("");
        test($(TextArea.class).withCaption("Motivering").first()).setValue("Grondslag weggehaald.");
        test($(Button.class).id("decision-save")).click();

        Paragraph error = $(Paragraph.class).id("decision-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).containsIgnoringCase("BSN");
        assertThat(review.history(item.field())).isEmpty();
    }

    @Test
    void severalSuggestionsAreConfirmedAtOnceAfterAConfirmationWithARationale() {
        navigate(ReviewQueueView.class);
        Grid<ReviewItem> grid = $(Grid.class).id("review-grid");
        ReviewItem first = test(grid).getRow(0);
        ReviewItem second = test(grid).getRow(1);
        test(grid).select(0);
        test(grid).select(1);
        assertThat($(Button.class).id("review-confirm-selected").getText()).isEqualTo("Geselecteerde bevestigen (2)");

        test($(Button.class).id("review-confirm-selected")).click();
        test($(TextArea.class).id("bulk-rationale")).setValue("Gecontroleerd tegen het zaaktypecatalogus.");
        test($(ConfirmDialog.class).first()).confirm();

        assertThat(review.history(first.field())).hasSize(1);
        assertThat(review.history(second.field())).hasSize(1);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("2 velden bevestigd.");
    }
}
