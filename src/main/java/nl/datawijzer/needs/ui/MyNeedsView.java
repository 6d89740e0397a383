package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;
import org.jspecify.annotations.Nullable;

/**
 * "Mijn informatiebehoeften": the signed-in user's own needs, drafts included, most recently changed first; each opens
 * in the form (a draft) or on its page, and a new need starts here.
 */
@Route(value = MyNeedsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class MyNeedsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = NeedRoutes.MINE;

    public MyNeedsView(NeedService needs) {
        setMaxWidth("100rem");
        add(new H1(getTranslation("needs.mine.title")));
        Button create = new Button(getTranslation("needs.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NeedFormView.class)));
        create.setId("need-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);
        List<Need> mine = needs.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("needs.mine.none"));
            none.setId("needs-none");
            add(none);
            return;
        }
        Grid<Need> grid = new Grid<>(Need.class, false);
        grid.setId("my-needs");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(n -> n.id().value()).setHeader(getTranslation("needs.column.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(MyNeedsView::questionLink)).setHeader(getTranslation("needs.column.question")).setFlexGrow(4);
        grid.addColumn(n -> label(n.step())).setHeader(getTranslation("needs.column.step")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> label(n.type())).setHeader(getTranslation("needs.column.type")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.draft().neededBy() == null ? "" : n.draft().neededBy()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())))
                .setHeader(getTranslation("needs.column.neededBy")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> Moments.format(n.modified(), getLocale(), FormatStyle.SHORT, FormatStyle.SHORT))
                .setHeader(getTranslation("needs.column.modified")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        add(grid);
    }

    /** A draft opens in the form, to go on writing it; a submitted need opens its page. */
    private static Anchor questionLink(Need need) {
        Anchor link = new Anchor(need.step() == NeedStep.CONCEPT ? NeedRoutes.edit(need.id()) : NeedRoutes.page(need.id()),
                need.question());
        link.setId("need-link-" + need.id().value());
        return link;
    }

    private String label(@Nullable NeedValue value) {
        return value == null ? "" : value.label(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.mine.title") + " — Datawijzer";
    }
}
