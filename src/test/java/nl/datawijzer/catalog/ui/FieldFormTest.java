package nl.datawijzer.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldDraft;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.Label;
import org.junit.jupiter.api.Test;

/** The field form's mapping between inputs and drafts, and the slug of a new field. */
class FieldFormTest {

    @Test
    void newFieldGetsItsSlugFromTheTechnicalName() {
        assertThat(FieldForm.slugFor("Geboorte_Datum")).contains("geboorte-datum");
        assertThat(FieldForm.slugFor("bsn")).contains("bsn");
        assertThat(FieldForm.slugFor("client.achternaam")).contains("client-achternaam");
    }

    @Test
    void slugDropsLeadingCharactersThatCannotStartOne() {
        assertThat(FieldForm.slugFor("_2_postcode")).contains("postcode");
    }

    @Test
    void technicalNameWithoutLettersGivesNoSlug() {
        assertThat(FieldForm.slugFor("_123")).isEmpty();
    }

    @Test
    void slugIsCutAtEightyCharacters() {
        assertThat(FieldForm.slugFor("a".repeat(100))).hasValueSatisfying(slug -> assertThat(slug).hasSize(80));
    }

    @Test
    void editedFieldKeepsItsSlugAndTrimsInput() {
        FieldForm form = FieldForm.of(row());
        form.setTitle("  Geboortedatum ");
        form.setTechnicalName("geboortedatum_nieuw");

        FieldDraft draft = form.toDraft();

        assertThat(draft.slug()).isEqualTo("geboortedatum");
        assertThat(draft.title()).isEqualTo("Geboortedatum");
        assertThat(draft.technicalName()).isEqualTo("geboortedatum_nieuw");
        assertThat(draft.legalGround()).isNull();
    }

    @Test
    void fieldWithoutPersonalDataSendsNoCategories() {
        FieldForm form = FieldForm.of(row());
        form.setCategories(Set.of("https://w3id.org/datawijzer/vocab/persoonsgegevens/naw"));
        form.setContainsPersonalData(false);

        assertThat(form.toDraft().categoryIris()).isEmpty();
    }

    private static FieldRow row() {
        return new FieldRow(new FieldId(new DatasetId("clienten"), "geboortedatum"), 2, "Geboortedatum",
                "geb_datum", "http://www.w3.org/2001/XMLSchema#date", "De geboortedatum van de cliënt.", true,
                List.of(new Label("https://w3id.org/datawijzer/vocab/persoonsgegevens/persoonskenmerken", "Persoonskenmerken")),
                new Label("https://w3id.org/datawijzer/vocab/vertrouwelijkheid/vertrouwelijk", "Vertrouwelijk"), 5,
                new Label("https://w3id.org/datawijzer/vocab/beoordeling/bevestigd", "Bevestigd"), true, null);
    }
}
