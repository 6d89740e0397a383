package nl.datawijzer.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.IntStream;
import nl.datawijzer.needs.Need;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** "Mijn informatiebehoeften" on the seed: each user sees only their own needs, newest change first. */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class MyNeedsViewTest extends SpringBrowserlessTest {

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
    }
}
