package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** "Mijn informatiebehoeften": the signed-in user's own needs, drafts included, most recently changed first. Read-only. */
@Route(value = MyNeedsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class MyNeedsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = NeedRoutes.MINE;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public MyNeedsView(NeedService needs) {
        setMaxWidth("100rem");
        add(new H1(getTranslation("needs.mine.title")));
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
        grid.addColumn(Need::question).setHeader(getTranslation("needs.column.question")).setFlexGrow(4);
        grid.addColumn(n -> label(n.step())).setHeader(getTranslation("needs.column.step")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> label(n.type())).setHeader(getTranslation("needs.column.type")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.draft().neededBy() == null ? "" : n.draft().neededBy()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())))
                .setHeader(getTranslation("needs.column.neededBy")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                        .format(n.modified().atZone(ZONE)))
                .setHeader(getTranslation("needs.column.modified")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        add(grid);
    }

    private String label(@Nullable NeedValue value) {
        return value == null ? "" : value.label(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.mine.title") + " — Datawijzer";
    }
}
