package nl.datawijzer.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.search.Facet;
import nl.datawijzer.ui.MainLayout;

/**
 * The old address of the public search. Searching the published open data is part of the open-data portal's own page
 * now (route {@value #PORTAL}, which searches this same public index); links and bookmarks to this address are
 * forwarded there with their words and theme, so they keep working.
 */
@Route(value = PublicSearchView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class PublicSearchView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "open-data/zoeken";
    /* By name, so search does not depend on the open-data feature's views. */
    static final String PORTAL = "open-data";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> given = event.getLocation().getQueryParameters().getParameters();
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : List.of(SearchQuery.TEXT, Facet.THEME.parameter())) {
            if (given.containsKey(name)) {
                kept.put(name, given.get(name));
            }
        }
        event.forwardTo(PORTAL, new QueryParameters(kept));
    }
}
