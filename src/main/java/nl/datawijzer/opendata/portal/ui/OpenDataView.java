package nl.datawijzer.opendata.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.portal.OpenDataPortal;
import nl.datawijzer.opendata.portal.ValueLabels;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.PublicSearchService;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchResult;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open-data portal's landing page, for everyone: search the published datasets, narrow them to an EU theme, page
 * through them, and find the machine-readable forms of the whole catalog. The list comes from the public index (which
 * holds only the open-data view), the card details from the open-data view itself. Everything the page shows follows
 * from its address ({@code ?q=afval&thema=Milieu&pagina=2}), so every state can be bookmarked, and every control is a
 * link or a labelled field that works with the keyboard alone.
 */
@Route(value = OpenDataView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/open-data.css")
public class OpenDataView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = OpenDataUrls.PORTAL;
    static final String TEXT = "q";
    static final String THEME = "thema";
    static final String PAGE = "pagina";
    static final int PAGE_SIZE = 10;
    private static final int EXCERPT = 220;
    private static final Logger log = LoggerFactory.getLogger(OpenDataView.class);

    private final transient PublicSearchService search;
    private final transient OpenDataPortal portal;
    private final transient ValueLabels labels;
    private final TextField text = new TextField();
    private final Div status = new Div();
    private final Nav themes = new Nav();
    private final Section results = new Section();
    private final Nav paging = new Nav();
    private String query = "";
    private @Nullable String theme;
    private int page = 1;

    public OpenDataView(PublicSearchService search, OpenDataPortal portal, ValueLabels labels) {
        this.search = search;
        this.portal = portal;
        this.labels = labels;
        setId("open-data");
        addClassNames("dw-portal", "dw-portal-landing");
        add(new H1(getTranslation("odp.title")));
        Paragraph intro = new Paragraph(getTranslation("odp.intro"));
        intro.setId("portal-intro");
        intro.addClassName("dw-lead");
        add(intro, searchForm());

        status.setId("portal-status");
        status.addClassName("dw-portal-status");
        // Screen readers hear the new total after each search or filter.
        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("role", "status");
        add(status);

        themes.setId("portal-themes");
        themes.addClassName("dw-portal-themes");
        themes.getElement().setAttribute("aria-label", getTranslation("odp.themes.label"));
        Aside side = new Aside(themes);
        side.addClassName("dw-portal-side");
        results.setId("portal-results");
        results.addClassName("dw-portal-results");
        results.getElement().setAttribute("aria-label", getTranslation("odp.results"));
        paging.setId("portal-paging");
        paging.addClassName("dw-portal-paging");
        paging.getElement().setAttribute("aria-label", getTranslation("odp.paging"));
        Div content = new Div(results, paging);
        content.addClassName("dw-portal-content");
        Div body = new Div(side, content);
        body.addClassName("dw-portal-body");
        add(body, machineReadable());
    }

    private Component searchForm() {
        text.setId("portal-search-text");
        text.setLabel(getTranslation("odp.search.label"));
        text.setPlaceholder(getTranslation("odp.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(SearchRequest.MAX_TEXT);
        text.addClassName("dw-portal-search-text");
        text.addKeyDownListener(Key.ENTER, e -> submit());
        Button submit = new Button(getTranslation("odp.search.submit"), e -> submit());
        submit.setId("portal-search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(text, submit);
        form.addClassName("dw-portal-search");
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("odp.search.region"));
        return form;
    }

    private Component machineReadable() {
        Section section = new Section();
        section.setId("portal-machine");
        section.addClassName("dw-portal-machine");
        H2 heading = new H2(getTranslation("odp.machine"));
        heading.setId("portal-machine-heading");
        section.getElement().setAttribute("aria-labelledby", "portal-machine-heading");
        UnorderedList links = new UnorderedList(
                new ListItem(serverLink("portal-catalog-ttl", OpenDataUrls.catalogExport("ttl"), getTranslation("odp.machine.ttl"))),
                new ListItem(serverLink("portal-catalog-jsonld", OpenDataUrls.catalogExport("jsonld"), getTranslation("odp.machine.jsonld"))),
                new ListItem(serverLink("portal-catalog-rdf", OpenDataUrls.catalogExport("rdf"), getTranslation("odp.machine.rdf"))),
                new ListItem(serverLink("portal-ckan", OpenDataUrls.CKAN + "/package_list", getTranslation("odp.machine.ckan"))),
                new ListItem(serverLink("portal-sparql", OpenDataUrls.SPARQL, getTranslation("odp.machine.sparql"))));
        section.add(heading, new Paragraph(getTranslation("odp.machine.intro")), links);
        return section;
    }

    /** A link the browser follows itself: the address is served by the server, not by a Vaadin view. */
    static Anchor serverLink(String id, String href, String text) {
        Anchor link = new Anchor(href, text);
        link.setId(id);
        link.setRouterIgnore(true);
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        query = String.join(" ", parameters.getOrDefault(TEXT, List.of())).strip();
        theme = parameters.getOrDefault(THEME, List.of()).stream().map(String::strip).filter(t -> !t.isEmpty())
                .findFirst().orElse(null);
        page = pageOf(parameters.getOrDefault(PAGE, List.of()));
        text.setValue(query.length() > SearchRequest.MAX_TEXT ? query.substring(0, SearchRequest.MAX_TEXT) : query);
        show();
    }

    private static int pageOf(List<String> values) {
        try {
            return values.isEmpty() ? 1 : Math.clamp(Integer.parseInt(values.getFirst().strip()), 1, lastPage());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The last page whose offset the search still accepts. */
    private static int lastPage() {
        return SearchRequest.MAX_OFFSET / PAGE_SIZE + 1;
    }

    private void submit() {
        go(text.getValue(), theme, 1);
    }

    private void go(String newText, @Nullable String newTheme, int newPage) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE, parameters(newText, newTheme, newPage)));
    }

    static QueryParameters parameters(String text, @Nullable String theme, int page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isBlank()) {
            parameters.put(TEXT, List.of(text.strip()));
        }
        if (theme != null) {
            parameters.put(THEME, List.of(theme));
        }
        if (page > 1) {
            parameters.put(PAGE, List.of(Integer.toString(page)));
        }
        return new QueryParameters(parameters);
    }

    private static String location(String text, @Nullable String theme, int page) {
        String query = parameters(text, theme, page).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    private void show() {
        status.removeAll();
        themes.removeAll();
        results.removeAll();
        paging.removeAll();
        SearchResult result;
        try {
            Map<Facet, Set<String>> filters = theme == null ? Map.of() : Map.of(Facet.THEME, Set.of(theme));
            result = search.search(new SearchRequest(query, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            message(getTranslation("odp.invalid") + " " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            // Never a stack trace on a public page; the log has the details for the application manager.
            log.error("Open-data search failed", e);
            message(getTranslation("odp.failed"));
            return;
        }
        Span total = new Span(query.isEmpty() ? getTranslation("odp.total", result.total())
                : getTranslation("odp.total.for", result.total(), query));
        total.setId("portal-total");
        status.add(total);
        showThemes(result);
        H2 heading = new H2(getTranslation("odp.results"));
        heading.addClassName("dw-portal-results-heading");
        results.add(heading);
        if (result.hits().isEmpty()) {
            showEmpty();
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("portal-list");
        list.addClassName("dw-portal-list");
        for (SearchHit hit : result.hits()) {
            slugOf(hit).flatMap(portal::find).ifPresent(dataset -> list.add(card(dataset.dataset())));
        }
        results.add(list);
        showPaging(result.total());
    }

    private void message(String text) {
        Paragraph alert = new Paragraph(text);
        alert.setId("portal-message");
        alert.addClassName("dw-portal-message");
        alert.getElement().setAttribute("role", "alert");
        results.add(alert, clearLink());
    }

    private void showEmpty() {
        boolean nothingPublished = portal.count() == 0;
        Paragraph empty = new Paragraph(getTranslation(nothingPublished ? "odp.empty.nothingPublished" : "odp.empty.noMatch"));
        empty.setId("portal-empty");
        empty.addClassName("dw-portal-empty");
        results.add(empty);
        if (!nothingPublished) {
            results.add(clearLink());
        }
    }

    private Anchor clearLink() {
        Anchor clear = new Anchor(ROUTE, getTranslation("odp.empty.clear"));
        clear.setId("portal-clear");
        return clear;
    }

    /** The public index names a dataset {@code dataset:<slug>}. */
    private static Optional<String> slugOf(SearchHit hit) {
        return hit.id().startsWith("dataset:") ? Optional.of(hit.id().substring("dataset:".length())) : Optional.empty();
    }

    /** EU themes only (the Dutch government themes are a second, national list); each a link that narrows the list. */
    private void showThemes(SearchResult result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchResult.FacetValue value : result.facets().getOrDefault(Facet.THEME, List.of())) {
            labels.themeByDutchLabel(value.value()).filter(labels::isEuTheme).ifPresent(iri -> counts.put(value.value(), value.count()));
        }
        if (theme != null) {
            counts.putIfAbsent(theme, 0L);
        }
        themes.setVisible(!counts.isEmpty());
        if (counts.isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation("odp.themes"));
        UnorderedList list = new UnorderedList();
        list.addClassName("dw-portal-theme-list");
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort(java.text.Collator.getInstance(getLocale())::compare);
        for (String value : ordered) {
            boolean chosen = value.equals(theme);
            String label = labels.themeByDutchLabel(value).map(iri -> labels.label(iri, getLocale())).orElse(value);
            // Choosing the chosen theme again lifts the filter, so every state is one link away.
            Anchor link = new Anchor(location(query, chosen ? null : value, 1),
                    getTranslation(chosen ? "odp.themes.chosen" : "odp.themes.choose", label, counts.get(value)));
            link.setId("theme-" + slugOfTheme(value));
            link.addClassName("dw-portal-theme");
            if (chosen) {
                link.getElement().setAttribute("aria-current", "true");
                link.addClassName("chosen");
            }
            list.add(new ListItem(link));
        }
        if (theme != null) {
            Anchor all = new Anchor(location(query, null, 1), getTranslation("odp.themes.all"));
            all.setId("theme-all");
            all.addClassName("dw-portal-theme");
            list.add(new ListItem(all));
        }
        themes.add(heading, list);
    }

    /** The last part of the theme's IRI, lower case ("envi"), as a stable element id. */
    private String slugOfTheme(String dutchLabel) {
        return labels.themeByDutchLabel(dutchLabel).map(iri -> iri.substring(iri.lastIndexOf('/') + 1))
                .orElse(dutchLabel).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private Component card(ExportedDataset dataset) {
        Anchor title = new Anchor(OpenDataUrls.datasetPage(dataset.identifier()), dataset.title());
        title.setId("dataset-link-" + dataset.identifier());
        H3 heading = new H3(title);
        heading.addClassName("dw-portal-card-title");
        ListItem card = new ListItem(heading);
        card.addClassName("dw-portal-card");
        if (!dataset.description().isBlank()) {
            Paragraph excerpt = new Paragraph(PortalText.excerpt(dataset.description(), EXCERPT));
            excerpt.addClassName("dw-portal-card-description");
            card.add(excerpt);
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("dw-portal-card-facts");
        List<String> themeLabels = dataset.themes().stream().map(iri -> labels.label(iri, getLocale())).toList();
        if (!themeLabels.isEmpty()) {
            fact(facts, "odp.card.themes", String.join(", ", themeLabels));
        }
        if (dataset.publisherName() != null) {
            fact(facts, "odp.card.publisher", dataset.publisherName());
        }
        if (dataset.modified() != null) {
            fact(facts, "odp.card.modified", PortalText.date(dataset.modified(), getLocale()));
        }
        card.add(facts);
        return card;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value));
    }

    private void showPaging(long total) {
        int pages = (int) Math.min(lastPage(), Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        paging.setVisible(pages > 1);
        if (pages <= 1) {
            return;
        }
        int current = Math.min(page, pages);
        if (current > 1) {
            Anchor previous = new Anchor(location(query, theme, current - 1), getTranslation("odp.previous"));
            previous.setId("portal-previous");
            previous.getElement().setAttribute("rel", "prev");
            paging.add(previous);
        }
        Span where = new Span(getTranslation("odp.page", current, pages));
        where.setId("portal-page");
        where.getElement().setAttribute("aria-current", "page");
        paging.add(where);
        if (current < pages) {
            Anchor next = new Anchor(location(query, theme, current + 1), getTranslation("odp.next"));
            next.setId("portal-next");
            next.getElement().setAttribute("rel", "next");
            paging.add(next);
        }
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("odp.pageTitle") + " — Datawijzer";
        return query.isEmpty() ? title : "‘" + PortalText.excerpt(query, 60) + "’ — " + title;
    }
}
