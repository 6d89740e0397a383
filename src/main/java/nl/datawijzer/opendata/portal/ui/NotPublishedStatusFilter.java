package nl.datawijzer.opendata.portal.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datawijzer.opendata.portal.OpenDataPortal;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A dataset page opened directly (a bookmark, a search engine, a harvester following a link) answers HTTP 404 when
 * the dataset is not published. Vaadin answers every page load with its start page (200) and shows the error view
 * afterwards, so without this the status would say "found" while the page says "niet (meer) gepubliceerd".
 */
@Component
class NotPublishedStatusFilter extends OncePerRequestFilter {

    private static final Pattern DATASET_PAGE = Pattern.compile("^/open-data/([^/]+)$");

    private final OpenDataPortal portal;

    NotPublishedStatusFilter(OpenDataPortal portal) {
        this.portal = portal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Only page loads: Vaadin's own requests (v-r=...) and other methods go their way.
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher page = DATASET_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!page.matches() || "zoeken".equals(page.group(1)) || portal.find(page.group(1)).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                // The start page would say 200; the status stays 404. Errors (5xx) still get through.
                super.setStatus(status == SC_OK ? SC_NOT_FOUND : status);
            }
        });
    }
}
