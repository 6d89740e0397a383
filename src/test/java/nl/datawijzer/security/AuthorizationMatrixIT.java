package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every Vaadin route and every REST mapping, for anonymous and every role, against an explicit table.
 * A new route or mapping that is not in the table fails this test, so it cannot be forgotten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixIT {

    enum Who { ANONYMOUS, MEDEWERKER, ANALIST, BEHEERDER, FG, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> STAFF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> STEWARDS = EnumSet.of(Who.BEHEERDER);
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    private static final Set<Who> PRIVACY_OFFICER = EnumSet.of(Who.FG);
    /** No portal account: only an API token opens it (lineage.openlineage, its own filter chain). */
    private static final Set<Who> API_TOKEN_ONLY = EnumSet.noneOf(Who.class);

    /** Who may open each Vaadin route. */
    private static final Map<String, Set<Who>> ROUTES = Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("login", EVERYONE),
            Map.entry("systemen", STAFF),
            Map.entry("systemen/:slug", STAFF),
            Map.entry("datasets", STAFF),
            Map.entry("datasets/:slug", STAFF),
            Map.entry("begrippen", STAFF),
            Map.entry("herkomst", STAFF),
            Map.entry("datasets/nieuw", STEWARDS),
            Map.entry("datasets/:slug/bewerken", STEWARDS),
            Map.entry("zoeken", STAFF),
            Map.entry("open-data/zoeken", EVERYONE),
            Map.entry("open-data", EVERYONE),
            Map.entry("open-data/:slug", EVERYONE),
            Map.entry("open-data/sparql", EVERYONE),
            Map.entry("beheer/zoekindex", ADMINS),
            Map.entry("privacy/beoordelen", PRIVACY_OFFICER),
            Map.entry("privacy/register", PRIVACY_OFFICER),
            Map.entry("privacy/publicaties", PRIVACY_OFFICER),
            Map.entry("meldingen", STAFF),
            Map.entry("behoeften", STAFF),
            Map.entry("behoeften/meldingen", STAFF),
            Map.entry("behoeften/bord", STAFF),
            Map.entry("behoeften/overzicht", STAFF),
            Map.entry("behoeften/nieuw", STAFF),
            Map.entry("behoeften/:id(n[0-9a-f]{12})/bewerken", STAFF),
            Map.entry("behoeften/:id(n[0-9a-f]{12})", STAFF),
            Map.entry("waar-ben-ik-bekend", EVERYONE),
            Map.entry("beheer/dcat-import", ADMINS),
            // lineage (issue 7): impact analysis
            Map.entry("herkomst/impact/:node*", STAFF),
            Map.entry("herkomst/bewerken/:slug", STEWARDS),
            Map.entry("beheer/api-sleutels", ADMINS),
            Map.entry("beheer/wijzigingslog", ADMINS),
            Map.entry("beheer/ontdekte-datasets", STEWARDS),
            // Issue 8: the quality pages, for all staff (starting a run is checked by the service and the page).
            Map.entry("kwaliteit", STAFF),
            Map.entry("kwaliteit/dataset/:slug", STAFF),
            Map.entry("kwaliteit/systeem/:slug", STAFF),
            Map.entry("kwaliteit/signalen", STAFF),
            // Issue 9: backups
            Map.entry("beheer/back-ups", ADMINS));

    /** Who may call each REST mapping (GET). */
    private static final Map<String, Set<Who>> API = Map.ofEntries(
            Map.entry("/api/systems", STAFF),
            Map.entry("/api/systems/{slug}", STAFF),
            Map.entry("/api/datasets", STAFF),
            Map.entry("/api/datasets/{slug}", STAFF),
            Map.entry("/api/datasets/{slug}/fields", STAFF),
            Map.entry("/api/glossary", STAFF),
            Map.entry("/api/glossary/{slug}", STAFF),
            Map.entry("/api/v1/search", STAFF),
            Map.entry("/api/public/search", EVERYONE),
            Map.entry("/api/public/sparql", EVERYONE),
            Map.entry("/api/public/transparency", EVERYONE),
            Map.entry("/api/3/action/{action}", EVERYONE),
            Map.entry("/api/openapi", EVERYONE),
            Map.entry("/api/docs", EVERYONE),
            Map.entry("/api/openapi/swagger-config", EVERYONE),
            Map.entry("/api/openapi.yaml", EVERYONE),
            Map.entry("/api/privacy/register.csv", PRIVACY_OFFICER),
            Map.entry("/api/needs", STAFF),
            Map.entry("/api/needs/{id}", STAFF),
            Map.entry("/api/needs.csv", STAFF),
            // lineage (issue 7): impact analysis
            Map.entry("/api/lineage/impact", STAFF),
            Map.entry("/api/lineage/impact.csv", STAFF),
            Map.entry("/api/privacy/register.xlsx", PRIVACY_OFFICER),
            // Hosted open-data files: open to all; the controller answers 404 to whoever may not see a file.
            Map.entry("/open-data/bestanden/{dataset}/{distribution}/{fileName}", EVERYONE),
            // DCAT-AP-NL exports (opendata/export/api)
            Map.entry("/api/public/dcat/catalog", EVERYONE),
            Map.entry("/api/public/dcat/catalog.ttl", EVERYONE),
            Map.entry("/api/public/dcat/catalog.jsonld", EVERYONE),
            Map.entry("/api/public/dcat/catalog.rdf", EVERYONE),
            Map.entry("/api/public/dcat/datasets/{slug}.ttl", EVERYONE),
            Map.entry("/api/public/dcat/datasets/{slug}.jsonld", EVERYONE),
            Map.entry("/api/public/dcat/datasets/{slug}.rdf", EVERYONE),
            // OpenLineage intake (POST only): demo accounts with HTTP Basic get 401, a token is needed.
            Map.entry("/api/v1/lineage", API_TOKEN_ONLY),
            // reliability feeds (quality/api)
            Map.entry("/api/v1/quality/scores.json", STAFF),
            Map.entry("/api/v1/quality/scores.csv", STAFF),
            Map.entry("/api/v1/quality/measurements.json", STAFF),
            Map.entry("/api/v1/quality/measurements.csv", STAFF));

    /** Who may call each REST mapping that takes POST, with HTTP Basic (or nothing). */
    private static final Map<String, Set<Who>> POST_API = Map.of(
            "/api/3/action/{action}", EVERYONE,
            "/api/public/sparql", EVERYONE,
            "/api/v1/lineage", API_TOKEN_ONLY);

    /** Actuator endpoints beyond health and info (with HTTP Basic; a scraper uses its token, see metrics.MetricsIT). */
    private static final Map<String, Set<Who>> ACTUATOR = Map.of(
            "/actuator/prometheus", ADMINS);

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityHolder;

    @Autowired
    nl.datawijzer.lineage.openlineage.ApiTokenService apiTokens;

    @Autowired
    AccessAnnotationChecker accessChecker;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    @Test
    void everyVaadinRouteIsOpenToExactlyTheRolesInTheTable() throws ClassNotFoundException {
        Map<String, Class<?>> routes = vaadinRoutes();
        assertThat(routes.keySet()).as("routes in the code versus the expected table")
                .containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
        List<String> wrong = new ArrayList<>();
        for (var route : routes.entrySet()) {
            for (Who who : Who.values()) {
                boolean allowed = accessChecker.hasAccess(route.getValue(), principal(who), role -> hasRole(who, role));
                if (allowed != ROUTES.get(route.getKey()).contains(who)) {
                    wrong.add("/" + route.getKey() + " for " + who + ": " + (allowed ? "allowed" : "denied"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRestMappingAnswersExactlyTheRolesInTheTable() throws Exception {
        Set<String> paths = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() != null) {
                info.getPathPatternsCondition().getPatternValues().stream()
                        .filter(p -> p.startsWith("/api") || p.startsWith("/open-data/bestanden/")).forEach(paths::add);
            }
        }
        assertThat(paths).as("REST mappings in the code versus the expected table")
                .containsExactlyInAnyOrderElementsOf(API.keySet());

        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            String concrete = path.replace("{action}", "status_show").replaceAll("\\{[^}]+}", "bestaat-niet");
            for (Who who : Who.values()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + concrete)).GET();
                if (who != Who.ANONYMOUS) {
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (who.name().toLowerCase() + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                boolean allowed = status != 401 && status != 403;
                if (allowed != API.get(path).contains(who)) {
                    wrong.add(concrete + " for " + who + ": HTTP " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPostMappingAnswersExactlyTheRolesInTheTableAndTheIntakeTakesItsToken() throws Exception {
        Set<String> paths = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() != null && info.getMethodsCondition().getMethods()
                    .contains(org.springframework.web.bind.annotation.RequestMethod.POST)) {
                info.getPathPatternsCondition().getPatternValues().stream().filter(p -> p.startsWith("/api")).forEach(paths::add);
            }
        }
        assertThat(paths).as("POST mappings in the code versus the expected table")
                .containsExactlyInAnyOrderElementsOf(POST_API.keySet());
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            String concrete = path.replace("{action}", "status_show");
            for (Who who : Who.values()) {
                int status = client.send(post(concrete, who == Who.ANONYMOUS ? null : "Basic " + Base64.getEncoder()
                        .encodeToString((who.name().toLowerCase() + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8))),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                boolean allowed = status != 401 && status != 403;
                if (allowed != POST_API.get(path).contains(who)) {
                    wrong.add("POST " + concrete + " for " + who + ": HTTP " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();

        // The strategy this context's method security reads (Vaadin installs its own per context).
        securityHolder.getContext().setAuthentication(org.springframework.security.authentication
                .UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
        String token;
        try {
            token = apiTokens.issue("autorisatiematrix").secret();
        } finally {
            securityHolder.clearContext();
        }
        int withToken = client.send(post("/api/v1/lineage", "Bearer " + token), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(withToken).as("an empty event with a live token is bad input, not forbidden").isEqualTo(400);
        int tokenElsewhere = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/datasets"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(tokenElsewhere).as("an API token opens the intake only").isEqualTo(401);
    }

    @Test
    void everyProtectedActuatorEndpointAnswersExactlyTheRolesInTheTable() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> wrong = new ArrayList<>();
        for (var endpoint : ACTUATOR.entrySet()) {
            for (Who who : Who.values()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + endpoint.getKey())).GET();
                if (who != Who.ANONYMOUS) {
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (who.name().toLowerCase() + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                boolean allowed = status == 200;
                if (allowed != endpoint.getValue().contains(who)) {
                    wrong.add(endpoint.getKey() + " for " + who + ": HTTP " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private HttpRequest post(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static Map<String, Class<?>> vaadinRoutes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        for (var candidate : scanner.findCandidateComponents("nl.datawijzer")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            routes.put(view.getAnnotation(Route.class).value(), view);
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.put(alias.value(), view);
            }
        }
        return routes;
    }

    private static Principal principal(Who who) {
        return who == Who.ANONYMOUS ? null : who::name;
    }

    /** The roles the demo account of {@code who} holds, implied ones included. */
    private static boolean hasRole(Who who, String role) {
        return who != Who.ANONYMOUS && Role.valueOf(who.name()).withImplied().stream().anyMatch(r -> r.name().equals(role));
    }
}
