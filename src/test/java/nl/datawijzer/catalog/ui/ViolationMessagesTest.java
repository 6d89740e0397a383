package nl.datawijzer.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.rdf.WriteRefusedException.Violation;
import org.junit.jupiter.api.Test;

/** Where a refused write's messages appear: at the input for their property, or at the top. */
class ViolationMessagesTest {

    private static final String DESCRIPTION = "http://purl.org/dc/terms/description";
    private static final String TITLE = "http://purl.org/dc/terms/title";

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ViolationMessages messages = new ViolationMessages("errors")
            .at(TITLE, title).at(DESCRIPTION, description);

    @Test
    void showsTheDutchMessageAtTheInputForItsProperty() {
        messages.show(refusal(new Violation("f", DESCRIPTION, "Vul een omschrijving in.", "Enter a description.", "", "")),
                Locale.of("nl"));

        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("Vul een omschrijving in.");
        assertThat(title.isInvalid()).isFalse();
        assertThat(messages.area().isVisible()).isFalse();
    }

    @Test
    void showsTheEnglishMessageToEnglishReaders() {
        messages.show(refusal(new Violation("f", TITLE, "Vul een titel in.", "Enter a title.", "", "")), Locale.ENGLISH);

        assertThat(title.getErrorMessage()).isEqualTo("Enter a title.");
    }

    @Test
    void showsViolationsWithoutAMatchingInputAtTheTop() {
        messages.show(refusal(
                new Violation("f", "", "Een BSN-veld moet de wet noemen.", "", "", ""),
                new Violation("f", "https://w3id.org/datawijzer/def#somethingElse", "Iets anders klopt niet.", "", "", "")),
                Locale.of("nl"));

        assertThat(messages.area().isVisible()).isTrue();
        assertThat(messages.area().getChildren().map(c -> ((Paragraph) c).getText()).toList())
                .containsExactly("Een BSN-veld moet de wet noemen.", "Iets anders klopt niet.");
        assertThat(title.isInvalid()).isFalse();
        assertThat(description.isInvalid()).isFalse();
    }

    @Test
    void placesARuleWithoutPathAtTheInputNamedForItsShape() {
        String rule = ViolationMessages.SHAPES + "FieldBsnLegalGroundRule";
        messages.atRule(rule, title);

        messages.show(refusal(new Violation("f", "", "Een BSN-veld moet de wet noemen.", "", "", rule),
                new Violation("f", "", "Iets anders.", "", "", ViolationMessages.SHAPES + "OtherRule")), Locale.of("nl"));

        assertThat(title.getErrorMessage()).isEqualTo("Een BSN-veld moet de wet noemen.");
        assertThat(messages.area().getChildren().map(c -> ((Paragraph) c).getText()).toList())
                .containsExactly("Iets anders.");
    }

    @Test
    void joinsSeveralMessagesForOneInputAndDropsRepeats() {
        messages.show(refusal(
                new Violation("f", TITLE, "Vul een titel in.", "", "", ""),
                new Violation("f", TITLE, "Vul een titel in.", "", "", ""),
                new Violation("f", TITLE, "Maximaal 200 tekens.", "", "", "")), Locale.of("nl"));

        assertThat(title.getErrorMessage()).isEqualTo("Vul een titel in. Maximaal 200 tekens.");
    }

    @Test
    void clearingRemovesEarlierMessages() {
        messages.show(refusal(new Violation("f", TITLE, "Vul een titel in.", "", "", ""),
                new Violation("f", "", "Algemeen probleem.", "", "", "")), Locale.of("nl"));

        messages.clear();

        assertThat(title.isInvalid()).isFalse();
        assertThat(messages.area().isVisible()).isFalse();
        assertThat(messages.area().getChildren()).isEmpty();
    }

    private static WriteRefusedException refusal(Violation... violations) {
        return new WriteRefusedException(List.of(violations));
    }
}
