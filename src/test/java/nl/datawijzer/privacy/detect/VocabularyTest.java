package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.datawijzer.privacy.detect.Vocabulary.Category;
import nl.datawijzer.privacy.detect.Vocabulary.Confidentiality;
import org.junit.jupiter.api.Test;

/** The IRIs in {@link Vocabulary} are those of the value lists that ship with the code. */
class VocabularyTest {

    @Test
    void everyCategoryIsAConceptOfThePersonalDataValueList() throws IOException {
        String turtle = read("/ontology/vocabularies/personal-data-categories.ttl");
        for (Category category : Category.values()) {
            assertThat(concept(turtle, category.iri())).as(category.name())
                    .contains("skos:inScheme <https://w3id.org/datawijzer/vocab/persoonsgegevens>");
        }
    }

    @Test
    void categoriesTheShapesTreatAsSpecialAreSuggestedAtLeastVertrouwelijk() throws IOException {
        String turtle = read("/ontology/vocabularies/personal-data-categories.ttl");
        for (Category category : Category.values()) {
            if (concept(turtle, category.iri()).contains("dw:specialCategory true")) {
                assertThat(Confidentiality.suggestedFor(category).rank()).as(category.name())
                        .isGreaterThanOrEqualTo(Confidentiality.VERTROUWELIJK.rank());
            }
        }
    }

    @Test
    void detectionAndTheValueListAgreeOnWhichCategoriesAreSpecialAndUnderWhichArticle() throws IOException {
        String turtle = read("/ontology/vocabularies/personal-data-categories.ttl");
        for (Category category : Category.values()) {
            String concept = concept(turtle, category.iri());
            boolean special = category.special() != null || category.criminal();
            assertThat(concept).as(category.name()).contains("dw:specialCategory " + special);
            if (category.special() != null) {
                assertThat(concept).as(category.name()).contains("dw:gdprArticle \"art. 9 lid 1\"");
            } else if (category.criminal()) {
                assertThat(concept).as(category.name()).contains("dw:gdprArticle \"art. 10\"");
            } else {
                assertThat(concept).as(category.name()).doesNotContain("dw:gdprArticle");
            }
        }
    }

    @Test
    void eachArt9KindIsItsOwnConceptOfTheValueList() throws IOException {
        String turtle = read("/ontology/vocabularies/personal-data-categories.ttl");
        for (SpecialCategory kind : SpecialCategory.values()) {
            assertThat(concept(turtle, kind.conceptIri())).as(kind.name())
                    .contains("dw:specialCategory true", "dw:gdprArticle \"art. 9 lid 1\"");
        }
        assertThat(java.util.Arrays.stream(SpecialCategory.values()).map(SpecialCategory::conceptIri).distinct())
                .hasSize(SpecialCategory.values().length);
    }

    @Test
    void everyConfidentialityLevelHasTheRankOfTheValueList() throws IOException {
        String turtle = read("/ontology/vocabularies/confidentiality.ttl");
        for (Confidentiality level : Confidentiality.values()) {
            assertThat(concept(turtle, level.iri())).as(level.name())
                    .contains("dw:rank \"" + level.rank() + "\"^^xsd:integer");
        }
    }

    /** The Turtle block that describes the IRI, up to the next blank line. */
    private static String concept(String turtle, String iri) {
        int start = turtle.indexOf("<" + iri + ">\n");
        assertThat(start).as("%s is in the value list", iri).isNotNegative();
        int end = turtle.indexOf("\n\n", start);
        return turtle.substring(start, end < 0 ? turtle.length() : end);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(VocabularyTest.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
