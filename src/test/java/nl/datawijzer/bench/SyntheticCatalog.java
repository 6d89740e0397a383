package nl.datawijzer.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.datawijzer.bench.Vocabulary.Domain;
import nl.datawijzer.bench.Vocabulary.FieldSpec;
import nl.datawijzer.bench.Vocabulary.KpiTemplate;
import nl.datawijzer.bench.Vocabulary.PersonalSpec;
import nl.datawijzer.bench.Vocabulary.Subject;
import nl.datawijzer.bench.Vocabulary.Term;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Generates valid synthetic catalogs (conforming to {@code ontology/shapes}) with the structure of the Huizen seed:
 * agents, systems, datasets with their fields and distributions (one graph per dataset), ETL jobs, KPIs and a
 * glossary. Output depends only on scale and seed: the same seed gives byte-identical TriG.
 *
 * <p>Nothing is held for the whole catalog: every dataset is a pure function of (seed, index), so a record that
 * needs another one (lineage, KPIs, glossary links) recomputes it; a small cache keeps that cheap. References always
 * point to records emitted earlier, so the catalog can be loaded in batches of whole records. Not thread-safe.
 *
 * <p>Lineage is layered like a real municipality: source datasets (layer 0) in source systems, base registries and
 * external sources; warehouse tables (layer 1) derived from sources, often by an ETL job; aggregates and dashboards
 * (layer 2, some of them open-data candidates) derived from warehouse tables.
 */
public final class SyntheticCatalog {

    public static final String BASE = "https://data.huizen.nl/id/";

    static final String DW = "https://w3id.org/datawijzer/def#";
    static final String DWV = "https://w3id.org/datawijzer/vocab/";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String DPV = "https://w3id.org/dpv#";
    static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String OWMS = "http://standaarden.overheid.nl/owms/terms/";

    /** Prefixes written at the top of the TriG file (order fixed for byte-identical output). */
    static final List<String[]> PREFIXES = List.of(
            new String[] {"rdf", RDF}, new String[] {"xsd", XSD}, new String[] {"dw", DW}, new String[] {"dct", DCT},
            new String[] {"dcat", DCAT}, new String[] {"skos", SKOS}, new String[] {"foaf", FOAF},
            new String[] {"org", ORG}, new String[] {"vcard", VCARD}, new String[] {"prov", PROV},
            new String[] {"dpv", DPV}, new String[] {"gdpr", GDPR}, new String[] {"owms", OWMS},
            new String[] {"eu-theme", EU + "data-theme/"}, new String[] {"eu-access", EU + "access-right/"},
            new String[] {"eu-freq", EU + "frequency/"}, new String[] {"eu-licence", EU + "licence/"},
            new String[] {"eu-filetype", EU + "file-type/"},
            new String[] {"pg", DWV + "persoonsgegevens/"}, new String[] {"vtr", DWV + "vertrouwelijkheid/"},
            new String[] {"beo", DWV + "beoordeling/"}, new String[] {"sys", DWV + "systeemsoort/"},
            new String[] {"biv", DWV + "biv-niveau/"}, new String[] {"agg", DWV + "aggregatieniveau/"},
            new String[] {"ohb", DWV + "onthullingsbeheersing/"}, new String[] {"stn", DWV + "sturingsniveau/"},
            new String[] {"nr", DWV + "normrichting/"}, new String[] {"lic", DWV + "licentie/"});

    // predicates and classes
    private static final Node TYPE = uri(RDF + "type");
    private static final Node TITLE = uri(DCT + "title");
    private static final Node DESCRIPTION = uri(DCT + "description");
    private static final Node IDENTIFIER = uri(DCT + "identifier");
    private static final Node MODIFIED = uri(DCT + "modified");
    private static final Node CREATED = uri(DCT + "created");
    private static final Node SOURCE = uri(DCT + "source");
    private static final Node PUBLISHER = uri(DCT + "publisher");
    private static final Node ACCRUAL = uri(DCT + "accrualPeriodicity");
    private static final Node ACCESS_RIGHTS = uri(DCT + "accessRights");
    private static final Node FORMAT = uri(DCT + "format");
    private static final Node LICENSE = uri(DCT + "license");
    private static final Node DATASET = uri(DCAT + "Dataset");
    private static final Node DISTRIBUTION = uri(DCAT + "Distribution");
    private static final Node THEME = uri(DCAT + "theme");
    private static final Node KEYWORD = uri(DCAT + "keyword");
    private static final Node HAS_DISTRIBUTION = uri(DCAT + "distribution");
    private static final Node ACCESS_URL = uri(DCAT + "accessURL");
    private static final Node MEDIA_TYPE = uri(DCAT + "mediaType");
    private static final Node CONTACT_POINT = uri(DCAT + "contactPoint");
    private static final Node SYSTEM = uri(DW + "System");
    private static final Node FIELD = uri(DW + "Field");
    private static final Node JOB = uri(DW + "Job");
    private static final Node KPI = uri(DW + "Kpi");
    private static final Node GLOSSARY_TERM = uri(DW + "GlossaryTerm");
    private static final Node SYSTEM_KIND = uri(DW + "systemKind");
    private static final Node OWNER = uri(DW + "owner");
    private static final Node STEWARD = uri(DW + "steward");
    private static final Node VENDOR = uri(DW + "vendor");
    private static final Node HOSTED_BY = uri(DW + "hostedBy");
    private static final Node BIA_A = uri(DW + "biaAvailability");
    private static final Node BIA_I = uri(DW + "biaIntegrity");
    private static final Node BIA_C = uri(DW + "biaConfidentiality");
    private static final Node EXTERNAL = uri(DW + "external");
    private static final Node HELD_IN = uri(DW + "heldIn");
    private static final Node LEGAL_GROUND = uri(DW + "legalGround");
    private static final Node OPEN_DATA = uri(DW + "openDataCandidate");
    private static final Node DISCLOSURE = uri(DW + "disclosureControl");
    private static final Node AGGREGATION = uri(DW + "aggregationLevel");
    private static final Node TECHNICAL_NAME = uri(DW + "technicalName");
    private static final Node PART_OF = uri(DW + "partOfDataset");
    private static final Node POSITION = uri(DW + "position");
    private static final Node DATATYPE = uri(DW + "datatype");
    private static final Node CONTAINS_PERSONAL = uri(DW + "containsPersonalData");
    private static final Node PERSONAL_CATEGORY = uri(DW + "personalDataCategory");
    private static final Node CONFIDENTIALITY = uri(DW + "confidentiality");
    private static final Node CLASSIFICATION = uri(DW + "classificationStatus");
    private static final Node EXAMPLE = uri(DW + "example");
    private static final Node RUNS_IN = uri(DW + "runsIn");
    private static final Node SCHEDULE = uri(DW + "schedule");
    private static final Node STEERING = uri(DW + "steeringLevel");
    private static final Node SHOWN_IN = uri(DW + "shownIn");
    private static final Node NORM = uri(DW + "norm");
    private static final Node NORM_VALUE = uri(DW + "normValue");
    private static final Node NORM_DIRECTION = uri(DW + "normDirection");
    private static final Node UNIT = uri(DW + "unit");
    private static final Node RELATED_DATASET = uri(DW + "relatedDataset");
    private static final Node LEGAL_BASIS = uri(DPV + "hasLegalBasis");
    private static final Node DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    private static final Node GENERATED_BY = uri(PROV + "wasGeneratedBy");
    private static final Node USED = uri(PROV + "used");
    private static final Node AGENT = uri(FOAF + "Agent");
    private static final Node NAME = uri(FOAF + "name");
    private static final Node HOMEPAGE = uri(FOAF + "homepage");
    private static final Node ORGANIZATION = uri(ORG + "Organization");
    private static final Node UNIT_CLASS = uri(ORG + "OrganizationalUnit");
    private static final Node POST = uri(ORG + "Post");
    private static final Node UNIT_OF = uri(ORG + "unitOf");
    private static final Node POST_IN = uri(ORG + "postIn");
    private static final Node KIND = uri(VCARD + "Kind");
    private static final Node FN = uri(VCARD + "fn");
    private static final Node HAS_EMAIL = uri(VCARD + "hasEmail");
    private static final Node CONCEPT = uri(SKOS + "Concept");
    private static final Node CONCEPT_SCHEME = uri(SKOS + "ConceptScheme");
    private static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    private static final Node ALT_LABEL = uri(SKOS + "altLabel");
    private static final Node DEFINITION = uri(SKOS + "definition");
    private static final Node IN_SCHEME = uri(SKOS + "inScheme");
    private static final Node BROADER = uri(SKOS + "broader");
    private static final Node RELATED = uri(SKOS + "related");

