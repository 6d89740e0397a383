package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.datawijzer.catalog.ConceptId;
import nl.datawijzer.catalog.GlossaryService;
import nl.datawijzer.catalog.GlossaryTerm;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** The glossary: search terms, read a definition and follow broader and related terms. */
@Route(value = "begrippen", layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class GlossaryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** {@code begrippen?begrip=<slug>} opens the page with that term shown, e.g. from a search result. */
    static final String TERM_PARAMETER = "begrip";

    private final GlossaryService glossary;
    private final TextField search = new TextField();
    private final Grid<GlossaryTerm> grid = new Grid<>(GlossaryTerm.class, false);
    private final Div detail = new Div();

    public GlossaryView(GlossaryService glossary) {
        this.glossary = glossary;
        setSizeFull();
        add(new H1(getTranslation("catalog.glossary.title")));

        search.setId("glossary-search");
        search.setLabel(getTranslation("catalog.search"));
        search.setPlaceholder(getTranslation("catalog.glossary.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search);

        grid.setId("glossary-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        LazyPaging.sortableBy(grid.addColumn(GlossaryTerm::prefLabel).setKey("term")
                .setHeader(getTranslation("catalog.glossary.term")).setFlexGrow(2), "label");
        grid.addColumn(t -> String.join(", ", t.synonyms())).setKey("synonyms")
                .setHeader(getTranslation("catalog.glossary.synonyms")).setFlexGrow(2);
        grid.addColumn(GlossaryTerm::definition).setKey("definition")
                .setHeader(getTranslation("catalog.glossary.definition")).setFlexGrow(5);
        LazyPaging.load(grid, page -> glossary.list(search.getValue(), page));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setHeightFull();

        detail.setId("glossary-detail");
        detail.setWidth("24rem");
        detail.getStyle().set("flex-shrink", "0").set("overflow", "auto");
        show(null);

        HorizontalLayout body = new HorizontalLayout(grid, detail);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        addAndExpand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(TERM_PARAMETER)
                .filter(ConceptId::isValid)
                .ifPresent(slug -> {
                    try {
                        grid.asSingleSelect().setValue(glossary.get(new ConceptId(slug)));
                    } catch (RecordNotFoundException gone) {
                        grid.asSingleSelect().clear();
                    }
                });
    }

    /** Selects a term in the grid (which shows it in the detail panel), e.g. when following a link. */
    private void select(Label term) {
        RecordLinks.slug(term.iri(), "concept").ifPresent(slug -> {
            try {
                grid.asSingleSelect().setValue(glossary.get(new ConceptId(slug)));
            } catch (RecordNotFoundException gone) {
                grid.asSingleSelect().clear();
            }
        });
    }

    private void show(@Nullable GlossaryTerm term) {
        detail.removeAll();
        if (term == null) {
            detail.add(new Paragraph(getTranslation("catalog.glossary.choose")));
            return;
        }
        H2 heading = new H2(term.prefLabel());
        heading.setId("glossary-detail-term");
        Paragraph definition = new Paragraph(term.definition());
        definition.setId("glossary-detail-definition");
        MetaList meta = new MetaList("glossary-detail-meta")
                .text(getTranslation("catalog.glossary.synonyms"), String.join(", ", term.synonyms()));
        String source = term.source();
        if (source != null && (source.startsWith("https://") || source.startsWith("http://"))) {
            meta.item(getTranslation("catalog.glossary.source"), new Anchor(source, source, AnchorTarget.BLANK));
        } else {
            meta.text(getTranslation("catalog.glossary.source"), source);
        }
        meta.items(getTranslation("catalog.glossary.broader"), links(term.broader()));
        meta.items(getTranslation("catalog.glossary.related"), links(term.related()));
        detail.add(heading, definition, meta);
    }

    private List<Component> links(List<Label> terms) {
        return terms.stream().<Component>map(term -> {
            if (RecordLinks.slug(term.iri(), "concept").isEmpty()) {
                return new Span(term.label());
            }
            Button link = new Button(term.label(), e -> select(term));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("glossary-link");
            return link;
        }).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.glossary.title") + " — Datawijzer";
    }
}
