package nl.datawijzer.lineage.openlineage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import nl.datawijzer.lineage.openlineage.ApiToken;
import nl.datawijzer.lineage.openlineage.ApiTokenService;
import nl.datawijzer.lineage.openlineage.IssuedToken;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;
import org.jspecify.annotations.Nullable;

/**
 * The admin issues API tokens for the OpenLineage intake and revokes them. A new token is shown once, in a dialog,
 * because only its hash is kept.
 */
@Route(value = ApiTokensView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "beheer/api-sleutels";

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);
    private final TextField name = new TextField();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setMaxWidth("70rem");
        add(new H1(getTranslation("openlineage.tokens.title")));
        add(new Paragraph(getTranslation("openlineage.tokens.intro")));

        name.setLabel(getTranslation("openlineage.tokens.name"));
        name.setPlaceholder(getTranslation("openlineage.tokens.namePlaceholder"));
        name.setMaxLength(100);
        name.setWidth("24rem");
        name.setId("token-name");
        Button issue = new Button(getTranslation("openlineage.tokens.issue"), VaadinIcon.KEY.create(), e -> issue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("issue-token");
        HorizontalLayout form = new HorizontalLayout(name, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(form);

        grid.setId("api-tokens");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("openlineage.tokens.name")).setFlexGrow(2);
        grid.addColumn(ApiToken::issuedBy).setHeader(getTranslation("openlineage.tokens.issuedBy"));
        grid.addColumn(t -> when(t.created())).setHeader(getTranslation("openlineage.tokens.created"));
        grid.addColumn(t -> t.revoked() ? getTranslation("openlineage.tokens.revokedOn", when(t.revokedAt()), t.revokedBy())
                : getTranslation("openlineage.tokens.active")).setHeader(getTranslation("openlineage.tokens.state")).setFlexGrow(2);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("openlineage.tokens.revoke"), VaadinIcon.BAN.create());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(!token.revoked());
        revoke.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("openlineage.tokens.revokeConfirmTitle", token.name()));
            confirm.setText(getTranslation("openlineage.tokens.revokeConfirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("openlineage.tokens.cancel"));
            confirm.setConfirmText(getTranslation("openlineage.tokens.revoke"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                tokens.revoke(token.id());
                refresh();
                Notification.show(getTranslation("openlineage.tokens.revoked", token.name()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            confirm.open();
        });
        return revoke;
    }

    private void issue() {
        IssuedToken issued;
        try {
            issued = tokens.issue(name.getValue());
        } catch (IllegalArgumentException e) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("openlineage.tokens.nameRequired"));
            return;
        }
        name.setInvalid(false);
        name.clear();
        refresh();
        ConfirmDialog shown = new ConfirmDialog();
        shown.setId("issued-token");
        shown.setHeader(getTranslation("openlineage.tokens.issuedTitle", issued.token().name()));
        TextField secret = new TextField();
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("issued-secret");
        VerticalLayout text = new VerticalLayout(new Paragraph(getTranslation("openlineage.tokens.issuedOnce")), secret,
                new Paragraph(getTranslation("openlineage.tokens.issuedUsage")));
        text.setPadding(false);
        shown.setText(text);
        shown.setConfirmText(getTranslation("openlineage.tokens.close"));
        shown.setWidth("40rem");
        shown.open();
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private static String when(@Nullable Instant instant) {
        return instant == null ? "" : Moments.NUMERIC.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openlineage.tokens.title") + " | Datawijzer";
    }
}
