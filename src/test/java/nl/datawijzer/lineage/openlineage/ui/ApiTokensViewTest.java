package nl.datawijzer.lineage.openlineage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import nl.datawijzer.lineage.openlineage.ApiToken;
import nl.datawijzer.lineage.openlineage.ApiTokenService;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The admin issues an API token on the page: it is shown once, works for the intake, and the list shows its name. */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(username = "admin", roles = {"ADMIN", "MEDEWERKER"})
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    @SuppressWarnings("unchecked")
    void anIssuedTokenIsShownOnceWorksAndIsListed() {
        navigate(ApiTokensView.class);
        int before = test($(Grid.class).id("api-tokens")).size();

        test($(TextField.class).id("token-name")).setValue("Azure Data Factory");
        test($(Button.class).id("issue-token")).click();

        String secret = $(TextField.class).id("issued-secret").getValue();
        assertThat(secret).startsWith("dwol_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(secret)).contains("Azure Data Factory");
        test($(ConfirmDialog.class).id("issued-token")).confirm();

        Grid<ApiToken> grid = $(Grid.class).id("api-tokens");
        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Azure Data Factory");
        assertThat(test(grid).getRow(0).issuedBy()).isEqualTo("admin");
        assertThat($(TextField.class).id("token-name").getValue()).isEmpty();
    }

    @Test
    void aTokenWithoutANameIsRefusedOnTheField() {
        navigate(ApiTokensView.class);
        test($(TextField.class).id("token-name")).setValue("   ");
        test($(Button.class).id("issue-token")).click();
        TextField name = $(TextField.class).id("token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Geef de sleutel een naam van 1 tot 100 tekens.");
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }
}
