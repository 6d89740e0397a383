package nl.datawijzer.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The notifications page and the bell in the header: the bell counts the user's unread notifications in its
 * accessible name, the page marks one read (by its button or by opening its link) or all, and the bell follows.
 * Each test signs in as an account of its own, so the counts do not depend on the order of the tests.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class NeedNotificationsViewTest extends SpringBrowserlessTest {

    @Autowired NeedService needs;
    @Autowired SecurityContextHolderStrategy security;

    /** A draft of the signed-in user, and {@code comments} comments on it by an analyst: one notification each. */
    private NeedId draftWithComments(int comments) {
        NeedId id = needs.saveDraft(null, NeedDraft.ofQuestion("Hoeveel jongeren krijgen jeugdhulp per wijk?"));
        SecurityContext before = security.getContext();
        SecurityContext analyst = security.createEmptyContext();
        analyst.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("analist-v", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER"), new SimpleGrantedAuthority("ROLE_ANALIST"))));
        security.setContext(analyst);
        try {
            for (int i = 1; i <= comments; i++) {
                needs.comment(id, "Vraag " + i + ": bedoelt u ook jongvolwassenen?");
            }
        } finally {
            security.setContext(before);
        }
        return id;
    }

    private Anchor bell() {
        return $(Anchor.class).id(NeedNotificationBell.ID);
    }

    private List<ListItem> items() {
        return $(ListItem.class).all().stream().filter(i -> i.hasClassName("need-notification")).toList();
    }

    @Test
    @WithMockUser(username = "lezer-bel", roles = "MEDEWERKER")
    void theBellCountsTheUnreadNotificationsAndLinksToThePage() {
        draftWithComments(3);
        navigate(HomeView.class);
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("3 ongelezen meldingen");
        assertThat(bell().getHref()).isEqualTo("behoeften/meldingen");
        assertThat(test(bell()).getPath()).isEqualTo("behoeften/meldingen");
    }

    @Test
    @WithMockUser(username = "lezer-lijst", roles = "MEDEWERKER")
    void markingReadByButtonByLinkAndAllAtOnceUpdatesTheListAndTheBell() {
        NeedId need = draftWithComments(3);
        navigate(NeedNotificationsView.class);
        assertThat(items()).hasSize(3).allSatisfy(i -> {
            assertThat(i.hasClassName("need-notification-unread")).isTrue();
            assertThat(i.getElement().getTextRecursively()).contains("Ongelezen",
                    "analist-v heeft een opmerking geplaatst bij " + need.value());
        });
        assertThat($(Paragraph.class).id("need-notifications-summary").getText())
                .isEqualTo("3 meldingen, waarvan 3 ongelezen.");

        String first = items().getFirst().getId().orElseThrow().substring("need-notification-".length());
        test($(Button.class).id("need-notification-read-" + first)).click();
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("2 ongelezen meldingen");
        assertThat(items().getFirst().hasClassName("need-notification-unread")).isFalse();
        assertThat(items().getFirst().getElement().getTextRecursively()).contains("Gelezen");

        String second = items().get(1).getId().orElseThrow().substring("need-notification-".length());
        Anchor link = $(Anchor.class).id("need-notification-link-" + second);
        assertThat(link.getHref()).isEqualTo("behoeften/" + need.value());
        new ComponentTester<Anchor>(link) {
            void open() {
                fireDomEvent("click");
            }
        }.open();
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("1 ongelezen melding");

        test($(Button.class).id("need-notifications-read-all")).click();
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Geen ongelezen meldingen");
        assertThat(items()).noneMatch(i -> i.hasClassName("need-notification-unread"));
        assertThat($(Button.class).id("need-notifications-read-all").isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "lezer-leeg", roles = "MEDEWERKER")
    void someoneWithoutNotificationsIsToldSo() {
        navigate(NeedNotificationsView.class);
        assertThat($(Paragraph.class).id("need-notifications-summary").getText())
                .isEqualTo("U hebt geen meldingen over informatiebehoeften.");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Geen ongelezen meldingen");
    }

    @Test
    @WithAnonymousUser
    void aVisitorHasNoBell() {
        navigate(HomeView.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().filter(NeedNotificationBell.ID::equals).isPresent());
    }
}
