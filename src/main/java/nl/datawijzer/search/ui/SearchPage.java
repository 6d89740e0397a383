package nl.datawijzer.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchKind;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A search page: a search field, the result cards with marked snippets, facet checkboxes with counts, the
 * total, a "bedoelde u" link and paging. Everything the page shows follows from its address, so a result
 * page can be bookmarked; every change (new words, a facet, another page) navigates to the new address.
 * Subclasses choose the service (staff or public).
 */
abstract class SearchPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(SearchPage.class);
    private static final int TITLE_TEXT = 60;

    private final String route;
    private final String titleKey;
    private final Div intro = new Div();
    private final TextField text = new TextField();
    private final Div status = new Div();
    private final Div message = new Div();
    private final Aside facets = new Aside();
    private final UnorderedList results = new UnorderedList();
    private final HorizontalLayout paging = new HorizontalLayout();
    private SearchQuery query = SearchQuery.of("");

    SearchPage(String route, String titleKey) {
        this.route = route;
        this.titleKey = titleKey;
        addClassName("dw-search");
        setWidthFull();
        setMaxWidth("80rem");
        add(new H1(getTranslation(titleKey)));
        intro.addClassName("dw-search-intro");
        add(intro);

        text.setId("search-text");
        text.setLabel(getTranslation("search.field.label"));
        text.setPlaceholder(getTranslation("search.field.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.addClassName("dw-search-text");
        text.addKeyDownListener(Key.ENTER, e -> submit());
        Button submit = new Button(getTranslation("search.submit"), e -> submit());
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(text, submit);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        form.getElement().setAttribute("role", "search");
        add(form);

        status.setId("search-status");
        status.addClassName("dw-search-status");
        // Screen readers hear the new total after each search.
        status.getElement().setAttribute("aria-live", "polite");
        message.setId("search-message");
        message.addClassName("dw-search-message");
        message.setVisible(false);
        add(status, message);

        facets.setId("search-facets");
        facets.addClassName("dw-search-facets");
        facets.getElement().setAttribute("aria-label", getTranslation("search.facets"));
        results.setId("search-results");
        results.addClassName("dw-search-results");
        results.getElement().setAttribute("aria-label", getTranslation("search.results"));
        paging.setId("search-paging");
        paging.addClassName("dw-search-paging");
        paging.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Div main = new Div(results, paging);
        main.addClassName("dw-search-main");
        Div body = new Div(facets, main);
        body.addClassName("dw-search-body");
        add(body);
    }

    /** Runs the search on the page's own service. */
    protected abstract SearchResult search(SearchRequest request);

    /** Adds an explanation under the page title. */
    protected void intro(Component... components) {
        intro.add(components);
    }

    /** What to say when nothing matches. */
    protected String emptyText(SearchQuery query) {
        return query.text().isEmpty() ? getTranslation("search.emptyFilters")
                : getTranslation("search.empty", abbreviate(query.text()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchQuery.from(event.getLocation().getQueryParameters());
        text.setValue(query.text());
        show();
    }

    private void submit() {
        go(query.withText(text.getValue()));
    }

    private void go(SearchQuery next) {
        getUI().ifPresent(ui -> ui.navigate(route, next.toParameters()));
    }

    private void show() {
        status.removeAll();
        message.removeAll();
        message.setVisible(false);
        facets.removeAll();
        results.removeAll();
        paging.removeAll();
        SearchResult result;
        try {
            result = search(query.request());
        } catch (IllegalArgumentException e) {
            showMessage(getTranslation("search.invalid"), e.getMessage());
            return;
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            // Never a stack trace on the page; the log has the details for the application manager.
            log.error("Search failed on {}", route, e);
            showMessage(getTranslation("search.failed"), null);
            return;
        }
        Span total = new Span(getTranslation("search.total", result.total()));
        total.setId("search-total");
        total.addClassName("dw-search-total");
        status.add(total);
        String suggestion = result.suggestion();
        if (suggestion != null && !suggestion.equalsIgnoreCase(query.text())) {
            status.add(suggestion(suggestion));
        }
        showFacets(result);
        if (result.hits().isEmpty()) {
            Paragraph empty = new Paragraph(emptyText(query));
            empty.setId("search-empty");
            empty.addClassName("dw-search-empty");
            results.add(new ListItem(empty));
        }
        for (SearchHit hit : result.hits()) {
            results.add(card(hit));
        }
        showPaging(result.total());
    }

    private void showMessage(String lead, @Nullable String detail) {
        Span leadText = new Span(lead);
        leadText.addClassName("dw-search-message-lead");
        message.add(leadText);
        if (detail != null && !detail.isBlank()) {
            Span detailText = new Span(detail);
            detailText.setId("search-message-detail");
            message.add(new Text(" "), detailText);
        }
        message.getElement().setAttribute("role", "alert");
        message.setVisible(true);
        if (!query.filters().isEmpty()) {
            message.add(clearFilters());
        }
    }

    private Component suggestion(String suggestion) {
        Anchor link = new Anchor(query.withText(suggestion).location(route), suggestion);
        link.setId("search-suggestion-link");
        Span didYouMean = new Span(getTranslation("search.didYouMean") + " ");
        Span line = new Span(didYouMean, link, new Text("?"));
        line.setId("search-suggestion");
        line.addClassName("dw-search-suggestion");
        return line;
    }

    private void showFacets(SearchResult result) {
        List<Component> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (SearchResult.FacetValue value : result.facets().getOrDefault(facet, List.of())) {
                counts.put(value.value(), value.count());
            }
            // A chosen value stays visible (and can be unticked) even when nothing matches it any more.
            for (String chosen : query.values(facet)) {
                counts.putIfAbsent(chosen, 0L);
            }
            if (!counts.isEmpty()) {
                groups.add(facetGroup(facet, counts));
            }
        }
        facets.setVisible(!groups.isEmpty());
        if (groups.isEmpty()) {
            return;
        }
        facets.add(new H2(getTranslation("search.facets")));
        groups.forEach(facets::add);
        if (!query.filters().isEmpty()) {
            facets.add(clearFilters());
        }
    }

    private Component facetGroup(Facet facet, Map<String, Long> counts) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.setId("facet-" + facet.parameter());
        group.setLabel(getTranslation("search.facet." + facet.parameter()));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addClassName("dw-facet");
        group.setItems(new ArrayList<>(counts.keySet()));
        group.setItemLabelGenerator(value -> facetLabel(facet, value) + " (" + numbers.format(counts.get(value)) + ")");
        group.setValue(new LinkedHashSet<>(query.values(facet)));
        // Added after the value is set, so only the reader's ticks navigate.
        group.addValueChangeListener(e -> go(query.withFilter(facet, e.getValue())));
        return group;
    }

    private Component clearFilters() {
        Button clear = new Button(getTranslation("search.facets.clear"), VaadinIcon.CLOSE_SMALL.create(),
                e -> go(query.withoutFilters()));
        clear.setId("search-clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return clear;
    }

    /** Kinds are indexed under their Dutch label; show them in the reader's language. */
    private String facetLabel(Facet facet, String value) {
        if (facet == Facet.KIND) {
            for (SearchKind kind : SearchKind.values()) {
                if (kind.label().equals(value)) {
                    return kindLabel(kind);
                }
            }
        }
        return value;
    }

    private String kindLabel(SearchKind kind) {
        return getTranslation("search.kind." + kind.name());
    }

    private Component card(SearchHit hit) {
        Span badge = new Span(kindLabel(hit.kind()));
        badge.addClassNames("dw-badge", "dw-kind", "kind-" + hit.kind().name().toLowerCase(Locale.ROOT));
        String path = hit.path();
        Component title = path != null && isPortalPath(path) ? new Anchor(path, hit.title()) : new Span(hit.title());
        H3 heading = new H3(title);
        heading.addClassName("dw-result-title");
        Div head = new Div(badge, heading);
        head.addClassName("dw-result-head");
        ListItem card = new ListItem(head);
        card.addClassName("dw-result");
        String subtitle = hit.subtitle();
        if (subtitle != null && !subtitle.isBlank()) {
            Span sub = new Span(subtitle);
            sub.addClassName("dw-result-subtitle");
            card.add(sub);
        }
        if (!hit.snippet().isEmpty()) {
            card.add(snippet(hit.snippet()));
        }
        return card;
    }

    /** Built from text nodes and {@code <mark>} elements: catalog text never becomes markup. */
    static Paragraph snippet(List<SearchHit.SnippetPart> parts) {
        Paragraph snippet = new Paragraph();
        snippet.addClassName("dw-result-snippet");
        for (SearchHit.SnippetPart part : parts) {
            snippet.add(part.match() ? new Mark(part.text()) : new Text(part.text()));
        }
        return snippet;
    }

    /** Only addresses inside the portal become links, never a scheme such as {@code javascript:}. */
    private static boolean isPortalPath(String path) {
        return !path.isBlank() && !path.contains(":") && !path.startsWith("//");
    }

    private void showPaging(long total) {
        int pages = SearchQuery.pages(total);
        paging.setVisible(pages > 1);
        if (pages <= 1) {
            return;
        }
        int page = Math.min(query.page(), pages);
        Button previous = new Button(getTranslation("search.previous"), VaadinIcon.ANGLE_LEFT.create(),
                e -> go(query.atPage(page - 1)));
        previous.setId("search-previous");
        previous.setEnabled(page > 1);
        Span where = new Span(getTranslation("search.page", page, pages));
        where.setId("search-page");
        Button next = new Button(getTranslation("search.next"), VaadinIcon.ANGLE_RIGHT.create(),
                e -> go(query.atPage(page + 1)));
        next.setId("search-next");
        next.setIconAfterText(true);
        next.setEnabled(page < pages);
        paging.add(previous, where, next);
    }

    private static String abbreviate(String text) {
        return text.length() <= TITLE_TEXT ? text : text.substring(0, TITLE_TEXT) + "…";
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation(titleKey) + " — Datawijzer";
        return query.text().isEmpty() ? title : "‘" + abbreviate(query.text()) + "’ — " + title;
    }
}
