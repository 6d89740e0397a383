package nl.datawijzer.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The analysts' board on the seed (five needs: Behoefte, Bron, Analyseren, Terugkoppeling and one closed): a column per
 * step with its count, filters that narrow the cards and travel in the address and the CSV link.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class NeedBoardViewTest extends SpringBrowserlessTest {

    private Section column(String step) {
        return $(Section.class).id("board-column-" + step);
    }

    /** The ids of the needs on the cards of a column. */
    private List<String> cards(String step) {
        return column(step).getChildren().filter(c -> c.hasClassName("dw-need-card"))
                .map(c -> c.getId().orElseThrow().substring("board-card-".length())).toList();
    }

    /** The number of cards in every column on the board, by step code. */
    private Map<String, Integer> counts() {
        return $(Section.class).all().stream().filter(s -> s.hasClassName("dw-board-column"))
                .collect(Collectors.toMap(s -> s.getId().orElseThrow().substring("board-column-".length()),
                        s -> (int) s.getChildren().filter(c -> c.hasClassName("dw-need-card")).count(),
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private String csvHref() {
        return $(Anchor.class).id("board-csv").getHref();
    }

    /** Opens the board at an address with a query, as a bookmark would. */
    private NeedBoardView navigateWith(String query) {
        UI.getCurrent().navigate(NeedRoutes.BOARD, QueryParameters.fromString(query));
        return $(NeedBoardView.class).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return (Select<T>) $(Select.class).id(id);
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void everyStepHasAColumnCountingTheSeededNeedsInItAndEmptyColumnsSaySo() {
        navigate(NeedBoardView.class);
        assertThat(counts()).containsExactly(Map.entry("behoefte", 1), Map.entry("bron", 1), Map.entry("opslaan", 0),
                Map.entry("ontsluiten", 0), Map.entry("analyseren", 1), Map.entry("rapporteren", 0),
                Map.entry("handelen", 0), Map.entry("terugkoppeling", 1));
        assertThat(cards("bron")).containsExactly("n5eed00000002");
        assertThat(cards("analyseren")).containsExactly("n5eed00000001");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("board-count-analyseren").getText()).isEqualTo("1");
        assertThat(column("opslaan").getChildren().filter(c -> c instanceof Paragraph).map(c -> ((Paragraph) c).getText()))
                .containsExactly("Geen behoeften in deze stap.");
        assertThat($(Paragraph.class).id("board-count").getText()).isEqualTo("4 behoeften met deze filters");
        assertThat(csvHref()).isEqualTo("api/needs.csv?open=true");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void aCardShowsNumberQuestionTypeDomainAssigneeAndNeededByAndLinksToTheNeedPage() {
        navigate(NeedBoardView.class);
        Div card = $(Div.class).id("board-card-n5eed00000001");
        Anchor link = (Anchor) card.getChildren().filter(c -> c instanceof Anchor).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("behoeften/n5eed00000001");
        assertThat(link.getElement().getTextRecursively()).startsWith("n5eed00000001Hoeveel actieve casussen heeft elke");
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Standaarddashboard", "Jeugd", "analist", "Nodig op", "2027");
        String untriaged = $(Div.class).id("board-card-n5eed00000003").getElement().getTextRecursively();
        assertThat(untriaged).contains("Nog niet bepaald", "Schuldhulp", "Niet toegewezen");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void filtersNarrowTheCardsAndTravelInTheAddressAndTheCsvLink() {
        NeedBoardView view = navigate(NeedBoardView.class);
        test(this.<Object>select("board-domain")).selectItem("Wmo");
        assertThat(counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(cards("bron")).containsExactly("n5eed00000002");
        assertThat(view.query()).isEqualTo("domein=wmo");
        assertThat(csvHref()).isEqualTo("api/needs.csv?domain=wmo&open=true");

        select("board-domain").clear();
        test(this.<Object>select("board-level")).selectItem("Tactisch");
        assertThat(cards("behoefte")).containsExactly("n5eed00000003");
        assertThat(cards("bron")).containsExactly("n5eed00000002");
        assertThat(cards("analyseren")).isEmpty();
        test(this.<Object>select("board-type")).selectItem("Standaarddashboard");
        assertThat(cards("behoefte")).isEmpty();
        assertThat(cards("bron")).containsExactly("n5eed00000002");

        test($(TextField.class).id("board-assignee")).setValue("niemand & co");
        assertThat(counts().values()).allMatch(n -> n == 0);
        assertThat(view.query()).isEqualTo("soort=standaarddashboard&niveau=tactisch&behandelaar=niemand%20%26%20co");
        assertThat(csvHref())
                .isEqualTo("api/needs.csv?type=standaarddashboard&level=tactisch&assignee=niemand%20%26%20co&open=true");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void rejectedAndClosedNeedsAppearInColumnsOfTheirOwnOnRequest() {
        navigate(NeedBoardView.class);
        assertThat(counts()).doesNotContainKeys("afgewezen", "gesloten");
        test($(Checkbox.class).id("board-finished")).click();
        assertThat(counts()).containsEntry("afgewezen", 0).containsEntry("gesloten", 1);
        assertThat(cards("gesloten")).containsExactly("n5eed00000005");
        assertThat(csvHref()).isEqualTo("api/needs.csv");
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void aBookmarkedAddressRestoresTheFiltersAndOnlyMineMeansAssignedToTheSignedInUser() {
        NeedBoardView view = navigateWith("mij=ja&afgerond=ja&niveau=tactisch");
        assertThat($(Checkbox.class).id("board-mine").getValue()).isTrue();
        assertThat($(Checkbox.class).id("board-finished").getValue()).isTrue();
        assertThat(select("board-level").getValue()).hasToString("TACTICAL");
        assertThat($(TextField.class).id("board-assignee").isEnabled()).isFalse();
        // Tactical and assigned to analist: the Wmo need at Bron and the closed one; the unassigned one is not.
        assertThat(cards("bron")).containsExactly("n5eed00000002");
        assertThat(cards("gesloten")).containsExactly("n5eed00000005");
        assertThat(cards("behoefte")).isEmpty();
        assertThat(csvHref()).isEqualTo("api/needs.csv?level=tactisch&assignee=analist");
        assertThat(view.query()).isEqualTo("niveau=tactisch&mij=ja&afgerond=ja");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void unknownCodesInTheAddressAreIgnored() {
        navigateWith("soort=bestaat-niet&domein=%3Cscript%3E");
        assertThat(select("board-type").getValue()).isNull();
        assertThat(select("board-domain").getValue()).isNull();
        assertThat(counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        navigateWith("behandelaar=" + "a".repeat(300));
        assertThat($(TextField.class).id("board-assignee").getValue()).hasSize(100);
    }

    @Test
    void aNeedIsLateOnlyWhenItsDateHasPassedAndItIsNotYetAnswered() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(NeedBoardView.late(need(NeedStep.ANALYSEREN, today.minusDays(1)), today)).isTrue();
        assertThat(NeedBoardView.late(need(NeedStep.BEHOEFTE, today.minusDays(1)), today)).isTrue();
        assertThat(NeedBoardView.late(need(NeedStep.ANALYSEREN, today), today)).isFalse();
        assertThat(NeedBoardView.late(need(NeedStep.TERUGKOPPELING, today.minusDays(1)), today)).isFalse();
        assertThat(NeedBoardView.late(need(NeedStep.GESLOTEN, today.minusDays(1)), today)).isFalse();
        assertThat(NeedBoardView.late(need(NeedStep.AFGEWEZEN, today.minusDays(1)), today)).isFalse();
        assertThat(NeedBoardView.late(need(NeedStep.BRON, null), today)).isFalse();
        assertThat(NeedBoardView.shortened("x".repeat(200))).hasSize(NeedBoardView.QUESTION_CHARS).endsWith("…");
    }

    private static Need need(NeedStep step, LocalDate neededBy) {
        return new Need(new NeedId("n000000000001"), new NeedDraft.Builder().question("Vraag").neededBy(neededBy).build(),
                "jansen", step, null, null, List.of(), List.of(), null, null, null, Instant.EPOCH, Instant.EPOCH);
    }
}
