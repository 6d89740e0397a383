package nl.datawijzer.opendata.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.datawijzer.opendata.Notice;
import nl.datawijzer.opendata.PublicationService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/** Notices to dataset owners (for example: automatically withdrawn from open data, and why), newest first. */
@Route(value = NoticesView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "meldingen";

    private final PublicationService publications;
    private final Grid<Notice> grid = new Grid<>(Notice.class, false);

    public NoticesView(PublicationService publications) {
        this.publications = publications;
        setMaxWidth("100rem");
        add(new H1(getTranslation("publication.notices.title")));
        grid.setId("notices");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(n -> When.format(n.created(), getLocale())).setHeader(getTranslation("publication.notices.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(NoticesView::dataset)).setHeader(getTranslation("publication.notices.dataset"))
                .setFlexGrow(1);
        grid.addColumn(Notice::recipientName).setHeader(getTranslation("publication.notices.recipient")).setFlexGrow(1);
        grid.addColumn(Notice::text).setHeader(getTranslation("publication.notices.text")).setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(this::readCell)).setHeader(getTranslation("publication.notices.read"))
                .setAutoWidth(true).setFlexGrow(0);
        load();
    }

    private void load() {
        List<Notice> notices = publications.notices();
        grid.setItems(notices);
        if (notices.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("publication.notices.none"));
            none.setId("notices-none");
            addComponentAtIndex(1, none);
        } else if (grid.getParent().isEmpty()) {
            add(grid);
        }
    }

    private static Component dataset(Notice notice) {
        return new Anchor("datasets/" + notice.datasetSlug(),
                notice.datasetTitle().isBlank() ? notice.datasetSlug() : notice.datasetTitle());
    }

    private Component readCell(Notice notice) {
        if (notice.read()) {
            return new Span("✓");
        }
        Button mark = new Button(getTranslation("publication.notices.markRead"), e -> {
            publications.markRead(notice.id());
            grid.setItems(publications.notices());
        });
        mark.setId("notice-read-" + notice.id());
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return mark;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.notices.title") + " — Datawijzer";
    }
}
