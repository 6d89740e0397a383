package nl.datawijzer.search.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import nl.datawijzer.search.PublicSearchService;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchResult;
import nl.datawijzer.ui.MainLayout;

/**
 * Search for everyone over the published open data only (the public index), narrowed by kind and theme. The
 * page says so, and says kindly when nothing has been published yet.
 */
@Route(value = PublicSearchView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class PublicSearchView extends SearchPage {

    public static final String ROUTE = "open-data/zoeken";

    private final PublicSearchService search;

    public PublicSearchView(PublicSearchService search) {
        super(ROUTE, "search.public.title");
        this.search = search;
        Paragraph explanation = new Paragraph(getTranslation("search.public.intro"));
        explanation.setId("public-search-intro");
        intro(explanation);
    }

    @Override
    protected SearchResult search(SearchRequest request) {
        return search.search(request);
    }

    @Override
    protected String emptyText(SearchQuery query) {
        boolean nothingPublished = search.search(new SearchRequest("", Map.of(), 0, 1)).total() == 0;
        return nothingPublished ? getTranslation("search.public.nothingPublished") : super.emptyText(query);
    }
}
