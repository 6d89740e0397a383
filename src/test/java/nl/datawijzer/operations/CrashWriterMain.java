package nl.datawijzer.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.datawijzer.DatawijzerApplication;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.FieldDraft;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.SystemDetail;
import nl.datawijzer.catalog.SystemDraft;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.internal.ReviewIndex;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.TdbRdfStore;
import nl.datawijzer.rdf.WholeStoreCheck;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.search.internal.DocumentSource;
import nl.datawijzer.search.internal.IndexOnDisk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The child process of {@link CrashSafetyIT}: opens the real application on a data folder, checks that everything
 * acknowledged before (listed in a file, one {@code ACK} line each) is there, whole, and found by the indexes, and then
 * (in "write" mode) writes through the services on two threads until it is killed, printing {@code ACK kind slug} only
 * after a service call returned. Check results go to stdout as {@code CHECK name OK|FAIL details}.
 * <p>Arguments: data folder, run number, "write" or "verify", file of acknowledged lines.
 */
public final class CrashWriterMain {

    static final String DWV = "https://w3id.org/datawijzer/vocab/";
    static final String SYSTEM_KIND = DWV + "systeemsoort/bronsysteem";
    static final String CONFIDENTIALITY = DWV + "vertrouwelijkheid/intern";
    static final String STRING = "http://www.w3.org/2001/XMLSchema#string";
    static final String UPDATED = " (bijgewerkt)";
    private static final int WRITERS = 2;
    private static final long GIVE_UP_MILLIS = 180_000;

    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        boolean write = args[2].equals("write");
        List<String> acknowledged = Files.readAllLines(Path.of(args[3]));

