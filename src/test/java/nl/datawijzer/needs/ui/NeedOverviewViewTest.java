package nl.datawijzer.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.datawijzer.needs.NeedStatistics;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The overview on the seed: five submitted needs, two of which reached Terugkoppeling (after 50 days and 50 days and
 * 3 hours 20 minutes); each figure as a chart with the same numbers in a table.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class NeedOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    NeedStatistics statistics;

    private List<String> rows(String table) {
        return $(NativeTable.class).id("overview-table-" + table).getBody().getRows().stream()
                .map(NativeTableRow::getAllCells)
                .map(cells -> String.join(" | ", cells.stream().map(c -> c.getElement().getText()).toList()))
                .toList();
    }

    private String chart(String name) {
        return $(Svg.class).id("overview-chart-" + name).getElement().getProperty("innerHTML");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void eachStepShowsItsCountInTheChartAndInTheTable() {
        navigate(NeedOverviewView.class);
        assertThat($(Paragraph.class).id("overview-total").getText()).startsWith("Over 5 ingediende");
        assertThat(rows("steps")).containsExactly("Behoefte | 1", "Bron | 1", "Opslaan | 0", "Ontsluiten | 0",
                "Analyseren | 1", "Rapporteren | 0", "Handelen | 0", "Terugkoppeling | 1", "Afgewezen | 0",
                "Gesloten | 1");
        String steps = chart("steps");
        assertThat(steps).startsWith("<svg").contains("role=\"img\"", "aria-label=\"Behoeften per stap\"",
                "<title>Behoeften per stap</title>");
        for (String step : List.of("Behoefte", "Bron", "Opslaan", "Ontsluiten", "Analyseren", "Rapporteren",
                "Handelen", "Terugkoppeling", "Afgewezen", "Gesloten")) {
            assertThat(steps).contains(">" + step + "</text>");
        }
        assertThat(steps.split("class=\"dw-bar\"", -1)).hasSize(11);
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void typesLevelsAndDomainsAreCountedWithTheUntriagedNeedApart() {
        navigate(NeedOverviewView.class);
        assertThat(rows("types")).containsExactly("Standaarddashboard | 3", "Ad hoc | 1", "Nog niet bepaald | 1");
        assertThat(chart("types")).contains(">Nog niet bepaald</text>");
        assertThat(rows("levels")).containsExactly("Strategisch | 1", "Tactisch | 3", "Operationeel | 1");
        assertThat(rows("domains")).containsExactly("Wmo | 1", "Jeugd | 1", "Participatie | 1", "Schuldhulp | 1",
                "Overig | 1");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void leadTimesAndDaysPerStepComeFromTheSeededHistories() {
        navigate(NeedOverviewView.class);
        // 50.01 days (ad hoc, closed) and 50.14 days (standard dashboard): median 50.08, 80th percentile 50.11.
        assertThat(rows("lead")).containsExactly("Alle behoeften | 2 | 50,1 dagen | 50,1 dagen",
                "Standaarddashboard | 1 | 50,1 dagen | 50,1 dagen", "Ad hoc | 1 | 50 dagen | 50 dagen");
        assertThat(chart("lead")).contains(">Alle behoeften: mediaan</text>", ">Ad hoc: 80e percentiel</text>",
                ">50 dagen</text>");
        // Behoefte was left by four needs after about 7 days each; Terugkoppeling only by the closed one, after 8 days.
        List<String> days = rows("days");
        assertThat(days.getFirst()).startsWith("Behoefte | 4 | ");
        assertThat(days.get(7)).isEqualTo("Terugkoppeling | 1 | 8 dagen");
        assertThat(days).contains("Handelen | 2 | 7 dagen");
    }

    @Test
    void theFiguresAreForSignedInStaffOnly() {
        assertThatThrownBy(() -> statistics.report()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
