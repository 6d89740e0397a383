package nl.datawijzer.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RecordKind;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A generated open-data view: published datasets in DCAT terms, shaped as the publication gate writes them into the
 * public store (see {@code src/test/resources/opendata/open-data-view.ttl}): Dutch titles, descriptions and keywords,
 * one or two EU themes, a publisher among a few, a contact point, one to three distributions with format, media type
 * and licence, and a modification time. The same seed gives the same view.
 */
public final class OpenDataViewGenerator {

    static final String[] SUBJECTS = {"Afvalinzameling", "Wmo-voorzieningen", "Parkeervergunningen", "Bomen",
        "Verkeersongevallen", "Speelplaatsen", "Begraafplaatsen", "Bouwvergunningen", "Evenementen", "Subsidies",
        "Luchtkwaliteit", "Geluidsmetingen", "Straatverlichting", "Fietsenstallingen", "Sportaccommodaties",
        "Bibliotheekbezoek", "Jeugdhulp", "Bijstandsuitkeringen", "Woningvoorraad", "Energieverbruik", "Laadpalen",
        "Zwerfafval", "Meldingen openbare ruimte", "Riolering", "Grondwaterstanden", "Monumenten", "Kunstwerken",
        "Begroting", "Inkoopcontracten", "Raadsvergaderingen", "Schuldhulpverlening", "Leerlingenvervoer",
        "Marktplaatsen", "Hondenbelasting", "Verkiezingsuitslagen", "Bevolkingsprognose", "Zonnepanelen",
        "Groenonderhoud", "Strooiroutes", "Waterkwaliteit"};
    static final String[] ASPECTS = {"per wijk", "per buurt", "per jaar", "per maand", "per kwartaal", "naar leeftijd",
        "naar soort", "in het centrum", "langs het IJsselmeer", "per postcodegebied", "naar herkomst", "per straat"};
    static final String[] KEYWORDS = {"afval", "zorg", "verkeer", "parkeren", "groen", "milieu", "wonen", "energie",
        "onderwijs", "sport", "cultuur", "financiën", "veiligheid", "water", "klimaat", "economie", "werk", "inkomen",
        "jeugd", "ouderen", "bestuur", "openbare ruimte", "mobiliteit", "gezondheid", "recreatie", "toerisme",
        "duurzaamheid", "monumenten", "erfgoed", "bevolking"};
    static final String[] THEMES = {"AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI",
        "SOCI", "TECH", "TRAN"};
    static final String[] PUBLISHERS = {"gemeente-huizen", "omgevingsdienst-gooi-en-vechtstreek",
        "regio-gooi-en-vechtstreek", "ggd-gooi-en-vechtstreek", "veiligheidsregio-gooi-en-vechtstreek"};
    static final String[][] FORMATS = {{"CSV", "text/csv"}, {"JSON", "application/json"},
        {"GEOJSON", "application/geo+json"}, {"XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"PARQUET", "application/vnd.apache.parquet"}};
    private static final String[] TEAMS = {"Wmo", "Beheer openbare ruimte", "Financiën", "Publiekszaken", "Omgeving",
        "Sociaal domein", "Informatievoorziening"};

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private OpenDataViewGenerator() {
    }

    public static Graph generate(Iris iris, int datasets, long seed) {
        Random random = new Random(seed);
        Graph g = GraphFactory.createDefaultGraph();
        for (String publisher : PUBLISHERS) {
            Node agent = iris.record(RecordKind.AGENT, publisher);
            g.add(Triple.create(agent, TYPE, iri("http://xmlns.com/foaf/0.1/Agent")));
            g.add(Triple.create(agent, iri("http://xmlns.com/foaf/0.1/name"), dutch(name(publisher))));
        }
        for (int i = 0; i < datasets; i++) {
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String aspect = ASPECTS[random.nextInt(ASPECTS.length)];
            int year = 2010 + random.nextInt(17);
            String title = subject + " " + aspect + " " + year;
            String slug = slug(title) + "-" + i;
            Node d = iris.record(RecordKind.DATASET, slug);
            g.add(Triple.create(d, TYPE, iri(DCAT + "Dataset")));
            g.add(Triple.create(d, iri(DCT + "identifier"), NodeFactory.createLiteralString(slug)));
            g.add(Triple.create(d, iri(DCT + "title"), dutch(title)));
            String team = TEAMS[random.nextInt(TEAMS.length)];
            g.add(Triple.create(d, iri(DCT + "description"), dutch("Gegevens over " + subject.toLowerCase(Locale.ROOT)
                    + " " + aspect + " in " + year + ", bijgehouden door team " + team + ". Ook over "
                    + KEYWORDS[random.nextInt(KEYWORDS.length)] + " en " + KEYWORDS[random.nextInt(KEYWORDS.length)] + ".")));
            Set<String> themes = new LinkedHashSet<>();
            for (int t = 0, n = 1 + random.nextInt(2); t < n; t++) {
                themes.add(THEMES[random.nextInt(THEMES.length)]);
            }
            themes.forEach(t -> g.add(Triple.create(d, iri(DCAT + "theme"), iri(EU + "data-theme/" + t))));
            g.add(Triple.create(d, iri(DCT + "accrualPeriodicity"), iri(EU + "frequency/"
                    + List.of("ANNUAL", "MONTHLY", "QUARTERLY", "IRREG").get(random.nextInt(4)))));
            g.add(Triple.create(d, iri(DCT + "accessRights"), iri(EU + "access-right/PUBLIC")));
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                g.add(Triple.create(d, iri(DCAT + "keyword"), dutch(KEYWORDS[random.nextInt(KEYWORDS.length)])));
            }
            String publisher = random.nextInt(10) < 7 ? PUBLISHERS[0] : PUBLISHERS[1 + random.nextInt(PUBLISHERS.length - 1)];
            g.add(Triple.create(d, iri(DCT + "publisher"), iris.record(RecordKind.AGENT, publisher)));
            Node contact = NodeFactory.createBlankNode();
            g.add(Triple.create(d, iri(DCAT + "contactPoint"), contact));
            g.add(Triple.create(contact, TYPE, iri("http://www.w3.org/2006/vcard/ns#Kind")));
            g.add(Triple.create(contact, iri("http://www.w3.org/2006/vcard/ns#fn"), NodeFactory.createLiteralString("Team " + team)));
            g.add(Triple.create(contact, iri("http://www.w3.org/2006/vcard/ns#hasEmail"), iri("mailto:" + slug(team) + "@huizen.nl")));
            String licence = random.nextInt(20) < 12 ? "CC0" : random.nextInt(8) > 0 ? "CC_BY_4_0" : "ODC_ODBL";
            List<Integer> formats = new ArrayList<>();
            for (int x = 0, n = 1 + random.nextInt(3); x < n; x++) {
                int f = random.nextInt(FORMATS.length);
                if (!formats.contains(f)) {
                    formats.add(f);
                }
            }
            for (int f : formats) {
                String format = FORMATS[f][0];
                Node dist = iri(d.getURI() + "/distribution/" + format.toLowerCase(Locale.ROOT));
                g.add(Triple.create(d, iri(DCAT + "distribution"), dist));
                g.add(Triple.create(dist, TYPE, iri(DCAT + "Distribution")));
                g.add(Triple.create(dist, iri(DCT + "title"), dutch(title + " (" + format + ")")));
                g.add(Triple.create(dist, iri(DCAT + "accessURL"), iri("https://data.huizen.nl/open/" + slug + "."
                        + format.toLowerCase(Locale.ROOT))));
                g.add(Triple.create(dist, iri(DCT + "format"), iri(EU + "file-type/" + format)));
                g.add(Triple.create(dist, iri(DCAT + "mediaType"), iri("https://www.iana.org/assignments/media-types/" + FORMATS[f][1])));
                g.add(Triple.create(dist, iri(DCT + "license"), iri(EU + "licence/" + licence)));
            }
            String modified = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:00+01:00", 2020 + random.nextInt(7),
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
            g.add(Triple.create(d, iri(DCT + "modified"), NodeFactory.createLiteralDT(modified, XSDDatatype.XSDdateTime)));
        }
        return g;
    }

    private static String name(String slug) {
        String spaced = slug.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node dutch(String text) {
        return NodeFactory.createLiteralLang(text, "nl");
    }
}
