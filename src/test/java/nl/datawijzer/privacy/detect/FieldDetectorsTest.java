package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.privacy.detect.Vocabulary.Category;
import nl.datawijzer.privacy.detect.Vocabulary.Confidentiality;
import org.junit.jupiter.api.Test;

class FieldDetectorsTest {

    private final FieldDetectors detectors =
            new FieldDetectors(Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void theNameAndTheValuesOfOneCategoryMergeIntoOneStrongerSuggestion() {
        List<String> bsns = ValueDetectionTest.validBsns(20);
        double byName = detectors.detect(FieldDescription.named("bsn")).getFirst().confidence();
        double byValues = detectors.detect(FieldDescription.named("kolom"), bsns).getFirst().confidence();

        List<Suggestion> both = detectors.detect(new FieldDescription("bsn", "BSN", "Burgerservicenummer"), bsns);

        assertThat(both).hasSize(1);
        Suggestion merged = both.getFirst();
        assertThat(merged.detectorIds()).containsExactly("naam.bsn", "waarde.elfproef");
        assertThat(merged.confidence()).isGreaterThan(Math.max(byName, byValues)).isLessThanOrEqualTo(0.99);
        assertThat(merged.sampleCounts()).isEqualTo(new SampleCounts(20, 20));
        assertThat(merged.explanationNl()).contains("technische naam", "20 van 20 voorbeeldwaarden", "art. 46 UAVG");
        assertThat(merged.explanationEn()).contains("technical name", "20 of 20 sample values", "art. 46 UAVG");
        assertThat(merged.explanation(Locale.ENGLISH)).isEqualTo(merged.explanationEn());
        assertThat(merged.explanation(Locale.of("nl"))).isEqualTo(merged.explanationNl());
        assertThat(merged.confidentialityIri()).isEqualTo(Confidentiality.VERTROUWELIJK.iri());
    }

    @Test
    void eachCategoryIsSuggestedOnceStrongestFirst() {
        List<Suggestion> suggestions = detectors.detect(new FieldDescription("diagnose_partner",
                "Diagnose partner", "Diagnose van de partner in het huishouden"));

        assertThat(suggestions).extracting(Suggestion::categoryIri)
                .containsExactly(Category.HEALTH.iri(), Category.HOUSEHOLD.iri());
        assertThat(suggestions.get(0).confidence()).isGreaterThan(suggestions.get(1).confidence());
    }

    @Test
    void anArt9KindIsSuggestedApartFromTheOrdinaryCategoryItSitsNextTo() {
        List<Suggestion> suggestions = detectors.detect(new FieldDescription("geboortedatum", "Geboortedatum",
                "Geboortedatum en etniciteit"));

        assertThat(suggestions).extracting(Suggestion::categoryIri)
                .containsExactly(Category.PERSONAL_CHARACTERISTICS.iri(), Category.RACIAL_OR_ETHNIC_ORIGIN.iri());
        Suggestion characteristics = suggestions.getFirst();
        assertThat(characteristics.detectorIds()).containsExactly("naam.geboortedatum");
        assertThat(characteristics.isSpecialCategory()).isFalse();
        assertThat(characteristics.confidentialityIri()).isEqualTo(Confidentiality.ZAAKVERTROUWELIJK.iri());
        Suggestion origin = suggestions.get(1);
        assertThat(origin.detectorIds()).containsExactly("naam.afkomst");
        assertThat(origin.specialCategory()).isEqualTo(SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN);
        assertThat(origin.confidentialityIri()).isEqualTo(Confidentiality.VERTROUWELIJK.iri());
    }

    @Test
    void aSampleFileGivesEachFieldTheValuesOfItsColumnAndReportsColumnsWithoutAField() {
        StringBuilder csv = new StringBuilder("Client_BSN;Geboorte datum;status;e-mail\n");
        List<String> bsns = ValueDetectionTest.validBsns(12);
        for (String bsn : bsns) {
            csv.append(bsn).append(";1970-00-00;actief;j.jansen@example.nl\n");
        }
        SampleFile sample = SampleFile.parse(csv.toString().getBytes(StandardCharsets.UTF_8));
        List<FieldDescription> fields = List.of(FieldDescription.named("clientBsn"),
                FieldDescription.named("geboortedatum"), FieldDescription.named("status"),
                FieldDescription.named("woonplaats"));

        SampleDetection detection = detectors.detect(fields, sample);

        assertThat(detection.fields()).extracting(FieldDetection::column)
                .containsExactly("Client_BSN", "Geboorte datum", "status", null);
        FieldDetection bsn = detection.fields().getFirst();
        assertThat(bsn.suggestions().getFirst().detectorIds()).containsExactly("naam.bsn", "waarde.elfproef");
        assertThat(detection.fields().get(1).suggestions().getFirst().detectorIds())
                .containsExactly("naam.geboortedatum", "waarde.geboortedatum");
        assertThat(detection.fields().get(2).suggestions()).isEmpty();
        assertThat(detection.fields().get(3).suggestions().getFirst().sampleCounts()).isNull();
        assertThat(detection.unmatchedColumns()).singleElement().satisfies(column -> {
            assertThat(column.column()).isEqualTo("e-mail");
            assertThat(column.suggestions().getFirst().detectorIds()).containsExactly("naam.contact", "waarde.email");
        });
        List<String> values = new ArrayList<>(bsns);
        values.add("j.jansen@example.nl");
        assertThat(detection.toString()).doesNotContain(values.toArray(String[]::new));
    }

    @Test
    void noOutputEverContainsASampleValue() {
        List<List<String>> columns = List.of(ValueDetectionTest.validBsns(30),
                Collections.nCopies(5, "NL91ABNA0417164300"), List.of("1271 XZ", "1251 AB", "3755 EF"),
                List.of("a.b@example.nl", "c.d@example.nl", "e.f@example.nl"),
                List.of("0612345678", "035-5281911", "+31 6 87654321"),
                List.of("1970-00-00", "19851224", "00-05-1961"));
        for (List<String> column : columns) {
            for (String name : List.of("kolom", "bsn", "iban", "postcode", "email", "telefoon", "geboortedatum")) {
                List<Suggestion> suggestions = detectors.detect(FieldDescription.named(name), column);
                ValueDetectionTest.assertNoValueIn(suggestions, column);
            }
        }
    }

    @Test
    void detectionOverTwoHundredFieldsOfAHundredValuesIsLinear() {
        String[] names = {"bsn", "geboortedatum", "naam", "postcode", "iban", "omschrijving", "aantal_clienten",
                "diagnose_code", "email", "telefoonnummer"};
        List<FieldDescription> fields = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            String name = names[i % names.length] + "_" + i;
            fields.add(new FieldDescription(name, "Veld " + i, "Een omschrijving van veld " + i
                    + " met wat woorden over cliënten, de gemeente en het aantal voorzieningen."));
            header.append(i == 0 ? "" : ";").append(name);
        }
        List<String> bsns = ValueDetectionTest.validBsns(100);
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int row = 0; row < 100; row++) {
            for (int column = 0; column < 200; column++) {
                csv.append(column == 0 ? "" : ";").append(bsns.get(row));
            }
            csv.append('\n');
        }
        SampleFile sample = SampleFile.parse(csv.toString().getBytes(StandardCharsets.UTF_8));

        SampleDetection detection = detectors.detect(fields, sample);

        assertThat(detection.fields()).hasSize(200).allSatisfy(field -> assertThat(field.suggestions())
                .anySatisfy(suggestion -> assertThat(suggestion.sampleCounts()).isEqualTo(new SampleCounts(100, 100))));
        assertThat(detection.unmatchedColumns()).isEmpty();
    }

    @Test
    void aNewInstanceWorksWithoutSpring() {
        assertThat(new FieldDetectors().detect(FieldDescription.named("bsn"))).isNotEmpty();
        assertThat(new FieldDetectors().rules()).hasSize(NameTerms.DETECTORS.size() + ValueRules.DETECTORS.size());
    }
}