        // As arguments, not default properties: they must win over the test configuration's own data folder.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DatawijzerApplication.class).run(
                // The web server too: Vaadin's and the security configuration need a web application context.
                "--server.port=0", "--vaadin.productionMode=true", "--datawijzer.store.data-dir=" + data,
                "--datawijzer.seed.location=classpath*:fixtures/catalog/*.trig",
                "--datawijzer.quality.schedule-enabled=false", "--datawijzer.quality.startup-runs=false",
                "--logging.level.root=WARN", "--logging.level.nl.datawijzer.search=INFO",
                "--logging.level.nl.datawijzer.privacy.internal=INFO");
        long opened = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        OUT.println("READY " + opened);
        signIn();

        new Checks(context, data, acknowledged).run();
        OUT.println("VERIFIED");
        if (!write) {
            context.close();
            System.exit(0);
        }
        AtomicInteger next = new AtomicInteger();
        SystemService systems = context.getBean(SystemService.class);
        DatasetService datasets = context.getBean(DatasetService.class);
        for (int w = 0; w < WRITERS; w++) {
            Thread.ofPlatform().name("writer-" + w).start(() -> {
                signIn();
                long start = System.currentTimeMillis();
                while (System.currentTimeMillis() - start < GIVE_UP_MILLIS) {
                    String code = code(run, next.getAndIncrement());
                    String system = "crash-s-" + code;
                    systems.create(system(system, code, false));
                    OUT.println("ACK system " + system);
                    String dataset = "crash-d-" + code;
                    datasets.create(dataset(dataset, code, system));
                    OUT.println("ACK dataset " + dataset);
                    datasets.createField(new DatasetId(dataset), field(code));
                    OUT.println("ACK field " + dataset);
                    systems.update(system(system, code, true));
                    OUT.println("ACK system-update " + system);
                }
                OUT.println("GAVE-UP");
                System.exit(3);
            });
        }
    }

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("crash",
                null, AuthorityUtils.createAuthorityList("ROLE_MEDEWERKER", "ROLE_BEHEERDER", "ROLE_ADMIN")));
    }

    /** A word of letters only, unique per run and number, so one search finds exactly this record. */
    static String code(int run, int number) {
        StringBuilder word = new StringBuilder("qz");
        for (char digit : Integer.toString(run * 100_000 + number).toCharArray()) {
            word.append((char) ('b' + (digit - '0')));
        }
        return word.toString();
    }

    static String codeOf(String slug) {
        return slug.substring("crash-x-".length());
    }

    static SystemDraft system(String slug, String code, boolean updated) {
        return new SystemDraft(slug, "Crashproef systeem " + code,
                "Geschreven tot het proces werd afgebroken" + (updated ? UPDATED : "") + ".", SYSTEM_KIND,
                new AgentId("team-bi"), new AgentId("team-bi"), "Leverancier " + code, null, false);
    }

    static DatasetDraft dataset(String slug, String code, String system) {
        return new DatasetDraft(slug, "Crashproef dataset " + code, "Een dataset die een harde stop moet overleven.",
                new SystemId(system), new AgentId("team-bi"), new AgentId("team-wmo"),
                List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC", List.of(), null,
                List.of("crash", code));
    }

    static FieldDraft field(String code) {
        return new FieldDraft("kenmerk", "Kenmerk " + code, "kenmerk_" + code, "Het kenmerk van de rij.", STRING, false,
                List.of(), CONFIDENTIALITY, null);
    }

    /** Everything the restarted application must show after a crash. */
    private record Checks(ConfigurableApplicationContext context, Path data, List<String> acknowledged) {

        void run() throws Exception {
            check("acknowledged", acknowledgedWritesArePresentAndWhole());
            check("shapes", WholeStoreCheck.violations(context.getBean(TdbRdfStore.class),
                    context.getBean(ShapeValidator.class)).stream().map(Object::toString).toList());
            check("search-index", searchIndexFollowsTheStore());
            check("search", everyAcknowledgedRecordIsFound());
            check("review-index", reviewIndexFollowsTheStore());
            // Committed but never acknowledged: the kill fell between a commit and the return of its service call.
            Set<String> acked = new HashSet<>();
            slugs("system").forEach(slug -> acked.add("system:" + slug));
            slugs("dataset").forEach(slug -> acked.add("dataset:" + slug));
            long unacknowledged = IndexOnDisk.fromStore(context.getBean(DocumentSource.class)).keySet().stream()
                    .filter(id -> id.startsWith("system:crash-") || id.startsWith("dataset:crash-"))
                    .filter(id -> !acked.contains(id)).count();
            OUT.println("INFO unacknowledged-but-committed " + unacknowledged);
        }

        private static void check(String name, List<String> problems) {
            OUT.println("CHECK " + name + (problems.isEmpty() ? " OK"
                    : " FAIL " + problems.size() + ": " + problems.stream().limit(5).collect(Collectors.joining(" | "))));
        }

        private List<String> acknowledgedWritesArePresentAndWhole() {
            SystemService systems = context.getBean(SystemService.class);
            DatasetService datasets = context.getBean(DatasetService.class);
            Set<String> updated = slugs("system-update");
            Set<String> withField = slugs("field");
            List<String> problems = new ArrayList<>();
            for (String slug : slugs("system")) {
                String code = codeOf(slug);
                try {
                    SystemDetail found = systems.get(new SystemId(slug));
                    SystemDraft expected = system(slug, code, updated.contains(slug));
                    // An update still under way at the kill may or may not have been committed; the creation was.
                    boolean description = found.description().equals(expected.description())
                            || !updated.contains(slug) && found.description().equals(system(slug, code, true).description());
                    if (!description || !found.title().equals(expected.title())
                            || !found.kind().iri().equals(SYSTEM_KIND) || !Objects.equals(found.vendor(), expected.vendor())
                            || !found.owner().iri().endsWith("team-bi")) {
                        problems.add("system " + slug + " differs: " + found);
                    }
                } catch (RuntimeException e) {
                    problems.add("system " + slug + ": " + e);
                }
            }
            for (String slug : slugs("dataset")) {
                String code = codeOf(slug);
                try {
                    DatasetDetail found = datasets.get(new DatasetId(slug));
                    DatasetDraft expected = dataset(slug, code, "crash-s-" + code);
                    if (!found.title().equals(expected.title()) || !found.description().equals(expected.description())
                            || !found.system().iri().endsWith(expected.system().slug())
                            || !found.owner().iri().endsWith("team-bi") || !found.steward().iri().endsWith("team-wmo")
                            || !found.themes().stream().map(Label::iri).toList().equals(expected.themeIris())
                            || !found.accessRights().iri().equals(expected.accessRightsIri())
                            || !Set.copyOf(found.keywords()).equals(Set.copyOf(expected.keywords()))) {
                        problems.add("dataset " + slug + " differs: " + found);
                    }
                    List<FieldRow> fields = datasets.fields(new DatasetId(slug), PageRequest.first(10)).items();
                    FieldDraft field = field(code);
                    boolean fieldWhole = fields.size() == 1 && fields.getFirst().title().equals(field.title())
                            && fields.getFirst().technicalName().equals(field.technicalName())
                            && fields.getFirst().datatype().equals(STRING)
                            && fields.getFirst().confidentiality().iri().equals(CONFIDENTIALITY);
                    if (withField.contains(slug) ? !fieldWhole : !fields.isEmpty() && !fieldWhole) {
                        problems.add("field of " + slug + ": " + fields);
                    }
                } catch (RuntimeException e) {
                    problems.add("dataset " + slug + ": " + e);
                }
            }
            return problems;
        }

        /** The committed index holds exactly the documents a rebuild from the store would write, with their titles. */
        private List<String> searchIndexFollowsTheStore() throws IOException {
            Map<String, String> indexed = IndexOnDisk.committed(data.resolve("index/internal").toAbsolutePath());
            Map<String, String> stored = IndexOnDisk.fromStore(context.getBean(DocumentSource.class));
            List<String> problems = new ArrayList<>();
            stored.forEach((id, title) -> {
                if (!indexed.containsKey(id)) {
                    problems.add("not indexed: " + id);
                } else if (!Objects.equals(indexed.get(id), title)) {
                    problems.add("stale title: " + id);
                }
            });
            indexed.keySet().stream().filter(id -> !stored.containsKey(id)).forEach(id -> problems.add("not in store: " + id));
            if (stored.keySet().stream().noneMatch(id -> id.startsWith("system:"))) {
                problems.add("the store holds no system at all");
            }
            return problems;
        }

        private List<String> everyAcknowledgedRecordIsFound() {
            SearchService search = context.getBean(SearchService.class);
            List<String> problems = new ArrayList<>();
            for (String slug : slugs("system")) {
                List<String> hits = search.search(SearchRequest.of(codeOf(slug))).hits().stream().map(SearchHit::id).toList();
                if (!hits.contains("system:" + slug) || !hits.contains("dataset:crash-d-" + codeOf(slug))
                        && slugs("dataset").contains("crash-d-" + codeOf(slug))) {
                    problems.add("search for " + codeOf(slug) + " gives " + hits);
                }
            }
            return problems;
        }

        /** Once ready, the review index lists the same fields, in the same order, as one rebuilt from the store now. */
        private List<String> reviewIndexFollowsTheStore() throws Exception {
            ReviewIndex index = context.getBean(ReviewIndex.class);
            long waitUntil = System.currentTimeMillis() + 60_000;
            while (!index.ready() && System.currentTimeMillis() < waitUntil) {
                Thread.sleep(100);
            }
            if (!index.ready()) {
                return List.of("not ready after 60 s");
            }
            Path fresh = Files.createTempDirectory("review-fresh");
            ReviewIndex rebuilt = new ReviewIndex(fresh, context.getBean(RdfStore.class), context.getBean(Iris.class));
            try {
                rebuilt.rebuild(percent -> { });
                long total = rebuilt.count(ReviewFilter.ALL);
                List<String> expected = rebuilt.page(ReviewFilter.ALL, 0, (int) Math.max(1, total)).fieldIris();
                List<String> actual = index.page(ReviewFilter.ALL, 0, (int) Math.max(1, total + 10)).fieldIris();
                if (!actual.equals(expected)) {
                    Set<String> missing = new HashSet<>(expected);
                    actual.forEach(missing::remove);
                    Set<String> extra = new HashSet<>(actual);
                    expected.forEach(extra::remove);
                    return List.of("index " + actual.size() + " fields, store " + expected.size() + "; missing "
                            + missing.stream().limit(3).toList() + ", extra " + extra.stream().limit(3).toList());
                }
                long crashFields = expected.stream().filter(f -> f.contains("crash-d-")).count();
                return crashFields < slugs("field").size()
                        ? List.of("only " + crashFields + " fields for " + slugs("field").size() + " acknowledged")
                        : List.of();
            } finally {
                rebuilt.destroy();
            }
        }

        private Set<String> slugs(String kind) {
            Map<String, Set<String>> byKind = new HashMap<>();
            for (String line : acknowledged) {
                String[] parts = line.split(" ");
                byKind.computeIfAbsent(parts[1], k -> new HashSet<>()).add(parts[2]);
            }
            return byKind.getOrDefault(kind, Set.of());
        }
    }
}
