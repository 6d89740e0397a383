package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The limits that refuse even a draft, with their Dutch messages. */
class NeedInputTest {

    @Test
    void aSmartDraftAndAHalfWrittenDraftHaveNoProblems() {
        assertThat(NeedInput.problems(Drafts.smart().build(), Drafts.TODAY)).isEmpty();
        assertThat(NeedInput.problems(NeedDraft.ofQuestion("Wmo?"), Drafts.TODAY)).isEmpty();
    }

    @Test
    void aDraftWithoutAQuestionIsRefused() {
        assertThat(NeedInput.problems(NeedDraft.empty(), Drafts.TODAY)).containsExactly(
                "Schrijf eerst uw vraag; ook een concept heeft een vraag nodig.");
    }

    @Test
    void overLongTextsAreRefusedNamingTheirLength() {
        NeedDraft draft = Drafts.smart().question("x".repeat(NeedInput.MAX_QUESTION + 1))
                .unit("u".repeat(NeedInput.MAX_UNIT + 1)).build();
        assertThat(NeedInput.problems(draft, Drafts.TODAY)).containsExactly(
                "De vraag is te lang: 2001 tekens, ten hoogste 2000.",
                "De eenheid is te lang: 101 tekens, ten hoogste 100.");
        assertThat(NeedInput.problems(Drafts.smart().question("x".repeat(NeedInput.MAX_QUESTION)).build(), Drafts.TODAY))
                .isEmpty();
    }

    @Test
    void impossibleDatesAreRefused() {
        NeedDraft draft = Drafts.smart().periodStart(LocalDate.of(2025, 6, 1)).periodEnd(LocalDate.of(2025, 5, 31))
                .neededBy(Drafts.TODAY.minusDays(1)).build();
        assertThat(NeedInput.problems(draft, Drafts.TODAY)).containsExactly(
                "De periode eindigt (2025-05-31) voordat hij begint (2025-06-01).",
                "De datum waarop u het antwoord nodig hebt (2026-05-31) ligt in het verleden; kies vandaag of later.");
    }

    @Test
    void tooManyCandidateDatasetsAreRefused() {
        List<String> many = IntStream.rangeClosed(1, NeedInput.MAX_DATASETS + 1).mapToObj(i -> "dataset-" + i).toList();
        assertThat(NeedInput.problems(Drafts.smart(many).build(), Drafts.TODAY))
                .containsExactly("Kies ten hoogste 20 datasets (nu 21).");
        assertThat(NeedInput.problems(Drafts.smart(Collections.nCopies(25, "same")).build(), Drafts.TODAY)).isEmpty();
    }

    @Test
    void similarQuestionsShareTheirContentWords() {
        assertThat(Similarity.score("Hoeveel Wmo-wachttijden per wijk?", "Wmo wachttijden in de wijken"))
                .isEqualTo(1.0);
        assertThat(Similarity.score("Caseload per jeugdconsulent", "Wmo-wachttijden per wijk")).isZero();
        assertThat(Similarity.score("de het een", "Wmo")).isZero();
    }
}
