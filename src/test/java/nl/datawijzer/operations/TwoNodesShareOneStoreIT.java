package nl.datawijzer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.datawijzer.DatawijzerApplication;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.testsupport.FusekiTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two app nodes, each with its own data folder (indexes, public view), on one shared Fuseki store: the second node
 * starts from what the first seeded, and each picks up what the other changes.
 */
@ExtendWith(SecurityHolderIsolation.class)
class TwoNodesShareOneStoreIT {

    @TempDir
    static Path folder;
    static FusekiTestServer fuseki;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startNodes() {
        fuseki = FusekiTestServer.start(folder.resolve("fuseki"));
        first = node("first");
        second = node("second");
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        fuseki.close();
    }

    private static ConfigurableApplicationContext node(String name) {
        // As arguments, so they win over the configuration files (as the real command line would).
        return new SpringApplicationBuilder(DatawijzerApplication.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--datawijzer.store.data-dir=" + folder.resolve(name),
                "--datawijzer.store.remote.url=" + fuseki.datasetUrl(),
                "--datawijzer.store.remote.user=" + FusekiTestServer.USER,
                "--datawijzer.store.remote.password=" + FusekiTestServer.PASSWORD,
                "--datawijzer.store.files-dir=" + folder.resolve("shared-files"),
                "--datawijzer.store.remote.follow-interval=300ms");
    }

    @Test
    void theSecondNodeStartsFromTheSharedCatalogAndEachFollowsTheOthersChanges() {
        RdfStore store = first.getBean(RdfStore.class);
        assertThat(store.isEmptyCatalog()).isFalse();
        assertThat(as(second, "zoeker", () -> titles(second, "Wmo"))).as("seeded by the first node, indexed by the second")
                .isNotEmpty();

        as(first, "beheerder.een", () -> {
            first.getBean(DatasetService.class).create(new DatasetDraft("gedeelde-proef", "Gedeelde proefset",
                    "Gemaakt op het eerste knooppunt.", new SystemId("isamenleving"), new AgentId("team-wmo"),
                    new AgentId("team-wmo"), List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                    "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                    "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC", List.of(), null,
                    List.of()));
            return null;
        });
        awaitTitles(second, "proefset", List.of("Gedeelde proefset"));

        as(second, "beheerder.twee", () -> {
            DatasetService datasets = second.getBean(DatasetService.class);
            var current = datasets.get(new DatasetId("gedeelde-proef"));
            datasets.update(new DatasetDraft("gedeelde-proef", "Gedeelde proefset, herzien", current.description(),
                    new SystemId("isamenleving"), new AgentId("team-wmo"), new AgentId("team-wmo"),
                    List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                    "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                    "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC", List.of(), null,
                    List.of()));
            return null;
        });
        awaitTitles(first, "proefset", List.of("Gedeelde proefset, herzien"));

        as(first, "beheerder.een", () -> {
            first.getBean(DatasetService.class).delete(new DatasetId("gedeelde-proef"));
            return null;
        });
        awaitTitles(second, "proefset", List.of());
    }

    private static void awaitTitles(ConfigurableApplicationContext node, String text, List<String> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = as(node, "zoeker", () -> titles(node, text));
            if (seen.equals(expected)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(seen).as("what the other node's search finds").isEqualTo(expected);
    }

    private static List<String> titles(ConfigurableApplicationContext node, String text) {
        return node.getBean(SearchService.class).search(new SearchRequest(text, Map.of(), 0, 20)).hits().stream()
                .filter(h -> h.kind() == nl.datawijzer.search.SearchKind.DATASET).map(SearchHit::title).toList();
    }

    private static <T> T as(ConfigurableApplicationContext node, String user, Supplier<T> action) {
        SecurityContextHolderStrategy holder = node.getBean(SecurityContextHolderStrategy.class);
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                new SimpleGrantedAuthority("ROLE_MEDEWERKER"), new SimpleGrantedAuthority("ROLE_BEHEERDER"))));
        holder.setContext(context);
        try {
            return action.get();
        } finally {
            holder.setContext(previous);
        }
    }
}