    // random-stream salts: one per kind of decision, so adding a decision of one kind never shifts another
    private static final long SALT_AGENT = 1;
    private static final long SALT_SYSTEM = 2;
    private static final long SALT_LAYER = 3;
    private static final long SALT_SYSTEM_PICK = 4;
    private static final long SALT_SOURCES = 5;
    private static final long SALT_DATASET = 6;
    private static final long SALT_PAIR = 7;
    private static final long SALT_KPI = 8;
    private static final long SALT_TERM = 9;
    private static final long SALT_JOB = 10;

    private static final int LINEAGE_WINDOW = 200;
    private static final int MAX_SLUG_BASE = 60;

    enum Style { SNAKE, CAMEL, PATH, DOTTED, UPPER }

    record AgentInfo(String slug, String name, Node type, int parent, String email, String description, int domain) {
    }

    record SystemInfo(String slug, String title, String kind, int domain, Style style, int owner, int steward,
            String vendor, String hosting, boolean external, String description) {
    }

    record FieldPlan(String slug, List<String> words, String title, String technicalName, String description,
            String datatype, boolean personal, List<String> categories, String confidentiality, boolean suggested,
            String legalGround, String example, String derivedFrom, String modified) {

        boolean bsn() {
            return categories.contains("nationaal-identificatienummer");
        }

        boolean special() {
            return categories.stream().anyMatch(Vocabulary.SPECIAL_CATEGORIES::contains);
        }
    }

    record DatasetPlan(int index, String slug, String title, String description, int layer, int system, int domain,
            Subject subject, int[] sources, List<FieldPlan> fields, boolean personal, String access, String frequency,
            List<String> themes, List<String> keywords, List<String> legalBases, String legalGround, int owner,
            int steward, boolean openData, String disclosure, String aggregation, String distribution,
            int publisher, boolean job, String modified, String created) {
    }

    /** Counts of what was generated. */
    public record Stats(Map<CatalogRecord.Kind, Integer> records, long fields, long quads) {

        public int count(CatalogRecord.Kind kind) {
            return records.getOrDefault(kind, 0);
        }

        public int totalRecords() {
            return records.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final List<String> SYSTEM_KIND_CYCLE = List.of(
            "bronsysteem", "basisregistratie", "datawarehouse", "dashboard", "externe-bron", "etl", "bronsysteem",
            "bi-platform", "bronsysteem", "portaal", "bronsysteem", "externe-bron", "bronsysteem", "datawarehouse",
            "bronsysteem", "dashboard", "bronsysteem", "basisregistratie", "bronsysteem", "etl");

    private final Scale scale;
    private final long seed;
    private final String base;
    private final List<Domain> domains = Vocabulary.DOMAINS;
    private final List<AgentInfo> agents = new ArrayList<>();
    private final List<SystemInfo> systems = new ArrayList<>();
    private final int municipality;
    private final int imTeam;
    private final int privacyOfficer;
    private final int[] externalOrgs;
    private final int[] domainTeams;
    private final List<List<Integer>> domainPosts = new ArrayList<>();
    private final int[] sourceSystems;
    private final int[] warehouseSystems;
    private final int[] aggregateSystems;
    private final int[] etlSystems;
    private final int[][] warehouseByDomain;
    private final int[][] aggregateByDomain;
    private final List<Term> baseTerms = new ArrayList<>();
    private final List<Integer> baseTermDomains = new ArrayList<>();
    private final List<String> baseTermSlugs = new ArrayList<>();
    private final List<Subject> allSubjects = new ArrayList<>();
    private final List<Integer> allSubjectDomains = new ArrayList<>();
    private final Map<Integer, DatasetPlan> cache = new LinkedHashMap<>(2048, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DatasetPlan> eldest) {
            return size() > 1024;
        }
    };

    public SyntheticCatalog(Scale scale, long seed) {
        this(scale, seed, BASE);
    }

    public SyntheticCatalog(Scale scale, long seed, String base) {
        this.scale = scale;
        this.seed = seed;
        this.base = base;
        Set<String> agentSlugs = new HashSet<>();
        municipality = addAgent(agentSlugs, Vocabulary.MUNICIPALITY, ORGANIZATION, -1, "gemeente@huizen.nl",
                "De gemeente Huizen (CBS-gemeentecode GM0406): verwerkingsverantwoordelijke voor de gegevens in deze catalogus.", -1);
        externalOrgs = new int[Vocabulary.EXTERNAL_ORGS.size()];
        for (int i = 0; i < externalOrgs.length; i++) {
            String[] org = Vocabulary.EXTERNAL_ORGS.get(i);
            externalOrgs[i] = addAgent(agentSlugs, org[0], ORGANIZATION, -1, "info@" + org[1],
                    "Externe organisatie die gegevens levert of ontvangt.", -1);
        }
        int[] clusters = new int[Vocabulary.CLUSTERS.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = addAgent(agentSlugs, Vocabulary.CLUSTERS.get(i), UNIT_CLASS, municipality, null,
                    "Cluster van de gemeente Huizen.", -1);
        }
        imTeam = addAgent(agentSlugs, Vocabulary.IM_TEAM, UNIT_CLASS, clusters[2], null,
                "Informatiemanagement, datawarehouse, ETL, rapportages en de datacatalogus.", -1);
        domainTeams = new int[domains.size()];
        for (int i = 0; i < domains.size(); i++) {
            Domain d = domains.get(i);
            domainTeams[i] = addAgent(agentSlugs, d.team(), UNIT_CLASS, clusters[d.cluster()], null,
                    "Team dat de taken op het gebied van " + d.name().toLowerCase(Locale.ROOT) + " uitvoert.", i);
            domainPosts.add(new ArrayList<>());
        }
        privacyOfficer = addAgent(agentSlugs, "Functionaris gegevensbescherming", POST, municipality, null,
                "Interne toezichthouder op de verwerking van persoonsgegevens (AVG, art. 37).", -1);
        for (int k = 0; agents.size() < scale.agents(); k++) {
            int domain = k % domains.size();
            int role = (k / domains.size()) % Vocabulary.ROLES.size();
            int round = k / (domains.size() * Vocabulary.ROLES.size());
            String name = Vocabulary.ROLES.get(role) + " " + domains.get(domain).name() + regionSuffix(round);
            int agent = addAgent(agentSlugs, name, POST, domainTeams[domain], null,
                    "Functie binnen " + domains.get(domain).team() + ".", domain);
            domainPosts.get(domain).add(agent);
        }

        Set<String> systemSlugs = new HashSet<>();
        Map<String, Integer> kindOrdinals = new LinkedHashMap<>();
        List<Integer> sources = new ArrayList<>();
        List<Integer> warehouses = new ArrayList<>();
        List<Integer> aggregates = new ArrayList<>();
        List<Integer> etl = new ArrayList<>();
        for (int i = 0; i < scale.systems(); i++) {
            String kind = SYSTEM_KIND_CYCLE.get(i % SYSTEM_KIND_CYCLE.size());
            int ordinal = kindOrdinals.merge(kind, 1, Integer::sum) - 1;
            SystemInfo system = system(i, kind, ordinal, systemSlugs);
            systems.add(system);
            switch (system.kind()) {
                case "bronsysteem", "basisregistratie", "externe-bron" -> sources.add(i);
                case "datawarehouse" -> warehouses.add(i);
                case "bi-platform" -> {
                    warehouses.add(i);
                    aggregates.add(i);
                }
                case "dashboard", "portaal" -> aggregates.add(i);
                default -> etl.add(i);
            }
        }
        sourceSystems = ints(sources);
        warehouseSystems = warehouses.isEmpty() ? sourceSystems : ints(warehouses);
        aggregateSystems = aggregates.isEmpty() ? warehouseSystems : ints(aggregates);
        etlSystems = ints(etl);
        warehouseByDomain = byDomain(warehouseSystems);
        aggregateByDomain = byDomain(aggregateSystems);

        Set<String> termSlugs = new HashSet<>();
        for (Term term : Vocabulary.DATA_TERMS) {
            addBaseTerm(term, -1, termSlugs);
        }
        for (int i = 0; i < domains.size(); i++) {
            for (Term term : domains.get(i).terms()) {
                addBaseTerm(term, i, termSlugs);
            }
            for (Subject s : domains.get(i).subjects()) {
                allSubjects.add(s);
                allSubjectDomains.add(i);
            }
        }
    }

    // ------------------------------------------------------------------ public API

