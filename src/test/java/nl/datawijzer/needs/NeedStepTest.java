package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transition table of information needs: every allowed move, and that every other pair is refused. */
class NeedStepTest {

    static final Set<String> ALLOWED = Set.of(
            "BEHOEFTE>BRON", "BRON>OPSLAAN", "OPSLAAN>ONTSLUITEN", "ONTSLUITEN>ANALYSEREN", "ANALYSEREN>RAPPORTEREN",
            "RAPPORTEREN>HANDELEN", "HANDELEN>TERUGKOPPELING", "BEHOEFTE>AFGEWEZEN", "TERUGKOPPELING>GESLOTEN");

    @Test
    void exactlyTheTableIsAllowedAndEveryOtherPairIsRefused() {
        Set<String> allowed = new HashSet<>();
        for (NeedStep from : NeedStep.values()) {
            for (NeedStep to : NeedStep.values()) {
                if (from.mayMoveTo(to)) {
                    allowed.add(from + ">" + to);
                }
            }
        }
        assertThat(allowed).isEqualTo(ALLOWED);
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @CsvSource({"BEHOEFTE,ANALYSEREN", "ANALYSEREN,BRON", "BRON,BRON", "CONCEPT,BEHOEFTE", "BRON,AFGEWEZEN",
            "HANDELEN,GESLOTEN", "AFGEWEZEN,BEHOEFTE", "GESLOTEN,TERUGKOPPELING", "TERUGKOPPELING,CONCEPT",
            "BEHOEFTE,GESLOTEN"})
    void aSelectionOfRefusedMoves(NeedStep from, NeedStep to) {
        assertThat(from.mayMoveTo(to)).isFalse();
    }

    @Test
    void theEightProcessStepsAreNumberedInOrderAndRejectedAndClosedAreFinal() {
        assertThat(NeedStep.PROCESS).extracting(NeedStep::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(EnumSet.allOf(NeedStep.class)).filteredOn(NeedStep::isFinal)
                .containsExactlyInAnyOrder(NeedStep.AFGEWEZEN, NeedStep.GESLOTEN);
        assertThat(NeedStep.AFGEWEZEN.next()).isEmpty();
        assertThat(NeedStep.BEHOEFTE.next()).containsExactly(NeedStep.BRON, NeedStep.AFGEWEZEN);
    }
}
