package nl.datawijzer.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.IntStream;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * "Mijn informatiebehoeften" on the seed: each user sees only their own needs, newest change first, each linking to
 * where it is worked on; a new need starts here.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class MyNeedsViewTest extends SpringBrowserlessTest {

    @Autowired NeedService needs;

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void aRequesterSeesTheirOwnFourSeededNeedsNewestChangeFirst() {
        navigate(MyNeedsView.class);
        @SuppressWarnings("unchecked")
        Grid<Need> grid = (Grid<Need>) $(Grid.class).id("my-needs");
        List<String> ids = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 0)).toList();
        assertThat(ids).containsExactly("n5eed00000002", "n5eed00000001", "n5eed00000004", "n5eed00000005");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Bron");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Standaarddashboard");
    }

    @Test
    @WithMockUser(username = "nieuw", roles = "MEDEWERKER")
    void someoneWithoutNeedsIsToldSo() {
        navigate(MyNeedsView.class);
        assertThat($(Paragraph.class).id("needs-none").getText()).isEqualTo("U hebt nog geen informatiebehoeften.");
        Button create = $(Button.class).id("need-new");
        assertThat(create.getText()).isEqualTo("Nieuwe informatiebehoefte");
        test(create).click();
        assertThat(getCurrentView()).isInstanceOf(NeedFormView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("behoeften/nieuw");
    }

    @Test
    @WithMockUser(username = "schrijver", roles = "MEDEWERKER")
    void aDraftOpensInTheFormAndASubmittedNeedOnItsPage() {
        NeedId draft = needs.saveDraft(null, NeedDraft.ofQuestion("Hoeveel mantelzorgers krijgen een waardering?"));
        navigate(MyNeedsView.class);
        @SuppressWarnings("unchecked")
        Grid<Need> grid = (Grid<Need>) $(Grid.class).id("my-needs");
        Anchor link = (Anchor) test(grid).getCellComponent(0, 1);
        assertThat(link.getText()).isEqualTo("Hoeveel mantelzorgers krijgen een waardering?");
        assertThat(link.getHref()).isEqualTo("behoeften/" + draft.value() + "/bewerken");
        assertThat($(Button.class).id("need-new").isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void aSubmittedNeedLinksToItsPage() {
        navigate(MyNeedsView.class);
        @SuppressWarnings("unchecked")
        Grid<Need> grid = (Grid<Need>) $(Grid.class).id("my-needs");
        Anchor link = (Anchor) test(grid).getCellComponent(0, 1);
        assertThat(link.getId()).contains("need-link-n5eed00000002");
        assertThat(link.getHref()).isEqualTo("behoeften/n5eed00000002");
    }
}