    /** Writes the catalog of {@code scale} generated from {@code seed} as TriG (absolute IRIs under {@link #BASE}). */
    public static Stats write(Scale scale, long seed, Path trigFile) {
        return new SyntheticCatalog(scale, seed).write(trigFile);
    }

    public Stats write(Path trigFile) {
        try {
            if (trigFile.getParent() != null) {
                Files.createDirectories(trigFile.getParent());
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(trigFile), 1 << 16)) {
                return write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + trigFile, e);
        }
    }

    /** Writes TriG to {@code out} (not closed). */
    public Stats write(OutputStream out) {
        return generate(StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS));
    }

    /** Sends the catalog as quads (graph by graph, prefixes first) to {@code out}, calling start and finish. */
    public Stats generate(StreamRDF out) {
        out.start();
        for (String[] prefix : PREFIXES) {
            out.prefix(prefix[0], prefix[1]);
        }
        Map<CatalogRecord.Kind, Integer> counts = new EnumMap<>(CatalogRecord.Kind.class);
        long[] quads = {0};
        long[] fields = {0};
        records().forEach(record -> {
            counts.merge(record.kind(), 1, Integer::sum);
            for (Triple triple : record.triples()) {
                out.quad(Quad.create(record.graph(), triple));
                quads[0]++;
                if (triple.getPredicate().equals(TYPE) && triple.getObject().equals(FIELD)) {
                    fields[0]++;
                }
            }
        });
        out.finish();
        return new Stats(counts, fields[0], quads[0]);
    }

    /**
     * The catalog as a lazy, sequential stream of records: agents, systems, datasets (each preceded by the job that
     * generates it, if any), KPIs, the glossary scheme and its terms.
     */
    public Stream<CatalogRecord> records() {
        return Stream.of(
                IntStream.range(0, agents.size()).mapToObj(this::agentRecord),
                IntStream.range(0, systems.size()).mapToObj(this::systemRecord),
                IntStream.range(0, scale.datasets()).boxed().flatMap(d -> {
                    DatasetPlan plan = plan(d);
                    return plan.job() ? Stream.of(jobRecord(plan), datasetRecord(plan)) : Stream.of(datasetRecord(plan));
                }),
                IntStream.range(0, scale.kpis()).mapToObj(this::kpiRecord),
                IntStream.range(0, 1).mapToObj(i -> glossaryRecord()),
                IntStream.range(0, scale.terms()).mapToObj(this::termRecord))
                .flatMap(s -> s);
    }

    public Scale scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    // ------------------------------------------------------------------ agents and systems

    private int addAgent(Set<String> slugs, String name, Node type, int parent, String email, String description,
            int domain) {
        String slug = unique(slugs, slugify(name, MAX_SLUG_BASE + 10));
        agents.add(new AgentInfo(slug, name, type, parent, email == null ? slug + "@huizen.nl" : email, description, domain));
        return agents.size() - 1;
    }

    /** The k-th system of a kind serves domain k (mod the number of domains), so every domain gets its systems. */
    private SystemInfo system(int i, String kind, int ordinal, Set<String> slugs) {
        SplittableRandom r = rng(SALT_SYSTEM, i);
        int round = ordinal / domains.size();
        int domain = ordinal % domains.size();
        Domain d = domains.get(domain);
        String title;
        Style style;
        boolean external = false;
        int owner = domainTeams[domain];
        int steward = pickPost(r, domain);
        String vendor = pick(r, Vocabulary.VENDORS);
        String description;
        switch (kind) {
            case "bronsysteem" -> {
                int names = d.sourceSystems().size();
                title = d.sourceSystems().get(round % names) + regionSuffix(round / names);
                style = r.nextDouble() < 0.5 ? Style.SNAKE : r.nextDouble() < 0.6 ? Style.CAMEL : Style.PATH;
                description = "Bronsysteem voor " + d.name().toLowerCase(Locale.ROOT) + ": " + d.team()
                        + " registreert hier " + joinSubjects(d, r) + ". " + pick(r, d.purposes());
            }
            case "basisregistratie" -> {
                String registry = Vocabulary.BASE_REGISTRIES.get(ordinal % Vocabulary.BASE_REGISTRIES.size());
                domain = registryDomain(registry);
                d = domains.get(domain);
                owner = domainTeams[domain];
                steward = pickPost(r, domain);
                title = registry + regionSuffix(ordinal / Vocabulary.BASE_REGISTRIES.size());
                style = Style.PATH;
                description = "Gemeentelijke voorziening voor de basisregistratie; levert authentieke gegevens aan de andere systemen.";
            }
            case "externe-bron" -> {
                String[] source = Vocabulary.EXTERNAL_SOURCES.get(ordinal % Vocabulary.EXTERNAL_SOURCES.size()).split("\\|");
                domain = source[1].equals("*") ? r.nextInt(domains.size()) : domainIndex(source[1]);
                d = domains.get(domain);
                title = source[0] + regionSuffix(ordinal / Vocabulary.EXTERNAL_SOURCES.size());
                style = Style.PATH;
                external = true;
                owner = imTeam;
                steward = imTeam;
                vendor = "externe partij";
                description = "Externe bron buiten de gemeente; de gemeente neemt de gegevens af via een open API of download.";
            }
            case "datawarehouse" -> {
                title = "Datawarehouse " + d.name() + regionSuffix(round);
                style = r.nextDouble() < 0.6 ? Style.SNAKE : Style.UPPER;
                owner = imTeam;
                description = "Datawarehouse met de geïntegreerde gegevens van " + d.name().toLowerCase(Locale.ROOT)
                        + ", ingericht volgens het Gemeentelijk Gegevensmodel, met historie.";
            }
            case "bi-platform" -> {
                title = "BI-platform " + d.name() + regionSuffix(round);
                style = Style.SNAKE;
                owner = imTeam;
                description = "Analyseomgeving met semantische modellen voor rapportages en analyses.";
            }
            case "dashboard" -> {
                title = "Power BI-dashboard " + d.name() + regionSuffix(round);
                style = Style.CAMEL;
                owner = domainTeams[domain];
                description = "Dashboard met stuurinformatie voor " + d.team() + " en het management.";
            }
            case "portaal" -> {
                title = "Open-dataportaal" + (ordinal == 0 ? "" : " " + d.name()) + regionSuffix(round);
                style = Style.SNAKE;
                owner = imTeam;
                description = "Portaal waarop de gemeente open data publiceert en aanmeldt bij data.overheid.nl.";
            }
            default -> {
                title = (ordinal % 2 == 0 ? "ETL-platform" : "Integratieplatform") + regionSuffix(ordinal / 2);
                style = Style.SNAKE;
                owner = imTeam;
                steward = imTeam;
                description = "Platform dat de ETL-taken uitvoert die bronsystemen naar het datawarehouse laden.";
            }
        }
        String slug = unique(slugs, slugify(title, MAX_SLUG_BASE + 10));
        return new SystemInfo(slug, title, kind, domain, style, owner, steward, vendor, pick(r, Vocabulary.HOSTING),
                external, description);
    }

    private int registryDomain(String registry) {
        String key = switch (registry.substring(0, 3)) {
            case "BRP" -> "burgerzaken";
            case "BAG" -> "wonen";
            case "WOZ" -> "belastingen";
            case "BGT", "BRO" -> "openbareruimte";
            case "BRK" -> "vergunningen";
            default -> "klantcontact";
        };
        return domainIndex(key);
    }

    private int domainIndex(String key) {
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown domain " + key);
    }

    private int[][] byDomain(int[] group) {
        int[][] result = new int[domains.size()][];
        for (int domain = 0; domain < domains.size(); domain++) {
            List<Integer> list = new ArrayList<>();
            for (int system : group) {
                if (systems.get(system).domain() == domain) {
                    list.add(system);
                }
            }
            result[domain] = list.isEmpty() ? group : ints(list);
        }
        return result;
    }

    private String joinSubjects(Domain d, SplittableRandom r) {
        Subject a = pick(r, d.subjects());
        Subject b = pick(r, d.subjects());
        return a == b ? a.plural() : a.plural() + " en " + b.plural();
    }

    private int pickPost(SplittableRandom r, int domain) {
        List<Integer> posts = domainPosts.get(domain);
        return posts.isEmpty() ? domainTeams[domain] : posts.get(r.nextInt(posts.size()));
    }

    private static String regionSuffix(int round) {
        if (round == 0) {
            return "";
        }
        int regions = Vocabulary.REGIONS.size();
        String region = Vocabulary.REGIONS.get((round - 1) % regions);
        int cycle = (round - 1) / regions;
        return " " + region + (cycle == 0 ? "" : " " + (cycle + 1));
    }

    // ------------------------------------------------------------------ dataset structure (cheap pure functions)

    /** Lineage layer: 0 source, 1 warehouse, 2 aggregate/dashboard. The first ten datasets are sources. */
    int layer(int d) {
        if (d < 10) {
            return 0;
        }
        double u = rng(SALT_LAYER, d).nextDouble();
        return u < 0.6 ? 0 : u < 0.85 ? 1 : 2;
    }

    /** Datasets {@code d} is derived from: earlier datasets of a lower layer, near {@code d}. */
    int[] sources(int d) {
        int layer = layer(d);
        if (layer == 0) {
            return new int[0];
        }
        SplittableRandom r = rng(SALT_SOURCES, d);
        int n = layer == 1 ? 1 + r.nextInt(3) : 1 + r.nextInt(2);
        List<Integer> out = new ArrayList<>();
        int first = firstSource(d);
        out.add(first);
        int domain = domainOf(first);
        for (int i = 1; i < n; i++) {
            int start = d - 1 - r.nextInt(Math.min(d, LINEAGE_WINDOW));
            for (int s = start, steps = 0; s >= 0 && steps < 100; s--, steps++) {
                int l = layer(s);
                if ((l == layer - 1 || (layer == 2 && l == 0)) && !out.contains(s) && domainOf(s) == domain) {
                    out.add(s);
                    break;
                }
            }
        }
        return ints(out);
    }

    /** The main source of a derived dataset; it decides the dataset's domain and subject. */
    private int firstSource(int d) {
        int layer = layer(d);
        SplittableRandom r = rng(SALT_SOURCES, -1 - (long) d);
        int start = d - 1 - r.nextInt(Math.min(d, LINEAGE_WINDOW));
        for (int wanted = layer - 1; wanted >= 0; wanted--) {
            for (int s = start; s >= 0; s--) {
                if (layer(s) == wanted) {
                    return s;
                }
            }
        }
        throw new IllegalStateException("No source for dataset " + d);
    }

    /** Sources live in any source system; warehouse tables and aggregates in a system of their domain if there is one. */
    int systemOf(int d) {
        SplittableRandom r = rng(SALT_SYSTEM_PICK, d);
        int[] group = switch (layer(d)) {
            case 0 -> sourceSystems;
            case 1 -> warehouseByDomain[domainOf(d)];
            default -> aggregateByDomain[domainOf(d)];
        };
        return group[r.nextInt(group.length)];
    }

    int domainOf(int d) {
        return layer(d) == 0 ? systems.get(systemOf(d)).domain() : domainOf(firstSource(d));
    }

    /** Exact total: pairs of datasets share a random jitter (+j, -j) around the even spread of the fields. */
    int fieldCount(int d) {
        int pair = d / 2;
        int even = pair * 2;
        int odd = even + 1;
        if (odd >= scale.datasets()) {
            return evenShare(d);
        }
        int range = Math.min(evenShare(even), evenShare(odd)) - 1;
        int jitter = range <= 0 ? 0 : rng(SALT_PAIR, pair).nextInt(range + 1);
        return d == even ? evenShare(d) + jitter : evenShare(d) - jitter;
    }

    private int evenShare(int d) {
        long total = scale.fields();
        long n = scale.datasets();
        return (int) ((d + 1) * total / n - d * total / n);
    }

    // ------------------------------------------------------------------ dataset plans

    DatasetPlan plan(int d) {
        DatasetPlan cached = cache.get(d);
        if (cached != null) {
            return cached;
        }
        DatasetPlan plan = computePlan(d);
        cache.put(d, plan);
        return plan;
    }

    private DatasetPlan computePlan(int d) {
        SplittableRandom r = rng(SALT_DATASET, d);
        int layer = layer(d);
        int[] sources = sources(d);
        int systemIndex = systemOf(d);
        SystemInfo system = systems.get(systemIndex);
        int domainIndex = domainOf(d);
        Domain domain = domains.get(domainIndex);
        List<DatasetPlan> sourcePlans = new ArrayList<>();
        for (int s : sources) {
            sourcePlans.add(plan(s));
        }
        Subject subject = layer == 0 ? pick(r, domain.subjects()) : sourcePlans.get(0).subject();
        boolean dashboard = system.kind().equals("dashboard");
        boolean sourcesPersonal = sourcePlans.stream().anyMatch(DatasetPlan::personal);
        boolean ancestorsPersonal = sourcesPersonal || sourcePlans.stream()
                .flatMap(p -> IntStream.of(p.sources()).mapToObj(this::plan)).anyMatch(DatasetPlan::personal);

        // title
        String title;
        String qualifier = "";
        String aggregation = null;
        boolean personLevel = false;
        boolean openData = false;
        if (layer == 0) {
            qualifier = system.external() ? " (" + system.title() + ")"
                    : pick(r, Vocabulary.SOURCE_QUALIFIERS).replace("{region}", pick(r, Vocabulary.REGIONS));
            title = capitalize(subject.plural()) + qualifier;
        } else if (layer == 1) {
            title = capitalize(subject.plural()) + pick(r, Vocabulary.WAREHOUSE_QUALIFIERS);
        } else {
            personLevel = dashboard && sourcesPersonal && r.nextDouble() < 0.15;
            qualifier = personLevel ? " per cliënt" : pick(r, Vocabulary.AGGREGATE_QUALIFIERS);
            aggregation = personLevel ? "persoon" : aggregationFor(qualifier, r);
            openData = !personLevel && !dashboard && r.nextDouble() < 0.5;
            title = (dashboard ? "Dashboard " + subject.plural() : capitalize(subject.plural())) + qualifier;
        }
        String slug = slugify(title, MAX_SLUG_BASE) + "-" + (d + 1);

        // access decides the confidentiality of non-personal fields
        boolean personalSource = layer == 0 && !system.external() && r.nextDouble() < domain.personalShare();
        String access;
        if (system.external() || openData) {
            access = "PUBLIC";
        } else if (personalSource || (layer == 1 && sourcesPersonal) || personLevel) {
            access = "NON_PUBLIC";
        } else {
            access = r.nextDouble() < 0.75 ? "RESTRICTED" : "PUBLIC";
        }

        FieldsBuilder fields = new FieldsBuilder(r, system, domain, subject, access);
        int n = fieldCount(d);
        if (layer == 0) {
            fields.add(new FieldSpec("Identificatie " + subject.singular(), List.of(subject.stem(), "id"), "string",
                    "Unieke identificatie van de {s} in " + system.title() + ".", "4711"), null);
            if (personalSource && n >= 2) {
                int wanted = Math.max(1, Math.min(n - 1, (int) Math.round(n * (0.2 + 0.3 * r.nextDouble()))));
                List<String> keys = new ArrayList<>(domain.personal());
                boolean bsnFirst = keys.remove("bsn") && r.nextDouble() < 0.55;
                shuffle(keys, r);
                if (bsnFirst) {
                    keys.add(0, "bsn");
                }
                for (int i = 0; i < keys.size() && fields.size() < 1 + wanted; i++) {
                    fields.addPersonal(Vocabulary.personal(keys.get(i)), domain);
                }
            }
            while (fields.size() < n) {
                fields.addGenerated(false);
            }
        } else if (layer == 1) {
            fields.add(new FieldSpec("Surrogaatsleutel", List.of(subject.stem(), "key"), "integer",
                    "Technische sleutel van de {s} in het datawarehouse.", "100234"), null);
            while (fields.size() < n) {
                boolean copied = r.nextDouble() < 0.6 && fields.copyFrom(pick(r, sourcePlans));
                if (!copied) {
                    fields.addGenerated(true);
                }
            }
        } else {
            List<FieldSpec> dims = dimensionsFor(aggregation);
            for (FieldSpec dim : dims) {
                if (fields.size() < n) {
                    fields.add(dim, sameColumn(sourcePlans, String.join("-", dim.words())));
                }
            }
            if (personLevel) {
                for (DatasetPlan source : sourcePlans) {
                    for (FieldPlan f : source.fields()) {
                        if (f.personal() && fields.size() < n) {
                            fields.copy(source, f);
                        }
                    }
                }
            }
            while (fields.size() < n) {
                fields.addMeasure(subject, r.nextDouble() < 0.4 ? pickFieldIri(r, pick(r, sourcePlans)) : null);
            }
        }
        List<FieldPlan> fieldPlans = fields.build();
        boolean personal = fieldPlans.stream().anyMatch(FieldPlan::personal);
        boolean special = fieldPlans.stream().anyMatch(FieldPlan::special);

        // description
        StringBuilder description = new StringBuilder();
        if (layer == 0) {
            description.append(capitalize(subject.plural())).append(system.external() ? " uit " : " zoals vastgelegd in ")
                    .append(system.title()).append(system.external() ? ", afgenomen als open data. " : " door " + domain.team() + ". ");
            description.append(pick(r, domain.purposes()));
        } else if (layer == 1) {
            description.append(capitalize(subject.plural())).append(" in het datawarehouse, dagelijks geladen uit ")
                    .append(joinTitles(sourcePlans)).append(". Historie wordt bijgehouden met geldigheidsdatums. ")
                    .append(pick(r, domain.purposes()));
        } else {
            description.append(dashboard ? "Stuurinformatie over " : "Geaggregeerde cijfers over ").append(subject.plural())
                    .append(personLevel ? " op het niveau van de cliënt" : "," + qualifier)
                    .append(", afgeleid van ").append(joinTitles(sourcePlans)).append('.');
            if (openData) {
                description.append(" Kleine aantallen worden afgerond zodat geen personen herkenbaar zijn.");
            }
        }

        List<String> themes = new ArrayList<>();
        themes.add(EU + "data-theme/" + domain.euThemes().get(0));
        if (domain.euThemes().size() > 1 && r.nextDouble() < 0.6) {
            themes.add(EU + "data-theme/" + domain.euThemes().get(1));
        }
        for (String owms : domain.owmsThemes()) {
            if (r.nextDouble() < 0.6) {
                themes.add(OWMS + owms);
            }
        }
        List<String> keywords = new ArrayList<>();
        int keywordCount = 2 + r.nextInt(3);
        for (int i = 0; i < keywordCount * 3 && keywords.size() < keywordCount; i++) {
            String k = pick(r, domain.keywords());
            if (!keywords.contains(k)) {
                keywords.add(k);
            }
        }
        if (openData) {
            keywords.add("open data");
        }
        List<String> legalBases = new ArrayList<>();
        String legalGround = null;
        if (personal) {
            for (String basis : domain.legalBases()) {
                if (legalBases.isEmpty() || basis.startsWith("A6") || special) {
                    legalBases.add(GDPR + basis);
                }
            }
            legalGround = domain.law() + (special ? "; AVG art. 9 lid 2 sub h voor gezondheidsgegevens" : "");
        } else if (r.nextDouble() < 0.3) {
            legalGround = domain.law();
        }
        String frequency = switch (layer) {
            case 0 -> system.external() ? pick(r, List.of("ANNUAL", "QUARTERLY", "IRREG"))
                    : pick(r, List.of("CONT", "CONT", "DAILY", "WEEKLY"));
            case 1 -> r.nextDouble() < 0.8 ? "DAILY" : "WEEKLY";
            default -> pick(r, List.of("MONTHLY", "QUARTERLY", "ANNUAL"));
        };
        String disclosure = null;
        if (openData) {
            disclosure = ancestorsPersonal ? (r.nextDouble() < 0.7 ? "cbs-afronding-5" : "minimaal-100") : "geen-persoonsgegevens";
        }
        String distribution = null;
        int publisher = -1;
        if (system.external()) {
            distribution = "odata";
            publisher = externalOrgs[systemIndex % externalOrgs.length];
        } else if (openData) {
            distribution = "csv";
            publisher = municipality;
        } else if (layer == 2 && r.nextDouble() < 0.3) {
            distribution = "export";
        }
        int owner = layer == 1 ? imTeam : domainTeams[domainIndex];
        int steward = layer == 0 ? pickPost(r, domainIndex) : layer == 1 ? imTeam : pickPost(r, domainIndex);
        boolean job = layer > 0 && etlSystems.length > 0 && r.nextDouble() < (layer == 1 ? 0.45 : 0.25);
        String created = r.nextDouble() < 0.4 ? LocalDate.ofEpochDay(LocalDate.of(2015, 1, 1).toEpochDay() + r.nextInt(3650)).toString() : null;
        return new DatasetPlan(d, slug, title, description.toString(), layer, systemIndex, domainIndex, subject,
                sources, fieldPlans, personal, access, frequency, themes, keywords, legalBases, legalGround, owner,
                steward, openData, disclosure, aggregation, distribution, publisher, job, dateTime(r), created);
    }

    private static String aggregationFor(String qualifier, SplittableRandom r) {
        if (qualifier.contains("wijk")) {
            return "wijk";
        }
        if (qualifier.contains("buurt")) {
            return "buurt";
        }
        if (qualifier.contains("team")) {
            return "team";
        }
        return r.nextDouble() < 0.2 ? "postcode4" : "gemeente";
    }

    private static List<FieldSpec> dimensionsFor(String aggregation) {
        List<FieldSpec> dims = new ArrayList<>();
        dims.add(field(Vocabulary.GENERIC_FIELDS, "Peildatum"));
        switch (aggregation) {
            case "wijk" -> dims.add(field(Vocabulary.GENERIC_FIELDS, "Wijkcode"));
            case "buurt" -> dims.add(field(Vocabulary.GENERIC_FIELDS, "Buurtcode"));
            case "team" -> dims.add(new FieldSpec("Team", List.of("team"), "string", "Team waarop de cijfers betrekking hebben.", "Team Noord"));
            case "postcode4" -> dims.add(new FieldSpec("Postcodegebied (PC4)", List.of("pc4"), "string",
                    "Numeriek deel van de postcode; groepen kleiner dan 10 worden samengevoegd.", "1271"));
            case "gemeente" -> dims.add(field(Vocabulary.GENERIC_FIELDS, "Gemeentecode"));
            default -> {
            }
        }
        dims.add(field(Vocabulary.GENERIC_FIELDS, "Maand"));
        return dims;
    }

    private static FieldSpec field(List<FieldSpec> list, String title) {
        for (FieldSpec spec : list) {
            if (spec.title().equals(title)) {
                return spec;
            }
        }
        throw new IllegalArgumentException(title);
    }

    private String sameColumn(List<DatasetPlan> sources, String slug) {
        for (DatasetPlan source : sources) {
            for (FieldPlan f : source.fields()) {
                if (f.slug().equals(slug)) {
                    return fieldIri(source.slug(), f.slug());
                }
            }
        }
        return null;
    }

    private String pickFieldIri(SplittableRandom r, DatasetPlan source) {
        FieldPlan f = pick(r, source.fields());
        return fieldIri(source.slug(), f.slug());
    }

    private static String joinTitles(List<DatasetPlan> plans) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < plans.size(); i++) {
            if (i > 0) {
                sb.append(i == plans.size() - 1 ? " en " : ", ");
            }
            sb.append('\'').append(plans.get(i).title()).append('\'');
        }
        return sb.toString();
    }

    /** Builds the field list of one dataset, keeping slugs unique within it. */
    private final class FieldsBuilder {
        private final SplittableRandom r;
        private final SystemInfo system;
        private final Domain domain;
        private final Subject subject;
        private final String access;
        private final Set<String> slugs = new HashSet<>();
        private final List<FieldPlan> fields = new ArrayList<>();

        FieldsBuilder(SplittableRandom r, SystemInfo system, Domain domain, Subject subject, String access) {
            this.r = r;
            this.system = system;
            this.domain = domain;
            this.subject = subject;
            this.access = access;
        }

        int size() {
            return fields.size();
        }

        List<FieldPlan> build() {
            return List.copyOf(fields);
        }

        void add(FieldSpec spec, String derivedFrom) {
            String description = spec.description().replace("{s}", subject.singular()) + extraSentence();
            String slug = uniqueSlug(String.join("-", spec.words()));
            fields.add(new FieldPlan(slug, spec.words(), spec.title(), technicalName(spec.words(), system.style()),
                    description, spec.datatype(), false, List.of(), publicConfidentiality(), suggested(), null,
                    r.nextDouble() < 0.6 ? spec.example() : null, derivedFrom, dateTime(r)));
        }

        void addPersonal(PersonalSpec spec, Domain domain) {
            String slug = uniqueSlug(String.join("-", spec.words()));
            String confidentiality;
            String legalGround = null;
            if (spec.bsn()) {
                confidentiality = r.nextDouble() < 0.8 ? "vertrouwelijk" : "confidentieel";
                legalGround = domain.law() + "; UAVG art. 46 (BSN alleen voor de wettelijke taak)";
            } else if (spec.special()) {
                confidentiality = r.nextDouble() < 0.85 ? "vertrouwelijk" : "confidentieel";
            } else {
                confidentiality = r.nextDouble() < 0.7 ? "zaakvertrouwelijk" : "vertrouwelijk";
            }
            fields.add(new FieldPlan(slug, spec.words(), spec.title(), technicalName(spec.words(), system.style()),
                    spec.description() + extraSentence(), spec.datatype(), true, spec.categories(), confidentiality,
                    suggested(), legalGround, r.nextDouble() < 0.6 ? spec.example() : null, null, dateTime(r)));
        }

        /** A measure combined with a subject, a domain field or a generic field. */
        void addGenerated(boolean warehouse) {
            double u = r.nextDouble();
            FieldSpec spec;
            if (u < 0.45) {
                Subject s = r.nextDouble() < 0.6 ? subject : pick(r, domain.subjects());
                spec = combine(pick(r, Vocabulary.MEASURES), s);
            } else if (u < 0.7) {
                spec = pick(r, domain.fields());
            } else {
                spec = pick(r, Vocabulary.GENERIC_FIELDS);
                if (!warehouse && (spec.title().equals("Laaddatum") || spec.title().startsWith("Geldig"))) {
                    spec = combine(pick(r, Vocabulary.MEASURES), subject);
                }
            }
            add(spec, null);
        }

        void addMeasure(Subject s, String derivedFrom) {
            double u = r.nextDouble();
            FieldSpec spec;
            if (u < 0.35) {
                spec = new FieldSpec("Aantal " + s.plural(), List.of("aantal", s.stem()), "integer",
                        "Aantal " + s.plural() + " in de periode, afgerond op veelvouden van 5.", "45");
            } else if (u < 0.5) {
                spec = new FieldSpec("Bedrag " + s.plural() + " (euro)", List.of("bedrag", s.stem()), "decimal",
                        "Totaal bedrag in euro's van de " + s.plural() + " in de periode.", "125000.00");
            } else if (u < 0.6) {
                spec = new FieldSpec("Gemiddelde doorlooptijd (dagen)", List.of("gem", "doorlooptijd"), "decimal",
                        "Gemiddelde doorlooptijd in kalenderdagen van de afgehandelde " + s.plural() + ".", "31.5");
            } else if (u < 0.7) {
                spec = new FieldSpec("Percentage binnen termijn", List.of("pct", "binnen", "termijn"), "decimal",
                        "Aandeel van de " + s.plural() + " dat binnen de termijn is afgehandeld.", "87.5");
            } else if (u < 0.85) {
                spec = combine(pick(r, Vocabulary.MEASURES), s);
            } else {
                spec = pick(r, domain.fields());
            }
            add(spec, derivedFrom);
        }

        /** Copies a random field of {@code source} (column lineage); false when it was already there. */
        boolean copyFrom(DatasetPlan source) {
            FieldPlan f = pick(r, source.fields());
            if (slugs.contains(f.slug())) {
                return false;
            }
            copy(source, f);
            return true;
        }

        void copy(DatasetPlan source, FieldPlan f) {
            String slug = uniqueSlug(f.slug());
            String confidentiality = !f.personal() && access.equals("PUBLIC") ? "openbaar" : f.confidentiality();
            fields.add(new FieldPlan(slug, f.words(), f.title(), technicalName(f.words(), system.style()),
                    "Overgenomen uit '" + source.title() + "' (" + f.technicalName() + ")." + extraSentence(),
                    f.datatype(), f.personal(), f.categories(), confidentiality, suggested(), f.legalGround(),
                    f.example(), fieldIri(source.slug(), f.slug()), dateTime(r)));
        }

        private String publicConfidentiality() {
            if (access.equals("PUBLIC")) {
                return "openbaar";
            }
            double u = r.nextDouble();
            return u < 0.65 ? "intern" : u < 0.85 ? "beperkt-openbaar" : "openbaar";
        }

        private boolean suggested() {
            return r.nextDouble() < 0.2;
        }

        private String extraSentence() {
            if (r.nextDouble() >= 0.35) {
                return "";
            }
            return " " + pick(r, Vocabulary.EXTRA_SENTENCES).replace("{system}", system.title()).replace("{team}", domain.team());
        }

        private String uniqueSlug(String wanted) {
            String slug = slugify(wanted, MAX_SLUG_BASE);
            if (slugs.add(slug)) {
                return slug;
            }
            for (int i = 2; ; i++) {
                if (slugs.add(slug + "-" + i)) {
                    return slug + "-" + i;
                }
            }
        }
    }

    private static FieldSpec combine(FieldSpec measure, Subject s) {
        List<String> words = new ArrayList<>(measure.words());
        words.add(s.stem());
        return new FieldSpec(measure.title() + " " + s.singular(), List.copyOf(words), measure.datatype(),
                measure.description(), measure.example());
    }

    /** Column name in the system's convention, e.g. datum_beschikking, datumBeschikking, Beschikking/Datum. */
    static String technicalName(List<String> words, Style style) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            for (String p : w.split("-")) {
                if (!p.isEmpty()) {
                    parts.add(p.toLowerCase(Locale.ROOT));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        switch (style) {
            case SNAKE -> sb.append(String.join("_", parts));
            case UPPER -> sb.append(String.join("_", parts).toUpperCase(Locale.ROOT));
            case CAMEL -> {
                for (int i = 0; i < parts.size(); i++) {
                    sb.append(i == 0 ? parts.get(i) : capitalize(parts.get(i)));
                }
            }
            case PATH -> {
                if (parts.size() == 1) {
                    sb.append(capitalize(parts.get(0)));
                } else {
                    sb.append(capitalize(parts.get(parts.size() - 1))).append('/');
                    for (int i = 0; i < parts.size() - 1; i++) {
                        sb.append(capitalize(parts.get(i)));
                    }
                }
            }
            case DOTTED -> {
                if (parts.size() == 1) {
                    sb.append(parts.get(0));
                } else {
                    sb.append(parts.get(parts.size() - 1)).append('.');
                    for (int i = 0; i < parts.size() - 1; i++) {
                        sb.append(i == 0 ? parts.get(i) : capitalize(parts.get(i)));
                    }
                }
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ records

    private CatalogRecord agentRecord(int i) {
        AgentInfo a = agents.get(i);
        Node s = uri(base + "agent/" + a.slug());
        List<Triple> t = new ArrayList<>();
        add(t, s, TYPE, AGENT);
        add(t, s, TYPE, a.type());
        add(t, s, NAME, nl(a.name()));
        add(t, s, DESCRIPTION, nl(a.description()));
        if (a.parent() >= 0) {
            add(t, s, a.type().equals(POST) ? POST_IN : UNIT_OF, uri(base + "agent/" + agents.get(a.parent()).slug()));
        }
        add(t, s, HAS_EMAIL, uri("mailto:" + a.email()));
        add(t, s, MODIFIED, dateTimeLiteral(dateTime(rng(SALT_AGENT, i))));
        return new CatalogRecord(CatalogRecord.Kind.AGENT, a.slug(), uri(base + "graph/agent/" + a.slug()), t);
    }

    private Node agentIri(int i) {
        return uri(base + "agent/" + agents.get(i).slug());
    }

    private CatalogRecord systemRecord(int i) {
        SystemInfo sys = systems.get(i);
        SplittableRandom r = rng(SALT_SYSTEM, i + 1_000_000L);
        Node s = uri(base + "system/" + sys.slug());
        List<Triple> t = new ArrayList<>();
        add(t, s, TYPE, SYSTEM);
        add(t, s, TITLE, nl(sys.title()));
        add(t, s, DESCRIPTION, nl(sys.description()));
        add(t, s, SYSTEM_KIND, uri(DWV + "systeemsoort/" + sys.kind()));
        add(t, s, OWNER, agentIri(sys.owner()));
        add(t, s, STEWARD, agentIri(sys.steward()));
        add(t, s, VENDOR, str(sys.vendor()));
        add(t, s, HOSTED_BY, str(sys.hosting()));
        List<String> levels = List.of("laag", "midden", "hoog");
        add(t, s, BIA_A, uri(DWV + "biv-niveau/" + pick(r, levels)));
        add(t, s, BIA_I, uri(DWV + "biv-niveau/" + pick(r, levels)));
        add(t, s, BIA_C, uri(DWV + "biv-niveau/" + (sys.external() ? "laag" : pick(r, levels))));
        add(t, s, EXTERNAL, bool(sys.external()));
        if (sys.external()) {
            add(t, s, HOMEPAGE, uri("https://www." + Vocabulary.EXTERNAL_ORGS.get(i % Vocabulary.EXTERNAL_ORGS.size())[1] + "/"));
        }
        add(t, s, MODIFIED, dateTimeLiteral(dateTime(r)));
        if (r.nextDouble() < 0.5) {
            add(t, s, CREATED, dateLiteral(LocalDate.ofEpochDay(LocalDate.of(2008, 1, 1).toEpochDay() + r.nextInt(5000)).toString()));
        }
        return new CatalogRecord(CatalogRecord.Kind.SYSTEM, sys.slug(), uri(base + "graph/system/" + sys.slug()), t);
    }

    private String fieldIri(String datasetSlug, String fieldSlug) {
        return base + "dataset/" + datasetSlug + "/field/" + fieldSlug;
    }

    private Node datasetIri(int d) {
        return uri(base + "dataset/" + plan(d).slug());
    }

    private String jobSlug(DatasetPlan p) {
        return "etl-" + p.slug();
    }

    private CatalogRecord datasetRecord(DatasetPlan p) {
        Node s = uri(base + "dataset/" + p.slug());
        SystemInfo system = systems.get(p.system());
        List<Triple> t = new ArrayList<>(16 + p.fields().size() * 16);
        add(t, s, TYPE, DATASET);
        add(t, s, TITLE, nl(p.title()));
        add(t, s, DESCRIPTION, nl(p.description()));
        add(t, s, IDENTIFIER, str(p.slug()));
        add(t, s, HELD_IN, uri(base + "system/" + system.slug()));
        add(t, s, OWNER, agentIri(p.owner()));
        add(t, s, STEWARD, agentIri(p.steward()));
        for (String theme : p.themes()) {
            add(t, s, THEME, uri(theme));
        }
        add(t, s, ACCRUAL, uri(EU + "frequency/" + p.frequency()));
        add(t, s, ACCESS_RIGHTS, uri(EU + "access-right/" + p.access()));
        for (String basis : p.legalBases()) {
            add(t, s, LEGAL_BASIS, uri(basis));
        }
        if (p.legalGround() != null) {
            add(t, s, LEGAL_GROUND, str(p.legalGround()));
        }
        for (String keyword : p.keywords()) {
            add(t, s, KEYWORD, nl(keyword));
        }
        for (int source : p.sources()) {
            add(t, s, DERIVED_FROM, datasetIri(source));
        }
        if (p.job()) {
            add(t, s, GENERATED_BY, uri(base + "job/" + jobSlug(p)));
        }
        if (p.layer() == 2) {
            add(t, s, OPEN_DATA, bool(p.openData()));
            add(t, s, AGGREGATION, uri(DWV + "aggregatieniveau/" + p.aggregation()));
        }
        if (p.disclosure() != null) {
            add(t, s, DISCLOSURE, uri(DWV + "onthullingsbeheersing/" + p.disclosure()));
        }
        if (p.distribution() != null) {
            Node dist = uri(base + "dataset/" + p.slug() + "/distribution/" + p.distribution());
            add(t, s, HAS_DISTRIBUTION, dist);
            add(t, dist, TYPE, DISTRIBUTION);
            switch (p.distribution()) {
                case "odata" -> {
                    add(t, dist, TITLE, nl("OData-API " + system.title()));
                    add(t, dist, ACCESS_URL, uri("https://odata4.cbs.nl/CBS/" + (80000 + p.index() % 10000) + "NED/"));
                    add(t, dist, FORMAT, uri(EU + "file-type/JSON"));
                    add(t, dist, MEDIA_TYPE, uri("https://www.iana.org/assignments/media-types/application/json"));
                    add(t, dist, LICENSE, uri(EU + "licence/CC_BY_4_0"));
                }
                case "csv" -> {
                    add(t, dist, TITLE, nl(p.title() + " (CSV)"));
                    add(t, dist, ACCESS_URL, uri("https://data.huizen.nl/opendata/" + p.slug() + ".csv"));
                    add(t, dist, FORMAT, uri(EU + "file-type/CSV"));
                    add(t, dist, MEDIA_TYPE, uri("https://www.iana.org/assignments/media-types/text/csv"));
                    add(t, dist, LICENSE, uri(EU + "licence/CC0"));
                }
                default -> {
                    add(t, dist, TITLE, nl("Export " + p.title()));
                    add(t, dist, ACCESS_URL, uri("https://powerbi.huizen.nl/export/" + p.slug()));
                    add(t, dist, FORMAT, uri(EU + "file-type/XLSX"));
                    add(t, dist, LICENSE, uri(DWV + "licentie/geslotenlicentie"));
                }
            }
        }
        if (p.openData()) {
            Node contact = NodeFactory.createBlankNode("cp-" + p.index());
            add(t, s, CONTACT_POINT, contact);
            add(t, contact, TYPE, KIND);
            add(t, contact, FN, str("Open data gemeente Huizen"));
            add(t, contact, HAS_EMAIL, uri("mailto:opendata@huizen.nl"));
        }
        if (p.publisher() >= 0) {
            add(t, s, PUBLISHER, agentIri(p.publisher()));
        }
        add(t, s, MODIFIED, dateTimeLiteral(p.modified()));
        if (p.created() != null) {
            add(t, s, CREATED, dateLiteral(p.created()));
        }
        int position = 1;
        for (FieldPlan f : p.fields()) {
            Node fs = uri(fieldIri(p.slug(), f.slug()));
            add(t, fs, TYPE, FIELD);
            add(t, fs, TITLE, nl(f.title()));
            add(t, fs, TECHNICAL_NAME, str(f.technicalName()));
            add(t, fs, DESCRIPTION, nl(f.description()));
            add(t, fs, PART_OF, s);
            add(t, fs, POSITION, integer(position++));
            add(t, fs, DATATYPE, uri(XSD + f.datatype()));
            add(t, fs, CONTAINS_PERSONAL, bool(f.personal()));
            for (String category : f.categories()) {
                add(t, fs, PERSONAL_CATEGORY, uri(DWV + "persoonsgegevens/" + category));
            }
            add(t, fs, CONFIDENTIALITY, uri(DWV + "vertrouwelijkheid/" + f.confidentiality()));
            add(t, fs, CLASSIFICATION, uri(DWV + "beoordeling/" + (f.suggested() ? "voorgesteld" : "bevestigd")));
            if (f.legalGround() != null) {
                add(t, fs, LEGAL_GROUND, str(f.legalGround()));
            }
            if (f.derivedFrom() != null) {
                add(t, fs, DERIVED_FROM, uri(f.derivedFrom()));
            }
            if (f.example() != null) {
                add(t, fs, EXAMPLE, str(f.example()));
            }
            add(t, fs, MODIFIED, dateTimeLiteral(f.modified()));
        }
        return new CatalogRecord(CatalogRecord.Kind.DATASET, p.slug(), uri(base + "graph/dataset/" + p.slug()), t);
    }

    private CatalogRecord jobRecord(DatasetPlan p) {
        SplittableRandom r = rng(SALT_JOB, p.index());
        String slug = jobSlug(p);
        Node s = uri(base + "job/" + slug);
        List<DatasetPlan> sources = IntStream.of(p.sources()).mapToObj(this::plan).toList();
        String from = systems.get(sources.get(0).system()).title();
        String to = systems.get(p.system()).title();
        List<Triple> t = new ArrayList<>();
        add(t, s, TYPE, JOB);
        add(t, s, TITLE, nl((p.layer() == 1 ? "ETL " : "Aggregatie ") + from + " naar " + to + ": " + p.subject().plural()));
        add(t, s, DESCRIPTION, nl("Haalt " + joinTitles(sources) + " op (delta op mutatiedatum), zet de gegevens om naar '"
                + p.title() + "' en registreert de laadtijd." + (p.layer() == 2 ? " Aantallen kleiner dan 5 worden afgerond." : "")));
        add(t, s, RUNS_IN, uri(base + "system/" + systems.get(etlSystems[r.nextInt(etlSystems.length)]).slug()));
        for (int source : p.sources()) {
            add(t, s, USED, datasetIri(source));
        }
        add(t, s, SCHEDULE, str(pick(r, Vocabulary.SCHEDULES)));
        add(t, s, OWNER, agentIri(imTeam));
        add(t, s, MODIFIED, dateTimeLiteral(dateTime(r)));
        return new CatalogRecord(CatalogRecord.Kind.JOB, slug, uri(base + "graph/job/" + slug), t);
    }

    private CatalogRecord kpiRecord(int k) {
        SplittableRandom r = rng(SALT_KPI, k);
        int n = scale.datasets();
        int start = r.nextInt(n);
        int computed = start;
        for (int i = 0; i < n; i++) {
            int d = (start + i) % n;
            if (layer(d) >= 1) {
                computed = d;
                break;
            }
        }
        DatasetPlan plan = plan(computed);
        KpiTemplate template = pick(r, Vocabulary.KPIS);
        String plural = plan.subject().plural();
        String title = capitalize(template.title().replace("{plural}", plural))
                + (r.nextDouble() < 0.5 ? "" : " (" + pick(r, Vocabulary.REGIONS) + ")");
        String slug = slugify(title, MAX_SLUG_BASE) + "-" + (k + 1);
        Node s = uri(base + "kpi/" + slug);
        int norm = template.low() + r.nextInt(template.high() - template.low() + 1);
        List<Triple> t = new ArrayList<>();
        add(t, s, TYPE, KPI);
        add(t, s, TITLE, nl(title));
        add(t, s, DESCRIPTION, nl(template.description().replace("{plural}", plural)));
        add(t, s, STEERING, uri(DWV + "sturingsniveau/" + pick(r, List.of("strategisch", "tactisch", "operationeel"))));
        add(t, s, DERIVED_FROM, uri(base + "dataset/" + plan.slug()));
        String first = pickFieldIri(r, plan);
        add(t, s, DERIVED_FROM, uri(first));
        String second = pickFieldIri(r, plan);
        if (r.nextBoolean() && !second.equals(first)) {
            add(t, s, DERIVED_FROM, uri(second));
        }
        int dashboard = findDashboard(r.nextInt(n), plan.domain());
        if (dashboard < 0) {
            dashboard = findDashboard(r.nextInt(n), -1);
        }
        if (dashboard >= 0) {
            add(t, s, SHOWN_IN, datasetIri(dashboard));
        }
        add(t, s, NORM, nl(template.norm().replace("{n}", Integer.toString(norm)).replace("{plural}", plural)));
        add(t, s, NORM_VALUE, NodeFactory.createLiteralDT(norm + ".0", XSDDatatype.XSDdecimal));
        add(t, s, NORM_DIRECTION, uri(DWV + "normrichting/" + template.direction()));
        add(t, s, UNIT, nl(template.unit()));
        add(t, s, OWNER, agentIri(domainTeams[plan.domain()]));
        add(t, s, MODIFIED, dateTimeLiteral(dateTime(r)));
        return new CatalogRecord(CatalogRecord.Kind.KPI, slug, uri(base + "graph/kpi/" + slug), t);
    }

    /** A dashboard dataset (of {@code domain}, or any with -1) near {@code start}; -1 if none. */
    private int findDashboard(int start, int domain) {
        int n = scale.datasets();
        for (int i = 0; i < Math.min(n, 2000); i++) {
            int d = (start + i) % n;
            if (layer(d) == 2 && systems.get(systemOf(d)).kind().equals("dashboard") && (domain < 0 || domainOf(d) == domain)) {
                return d;
            }
        }
        return -1;
    }

    private CatalogRecord glossaryRecord() {
        Node s = uri(base + "glossary");
        List<Triple> t = new ArrayList<>();
        add(t, s, TYPE, CONCEPT_SCHEME);
        add(t, s, PREF_LABEL, nl("Begrippenlijst gemeente Huizen"));
        add(t, s, PREF_LABEL, NodeFactory.createLiteralLang("Glossary of the municipality of Huizen", "en"));
        add(t, s, DESCRIPTION, nl("Begrippen uit het sociaal domein, de fysieke leefomgeving, bedrijfsvoering en datamanagement zoals gebruikt in de datacatalogus."));
        add(t, s, MODIFIED, dateTimeLiteral("2026-01-05T09:00:00+01:00"));
        return new CatalogRecord(CatalogRecord.Kind.GLOSSARY, "glossary", uri(base + "graph/glossary"), t);
    }

    private void addBaseTerm(Term term, int domain, Set<String> slugs) {
        baseTerms.add(term);
        baseTermDomains.add(domain);
        baseTermSlugs.add(unique(slugs, slugify(term.label(), MAX_SLUG_BASE + 10)));
    }

    private String termSlug(int i) {
        if (i < baseTerms.size()) {
            return baseTermSlugs.get(i);
        }
        return slugify(composedLabel(i), MAX_SLUG_BASE) + "-" + (i + 1);
    }

    private String composedLabel(int i) {
        int c = i - baseTerms.size();
        int p = allSubjects.size();
        int q = Vocabulary.TERM_QUALIFIERS.size();
        Subject subject = allSubjects.get(c % p);
        String qualifier = Vocabulary.TERM_QUALIFIERS.get((c / p) % q);
        return qualifier + " " + subject.singular() + regionSuffix(c / (p * q));
    }

    private CatalogRecord termRecord(int i) {
        SplittableRandom r = rng(SALT_TERM, i);
        String slug = termSlug(i);
        Node s = uri(base + "concept/" + slug);
        Node glossary = uri(base + "glossary");
        List<Triple> t = new ArrayList<>();
        add(t, s, TYPE, CONCEPT);
        add(t, s, TYPE, GLOSSARY_TERM);
        add(t, s, IN_SCHEME, glossary);
        int domain;
        if (i < baseTerms.size()) {
            Term term = baseTerms.get(i);
            domain = baseTermDomains.get(i);
            add(t, s, PREF_LABEL, nl(term.label()));
            for (String alt : term.altLabels()) {
                add(t, s, ALT_LABEL, nl(alt));
            }
            add(t, s, DEFINITION, nl(term.definition()));
            add(t, s, SOURCE, str(term.source()));
            int head = baseTermDomains.indexOf(domain);
            if (domain >= 0 && head < i && r.nextDouble() < 0.4) {
                add(t, s, BROADER, uri(base + "concept/" + baseTermSlugs.get(head)));
            }
        } else {
            int c = i - baseTerms.size();
            Subject subject = allSubjects.get(c % allSubjects.size());
            domain = allSubjectDomains.get(c % allSubjects.size());
            Domain d = domains.get(domain);
            String label = composedLabel(i);
            String qualifier = label.substring(0, label.indexOf(' ')).toLowerCase(Locale.ROOT);
            add(t, s, PREF_LABEL, nl(label));
            if (r.nextDouble() < 0.5) {
                add(t, s, ALT_LABEL, nl(subject.singular() + " (" + qualifier + ")"));
            }
            if (r.nextDouble() < 0.2) {
                add(t, s, ALT_LABEL, nl(technicalName(List.of(qualifier, subject.stem()), Style.SNAKE)));
            }
            add(t, s, DEFINITION, nl("De " + qualifier + " van een " + subject.singular() + " binnen "
                    + d.name().toLowerCase(Locale.ROOT) + ", zoals vastgelegd in het bronsysteem en gebruikt in rapportages."));
            add(t, s, SOURCE, str(d.law()));
            int head = baseTermDomains.indexOf(domain);
            if (head >= 0) {
                add(t, s, BROADER, uri(base + "concept/" + baseTermSlugs.get(head)));
            }
        }
        if (i > 0 && r.nextDouble() < 0.3) {
            add(t, s, RELATED, uri(base + "concept/" + termSlug(r.nextInt(i))));
        }
        if (r.nextDouble() < 0.5) {
            int n = scale.datasets();
            int start = r.nextInt(n);
            int related = start;
            for (int k = 0; k < Math.min(n, 100); k++) {
                int d = (start + k) % n;
                if (domain < 0 || domainOf(d) == domain) {
                    related = d;
                    break;
                }
            }
            add(t, s, RELATED_DATASET, datasetIri(related));
        }
        add(t, s, MODIFIED, dateTimeLiteral(dateTime(r)));
        return new CatalogRecord(CatalogRecord.Kind.CONCEPT, slug, uri(base + "graph/concept/" + slug), t);
    }

    // ------------------------------------------------------------------ helpers

    private SplittableRandom rng(long salt, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(salt * 0xD1B54A32D192ED03L + index + 1)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String unique(Set<String> used, String slug) {
        if (used.add(slug)) {
            return slug;
        }
        for (int i = 2; ; i++) {
            if (used.add(slug + "-" + i)) {
                return slug + "-" + i;
            }
        }
    }

    /** Lowercase ASCII letters, digits and hyphens, starting with a letter (MODEL.md slug rule). */
    static String slugify(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("µ", "u").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "x-" + slug;
        }
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String dateTime(SplittableRandom r) {
        LocalDate day = LocalDate.ofEpochDay(LocalDate.of(2025, 1, 1).toEpochDay() + r.nextInt(480));
        int hour = 7 + r.nextInt(11);
        int minute = r.nextInt(60);
        return day + "T" + (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute + ":00+01:00";
    }

    private static void add(List<Triple> triples, Node s, Node p, Node o) {
        triples.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node nl(String text) {
        return NodeFactory.createLiteralLang(text, "nl");
    }

    private static Node str(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node dateTimeLiteral(String value) {
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdateTime);
    }

    private static Node dateLiteral(String value) {
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
    }
}
