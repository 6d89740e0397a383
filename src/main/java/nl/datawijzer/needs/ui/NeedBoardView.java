package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDomain;
import nl.datawijzer.needs.NeedFilter;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedType;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.needs.SteeringLevel;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The analysts' board: a column per step of the process (Behoefte .. Terugkoppeling, and on request Afgewezen and
 * Gesloten), each need a card that links to its page. All staff may look; the filters are kept in the address
 * ({@code ?soort=ad-hoc&niveau=tactisch&domein=wmo&behandelaar=analist&mij=ja&afgerond=ja}) so a filtered board can be
 * bookmarked, and the CSV export carries the same filters.
 */
@Route(value = NeedRoutes.BOARD, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
@StyleSheet("styles/needs-board.css")
public class NeedBoardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String TYPE = "soort";
    static final String LEVEL = "niveau";
    static final String DOMAIN = "domein";
    static final String ASSIGNEE = "behandelaar";
    static final String MINE = "mij";
    static final String FINISHED = "afgerond";
    static final String YES = "ja";
    /** Relative like every link of the app: it resolves against the app root (Vaadin's base), whatever the context path. */
    static final String CSV = "api/needs.csv";
    /** Long questions are cut on a card; the need page shows them whole. */
    static final int QUESTION_CHARS = 140;
    private static final List<NeedStep> FINAL = List.of(NeedStep.AFGEWEZEN, NeedStep.GESLOTEN);

    private final NeedService needs;
    private final @Nullable String me;
    final Select<NeedType> type = new Select<>();
    final Select<SteeringLevel> level = new Select<>();
    final Select<NeedDomain> domain = new Select<>();
    final TextField assignee = new TextField();
    final Checkbox mine = new Checkbox();
    final Checkbox finished = new Checkbox();
    final Anchor csv = new Anchor();
    private final Paragraph count = new Paragraph();
    private final Div board = new Div();
    private boolean reading;

    public NeedBoardView(NeedService needs, AuthenticationContext authentication) {
        this.needs = needs;
        this.me = authentication.getPrincipalName().orElse(null);
        addClassName("dw-needs-board");
        add(new H1(getTranslation("needs.board.title")), new Paragraph(getTranslation("needs.board.intro")));

        choice(type, "board-type", "needs.board.filter.type", NeedType.values());
        choice(level, "board-level", "needs.board.filter.level", SteeringLevel.values());
        choice(domain, "board-domain", "needs.board.filter.domain", NeedDomain.values());
        assignee.setId("board-assignee");
        assignee.setLabel(getTranslation("needs.board.filter.assignee"));
        assignee.setClearButtonVisible(true);
        assignee.setMaxLength(100);
        assignee.setValueChangeMode(ValueChangeMode.LAZY);
        assignee.addValueChangeListener(e -> changed());
        mine.setId("board-mine");
        mine.setLabel(getTranslation("needs.board.filter.mine"));
        mine.setVisible(me != null);
        mine.addValueChangeListener(e -> {
            assignee.setEnabled(!e.getValue());
            changed();
        });
        finished.setId("board-finished");
        finished.setLabel(getTranslation("needs.board.filter.finished"));
        finished.addValueChangeListener(e -> changed());
        HorizontalLayout filters = new HorizontalLayout(type, level, domain, assignee, mine, finished);
        filters.setId("board-filters");
        filters.addClassName("dw-board-filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("needs.board.filters"));

        count.setId("board-count");
        count.getElement().setAttribute("aria-live", "polite");
        csv.setId("board-csv");
        csv.setText(getTranslation("needs.board.csv"));
        csv.setRouterIgnore(true);
        csv.setDownload(true);
        Div summary = new Div(count, csv);
        summary.addClassName("dw-board-summary");

        board.setId("board");
        board.addClassName("dw-board");
        // The board scrolls sideways on narrow screens; as a focusable region keyboard users can scroll it too.
        board.getElement().setAttribute("role", "region");
        board.getElement().setAttribute("tabindex", "0");
        board.getElement().setAttribute("aria-label", getTranslation("needs.board.region"));
        add(filters, summary, board);
        // Filled in beforeEnter, once the address's filters are known.
    }

    private <E extends Enum<E> & NeedValue> void choice(Select<E> select, String id, String labelKey, E[] values) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("needs.board.filter.all"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("needs.board.filter.all") : v.label(getLocale()));
        select.addValueChangeListener(e -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        reading = true;
        try {
            type.setValue(code(NeedType.class, query, TYPE));
            level.setValue(code(SteeringLevel.class, query, LEVEL));
            domain.setValue(code(NeedDomain.class, query, DOMAIN));
            String who = query.getSingleParameter(ASSIGNEE).orElse("").strip();
            assignee.setValue(who.length() > 100 ? who.substring(0, 100) : who);
            mine.setValue(me != null && YES.equals(query.getSingleParameter(MINE).orElse("")));
            assignee.setEnabled(!mine.getValue());
            finished.setValue(YES.equals(query.getSingleParameter(FINISHED).orElse("")));
        } finally {
            reading = false;
        }
        refresh();
    }

    private static <E extends Enum<E> & NeedValue> @Nullable E code(Class<E> type, QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(c -> NeedValue.ofCode(type, c)).orElse(null);
    }

    private void changed() {
        if (reading) {
            return;
        }
        refresh();
        String query = query();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                NeedRoutes.BOARD + (query.isEmpty() ? "" : "?" + query)));
    }

    /** The filters as the board's address keeps them, always in the same order. */
    String query() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, TYPE, type.getValue());
        put(params, LEVEL, level.getValue());
        put(params, DOMAIN, domain.getValue());
        if (mine.getValue()) {
            params.put(MINE, YES);
        } else if (!assignee.getValue().isBlank()) {
            params.put(ASSIGNEE, assignee.getValue().strip());
        }
        if (finished.getValue()) {
            params.put(FINISHED, YES);
        }
        return queryString(params);
    }

    private static String queryString(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void put(Map<String, String> params, String name, @Nullable NeedValue value) {
        if (value != null) {
            params.put(name, value.code());
        }
    }

    private @Nullable String assigneeFilter() {
        if (mine.getValue()) {
            return me;
        }
        String who = assignee.getValue().strip();
        return who.isEmpty() ? null : who;
    }

    NeedFilter filter() {
        return new NeedFilter(null, type.getValue(), level.getValue(), assigneeFilter(), domain.getValue(),
                !finished.getValue());
    }

    /** The export's address with the board's filters, in the API's parameter names. */
    String csvHref() {
        Map<String, String> params = new LinkedHashMap<>();
        NeedFilter filter = filter();
        if (filter.type() != null) {
            params.put("type", filter.type().code());
        }
        if (filter.steeringLevel() != null) {
            params.put("level", filter.steeringLevel().code());
        }
        if (filter.domain() != null) {
            params.put("domain", filter.domain().code());
        }
        if (filter.assignee() != null) {
            params.put("assignee", filter.assignee());
        }
        if (filter.openOnly()) {
            params.put("open", "true");
        }
        String query = queryString(params);
        return CSV + (query.isEmpty() ? "" : "?" + query);
    }

    private void refresh() {
        List<Need> shown = needs.board(filter());
        count.setText(getTranslation("needs.board.count", shown.size()));
        csv.setHref(csvHref());
        board.removeAll();
        List<NeedStep> steps = new ArrayList<>(NeedStep.PROCESS);
        if (finished.getValue()) {
            steps.addAll(FINAL);
        }
        LocalDate today = needs.today();
        for (NeedStep step : steps) {
            board.add(column(step, shown.stream().filter(n -> n.step() == step).toList(), today));
        }
    }

    private Component column(NeedStep step, List<Need> inStep, LocalDate today) {
        Section column = new Section();
        column.setId("board-column-" + step.code());
        column.addClassName("dw-board-column");
        if (step.isFinal()) {
            column.addClassName("dw-board-final");
        }
        Span number = new Span(String.valueOf(inStep.size()));
        number.addClassName("dw-board-column-count");
        number.setId("board-count-" + step.code());
        number.getElement().setAttribute("aria-label", getTranslation("needs.board.columnCount", inStep.size()));
        H2 heading = new H2(new Span(step.label(getLocale())), number);
        heading.setId("board-heading-" + step.code());
        column.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        column.add(heading);
        if (inStep.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("needs.board.empty"));
            empty.addClassName("dw-board-empty");
            column.add(empty);
        }
        inStep.forEach(need -> column.add(card(need, today)));
        return column;
    }

    private Component card(Need need, LocalDate today) {
        Div card = new Div();
        card.setId("board-card-" + need.id().value());
        card.addClassName("dw-need-card");
        Span number = new Span(need.id().value());
        number.addClassName("dw-need-number");
        Anchor link = new Anchor(NeedRoutes.page(need.id()));
        link.add(number, new Span(shortened(need.question())));
        link.getElement().setAttribute("title", need.question());
        card.add(link);

        DescriptionList facts = new DescriptionList();
        fact(facts, "needs.board.card.type", new Span(need.type() == null
                ? getTranslation("needs.board.card.untriaged") : need.type().label(getLocale())));
        fact(facts, "needs.board.card.domain", new Span(need.draft().domain() == null
                ? getTranslation("needs.board.card.none") : need.draft().domain().label(getLocale())));
        fact(facts, "needs.board.card.assignee", new Span(need.assignee() == null
                ? getTranslation("needs.board.card.unassigned") : need.assignee()));
        LocalDate neededBy = need.draft().neededBy();
        Span when = new Span(neededBy == null ? getTranslation("needs.board.card.none")
                : neededBy.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())));
        if (late(need, today)) {
            Span late = new Span(getTranslation("needs.board.card.late"));
            late.addClassName("dw-late");
            late.setId("board-late-" + need.id().value());
            when.add(late);
        }
        fact(facts, "needs.board.card.neededBy", when);
        card.add(facts);
        return card;
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    /** Past its needed-by date and not yet answered: the answer comes at Terugkoppeling, and rejected is answered too. */
    static boolean late(Need need, LocalDate today) {
        LocalDate neededBy = need.draft().neededBy();
        int step = need.step().number();
        return neededBy != null && neededBy.isBefore(today) && step >= 1 && step < NeedStep.TERUGKOPPELING.number();
    }

    static String shortened(String question) {
        return question.length() <= QUESTION_CHARS ? question
                : question.substring(0, QUESTION_CHARS - 1).strip() + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.board.title") + " — Datawijzer";
    }
}
