package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Collectors;
import nl.datawijzer.privacy.DataCategory;
import nl.datawijzer.privacy.InspectionContact;
import nl.datawijzer.privacy.Processing;
import nl.datawijzer.privacy.SystemTransparency;
import nl.datawijzer.privacy.TransparencyOverview;
import nl.datawijzer.privacy.TransparencyService;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * "Waar ben ik bekend?" for every resident, without signing in: per system the kinds of personal data it holds (a
 * picture first: a matrix of systems and kinds with marks, and chips with icons), what the processing register says
 * about them, and how to ask for one's own data. A kind can be chosen ({@code ?soort=gezondheid}) to see only the
 * systems that hold it.
 */
@Route(value = TransparencyView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/transparency.css")
public class TransparencyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "waar-ben-ik-bekend";
    static final String CATEGORY_PARAMETER = "soort";
    /** Cards are built in steps, so a catalog of a thousand systems does not send a thousand cards at once. */
    static final int CARDS_PER_STEP = 50;

    private final TransparencyOverview overview;
    final ComboBox<DataCategory> category = new ComboBox<>();
    final Grid<SystemTransparency> matrix = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div cards = new Div();
    private final Button more = new Button();
    private List<SystemTransparency> shown = List.of();
    private int cardsShown;

    public TransparencyView(TransparencyService transparency) {
        this.overview = transparency.overview(getLocale());
        addClassName("dw-transparency");
        setMaxWidth("72rem");
        add(new H1(getTranslation("transparency.title")));
        Paragraph intro = new Paragraph(getTranslation("transparency.intro"));
        intro.addClassName("dw-lead");
        Anchor toInspection = new Anchor("#inzage", getTranslation("transparency.toInspection"));
        toInspection.setId("transparency-to-inspection");
        add(intro, new Paragraph(getTranslation("transparency.noPersonalData")), toInspection);

        if (overview.systems().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("transparency.empty"));
            empty.setId("transparency-empty");
            add(empty, inspection(overview.inspection()));
            return;
        }
        category.setId("transparency-category");
        category.setLabel(getTranslation("transparency.filter.label"));
        category.setPlaceholder(getTranslation("transparency.filter.all"));
        category.setItems(overview.categories());
        category.setItemLabelGenerator(c -> c.special() ? getTranslation("transparency.filter.specialItem", c.label())
                : c.label());
        category.setClearButtonVisible(true);
        category.setWidth("min(100%, 28rem)");
        category.addValueChangeListener(e -> {
            show();
            remember(e.getValue());
        });
        count.setId("transparency-count");
        count.addClassName("dw-transparency-count");
        cards.setId("transparency-systems");
        cards.addClassName("dw-transparency-cards");
        more.setId("transparency-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> addCards());

        add(category, count, picture(), cards, more, inspection(overview.inspection()));
        show();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (overview.systems().isEmpty()) {
            return;
        }
        String code = event.getLocation().getQueryParameters().getSingleParameter(CATEGORY_PARAMETER).orElse("");
        DataCategory chosen = overview.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        category.setValue(chosen);
    }

    /** The matrix of systems and kinds of data, with the legend of its icons that doubles as the filter. */
    private Component picture() {
        Section picture = new Section();
        picture.setId("transparency-picture");
        picture.addClassName("dw-transparency-picture");
        picture.add(new H2(getTranslation("transparency.picture.title")),
                new Paragraph(getTranslation("transparency.picture.intro")));

        Div legend = new Div();
        legend.setId("transparency-legend");
        legend.addClassName("dw-chips");
        legend.getElement().setAttribute("aria-label", getTranslation("transparency.legend.title"));
        for (DataCategory c : overview.categories()) {
            Button chip = new Button(c.label(), CategoryIcons.of(c.code()).create(), e -> category.setValue(c));
            chip.addClassName("dw-chip");
            chip.setId("legend-" + c.code());
            if (c.special()) {
                chip.addClassName("dw-chip-special");
                chip.setText(getTranslation("transparency.filter.specialItem", c.label()));
            }
            legend.add(chip);
        }
        picture.add(new Paragraph(getTranslation("transparency.legend.title")), legend);

        matrix.setId("transparency-matrix");
        matrix.addClassName("dw-transparency-matrix");
        matrix.addColumn(SystemTransparency::name).setHeader(getTranslation("transparency.matrix.system"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(1);
        for (DataCategory c : overview.categories()) {
            Icon icon = CategoryIcons.of(c.code()).create();
            icon.getElement().setAttribute("aria-label", c.label());
            Span header = new Span(icon);
            header.getElement().setAttribute("title", c.label());
            matrix.addColumn(s -> s.holds(c.code()) ? "●" : "").setKey(c.code()).setHeader(header)
                    .setWidth("3.75rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER)
                    .setTooltipGenerator(s -> s.holds(c.code())
                            ? getTranslation("transparency.matrix.holds", s.name(), c.label()) : "")
                    .setPartNameGenerator(s -> c.special() && s.holds(c.code()) ? "dw-special-mark" : null);
        }
        picture.add(matrix);
        return picture;
    }

    private void show() {
        DataCategory chosen = category.getValue();
        shown = overview.holding(chosen == null ? "" : chosen.code());
        count.setText(chosen == null ? getTranslation("transparency.count.all", overview.systems().size())
                : getTranslation("transparency.count.filtered", shown.size(), overview.systems().size(), chosen.label()));
        matrix.setItems(shown);
        // All rows for a short list; a long one scrolls inside the picture (the grid renders only what is visible).
        matrix.setAllRowsVisible(shown.size() <= 25);
        matrix.setHeight(shown.size() <= 25 ? null : "32rem");
        cards.removeAll();
        cardsShown = 0;
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("transparency.emptyFiltered")));
        }
        addCards();
    }

    private void addCards() {
        int until = Math.min(shown.size(), cardsShown + CARDS_PER_STEP);
        shown.subList(cardsShown, until).forEach(system -> cards.add(card(system)));
        cardsShown = until;
        more.setVisible(cardsShown < shown.size());
        more.setText(getTranslation("transparency.more", shown.size() - cardsShown));
    }

    private Component card(SystemTransparency system) {
        Section card = new Section();
        card.addClassName("dw-transparency-card");
        card.setId("systeem-" + system.id());
        card.add(new H2(system.name()));
        if (!system.description().isBlank()) {
            card.add(new Paragraph(system.description()));
        }
        card.add(new H3(getTranslation("transparency.card.categories")), chips(system.categories()));
        List<DataCategory> special = system.categories().stream().filter(DataCategory::special).toList();
        if (!special.isEmpty()) {
            Paragraph note = new Paragraph(getTranslation("transparency.card.specialNote",
                    special.stream().map(DataCategory::label).collect(Collectors.joining(", "))));
            note.addClassName("dw-special-note");
            card.add(note);
        }
        if (!system.registered()) {
            Paragraph unregistered = new Paragraph(getTranslation("transparency.card.unregistered"));
            unregistered.addClassName("dw-unregistered");
            card.add(unregistered);
        }
        system.processing().forEach(p -> card.add(processing(p)));
        return card;
    }

    private Component chips(List<DataCategory> categories) {
        Div chips = new Div();
        chips.addClassName("dw-chips");
        for (DataCategory c : categories) {
            Span chip = new Span(CategoryIcons.of(c.code()).create(), new Span(c.label()));
            chip.addClassName("dw-chip");
            if (c.special()) {
                chip.addClassName("dw-chip-special");
                Span word = new Span(getTranslation("transparency.card.special"));
                word.addClassName("dw-chip-word");
                chip.add(word);
            }
            chips.add(chip);
        }
        return chips;
    }

    private Component processing(Processing processing) {
        Div block = new Div();
        block.addClassName("dw-processing");
        block.add(new H3(processing.title()));
        DescriptionList facts = new DescriptionList();
        facts.addClassName("dw-meta");
        fact(facts, "transparency.processing.why", list(processing.purposes(), null));
        String bases = String.join("; ", processing.legalBases());
        Div legal = new Div();
        if (!bases.isEmpty()) {
            legal.add(new Div(bases));
        }
        if (processing.law() != null) {
            legal.add(new Div(getTranslation("transparency.processing.law", processing.law())));
        }
        if (legal.getChildren().findAny().isEmpty()) {
            legal.setText(getTranslation("transparency.processing.unknown"));
        }
        fact(facts, "transparency.processing.legalBasis", legal);
        fact(facts, "transparency.processing.subjects", new Span(processing.dataSubjects().isEmpty()
                ? getTranslation("transparency.processing.unknown") : String.join(", ", processing.dataSubjects())));
        if (!processing.categories().isEmpty()) {
            fact(facts, "transparency.processing.categories", chips(processing.categories()));
        }
        fact(facts, "transparency.processing.retention", new Span(processing.retention() == null
                ? getTranslation("transparency.processing.retentionUnknown") : processing.retention()));
        fact(facts, "transparency.processing.recipients",
                list(processing.recipients(), "transparency.processing.noRecipients"));
        block.add(facts);
        return block;
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Component list(List<String> texts, @Nullable String emptyKey) {
        if (texts.isEmpty()) {
            return new Span(getTranslation(emptyKey == null ? "transparency.processing.unknown" : emptyKey));
        }
        if (texts.size() == 1) {
            return new Span(texts.getFirst());
        }
        UnorderedList list = new UnorderedList();
        texts.forEach(t -> list.add(new ListItem(t)));
        return list;
    }

    private Component inspection(InspectionContact contact) {
        Section section = new Section();
        section.setId("inzage");
        section.addClassName("dw-inspection");
        Anchor web = new Anchor(contact.url(), contact.url());
        web.setId("inspection-url");
        Anchor mail = new Anchor("mailto:" + contact.email(), contact.email());
        mail.setId("inspection-email");
        Div contacts = new Div(new Div(new Span(getTranslation("transparency.inspection.web") + ": "), web),
                new Div(new Span(getTranslation("transparency.inspection.email") + ": "), mail));
        ListItem first = new ListItem(new Span(getTranslation("transparency.inspection.step1")), contacts);
        OrderedList steps = new OrderedList(first, new ListItem(getTranslation("transparency.inspection.step2")),
                new ListItem(getTranslation("transparency.inspection.step3")),
                new ListItem(getTranslation("transparency.inspection.step4")));
        section.add(new H2(getTranslation("transparency.inspection.title")),
                new Paragraph(getTranslation("transparency.inspection.intro")), steps);
        return section;
    }

    /** Keeps the chosen kind in the address, so the filtered page can be bookmarked or shared. */
    private void remember(@Nullable DataCategory chosen) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ROUTE + (chosen == null ? ""
                : "?" + QueryParameters.of(CATEGORY_PARAMETER, chosen.code()).getQueryString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transparency.title") + " · Datawijzer";
    }
}
