package nl.datawijzer.search.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchResult;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/** Staff search over the whole internal catalog, e.g. {@code zoeken?q=wmo&soort=Dataset}. */
@Route(value = SearchView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class SearchView extends SearchPage {

    public static final String ROUTE = "zoeken";

    private final SearchService search;

    public SearchView(SearchService search) {
        super(ROUTE, "search.title");
        this.search = search;
    }

    @Override
    protected SearchResult search(SearchRequest request) {
        return search.search(request);
    }
}
