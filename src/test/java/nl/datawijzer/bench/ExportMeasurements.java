package nl.datawijzer.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.datawijzer.opendata.export.CatalogDescription;
import nl.datawijzer.opendata.export.CatalogExportService;
import nl.datawijzer.opendata.export.ExportFormat;
import nl.datawijzer.opendata.export.internal.OpenDataExporter;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.PublicStores;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The DCAT-AP-NL export of {@value #DATASETS} published datasets (the issue's target: at most 1.5x the time of Jena
 * writing the same graph raw). A TDB2 public store on disk holds a generated open-data view shaped like the one the
 * gate writes (dw: extras included, 2-3 distributions per dataset); the export runs through
 * {@link CatalogExportService#exportAll}, the baseline is {@link RDFDataMgr} writing that view graph straight from the
 * same TDB2 dataset in the same serialisation, inside one read transaction. Both write to a counting sink, in
 * alternating rounds after warm-up; the figure is the median. Memory: bytes allocated by the exporting thread.
 */
final class ExportMeasurements implements Measurement {

    static final int DATASETS = 5_000;
    private static final int WARMUP = 3;
    private static final int ROUNDS = 7;

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final String[] THEMES = {"SOCI", "GOVE", "HEAL", "ECON", "EDUC", "ENVI", "REGI", "TRAN"};
    private static final String[] FREQUENCIES = {"ANNUAL", "MONTHLY", "QUARTERLY", "WEEKLY", "IRREG"};
    private static final String[][] FORMATS = {{"CSV", "text/csv"}, {"JSON", "application/json"},
            {"XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}};
    private static final String[] LICENCES = {"CC0", "CC_BY_4_0"};

    @Override
    public String name() {
        return "export";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Iris iris = ctx.iris();
        Path dir = ctx.workDir().resolve("public-store");
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        try {
            PublicRdfStore store = PublicStores.over(dataset, iris);
            Node viewGraph = iri(iris.recordGraphPrefix() + "opendata");
            Graph view = view(iris, new Random(ctx.seed()));
            long fill = System.nanoTime();
            store.write(w -> {
                w.replaceGraph(viewGraph, view);
                return null;
            });
            ctx.report(Metric.info("export.fill.time", LoadMeasurements.seconds(fill), "s", ctx.scale(), String.format(
                    Locale.ROOT, "%d datasets, %d triples into a TDB2 public store, validated with the public shapes",
                    DATASETS, view.size())));
            CatalogExportService service = new CatalogExportService(new OpenDataExporter(store, iris),
                    CatalogDescription.huizen(iris.base()));
            measure(ctx, "turtle", () -> service.exportAll(ExportFormat.TURTLE, new Counting()),
                    () -> raw(dataset, viewGraph, RDFFormat.TURTLE_BLOCKS));
            measure(ctx, "jsonld", () -> service.exportAll(ExportFormat.JSON_LD, new Counting()),
                    () -> raw(dataset, viewGraph, RDFFormat.JSONLD11));
        } finally {
            dataset.close();
        }
    }

    private static long raw(Dataset dataset, Node graph, RDFFormat format) {
        Counting out = new Counting();
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset.asDatasetGraph().getGraph(graph), format));
        return out.count;
    }

    private static void measure(BenchContext ctx, String format, Runnable ours, java.util.function.LongSupplier raw) {
        for (int i = 0; i < WARMUP; i++) {
            ours.run();
            raw.getAsLong();
        }
        long[] oursNanos = new long[ROUNDS];
        long[] rawNanos = new long[ROUNDS];
        long[] oursBytes = new long[ROUNDS];
        long[] rawBytes = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long allocated = allocated();
            long start = System.nanoTime();
            ours.run();
            oursNanos[i] = System.nanoTime() - start;
            oursBytes[i] = allocated() - allocated;
            allocated = allocated();
            start = System.nanoTime();
            raw.getAsLong();
            rawNanos[i] = System.nanoTime() - start;
            rawBytes[i] = allocated() - allocated;
        }
        double oursMs = median(oursNanos) / 1e6;
        double rawMs = median(rawNanos) / 1e6;
        String note = String.format(Locale.ROOT, "CatalogExportService.exportAll of %d datasets vs RDFDataMgr writing "
                + "the view graph from the same TDB2 store, median of %d rounds after %d warm-up; ratio %.2fx (target <= 1.5x)",
                DATASETS, ROUNDS, WARMUP, oursMs / rawMs);
        ctx.report(Metric.versus("export." + format + ".time", oursMs, "ms", rawMs, "jena.RDFDataMgr." + format,
                ctx.scale(), note));
        ctx.report(Metric.info("export." + format + ".ratio", oursMs / rawMs, "x", ctx.scale(),
                "export time / raw Jena time (target <= 1.5)"));
        ctx.report(Metric.versus("export." + format + ".allocated", BenchContext.mib(median(oursBytes)), "MiB",
                BenchContext.mib(median(rawBytes)), "jena.RDFDataMgr." + format, ctx.scale(),
                "bytes allocated by the exporting thread per export (median)"));
        System.out.printf(Locale.ROOT, "  export %s: %.0f ms vs raw Jena %.0f ms (%.2fx), allocated %.0f vs %.0f MiB%n",
                format, oursMs, rawMs, oursMs / rawMs, BenchContext.mib(median(oursBytes)), BenchContext.mib(median(rawBytes)));
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The open-data view as the gate writes it: DCAT terms, a blank contact point, 2-3 distributions, a dw: extra. */
    static Graph view(Iris iris, Random random) {
        Graph g = GraphFactory.createDefaultGraph();
        Node publisher = iri(iris.base() + "agent/gemeente-huizen");
        g.add(Triple.create(publisher, TYPE, iri("http://xmlns.com/foaf/0.1/Agent")));
        g.add(Triple.create(publisher, iri("http://xmlns.com/foaf/0.1/name"), NodeFactory.createLiteralLang("Gemeente Huizen", "nl")));
        for (int i = 0; i < DATASETS; i++) {
            String slug = String.format(Locale.ROOT, "open-dataset-%05d", i);
            Node d = iri(iris.base() + "dataset/" + slug);
            g.add(Triple.create(d, TYPE, iri(DCAT + "Dataset")));
            g.add(Triple.create(d, iri(DCT + "identifier"), NodeFactory.createLiteralString(slug)));
            g.add(Triple.create(d, iri(DCT + "title"), NodeFactory.createLiteralLang("Open dataset " + i + " over wijken en buurten", "nl")));
            g.add(Triple.create(d, iri(DCT + "title"), NodeFactory.createLiteralLang("Open dataset " + i, "en")));
            g.add(Triple.create(d, iri(DCT + "description"), NodeFactory.createLiteralLang("Gegenereerde open dataset " + i
                    + " met cijfers per wijk en per jaar, afgerond op vijftallen, voor de benchmark van de export.", "nl")));
            g.add(Triple.create(d, iri(DCAT + "theme"), iri(EU + "data-theme/" + THEMES[random.nextInt(THEMES.length)])));
            if (random.nextBoolean()) {
                g.add(Triple.create(d, iri(DCAT + "theme"), iri("http://standaarden.overheid.nl/owms/terms/Bestuur")));
            }
            g.add(Triple.create(d, iri(DCT + "accrualPeriodicity"), iri(EU + "frequency/" + FREQUENCIES[random.nextInt(FREQUENCIES.length)])));
            g.add(Triple.create(d, iri(DCT + "accessRights"), iri(EU + "access-right/PUBLIC")));
            g.add(Triple.create(d, iri(DCAT + "keyword"), NodeFactory.createLiteralLang("wijk", "nl")));
            g.add(Triple.create(d, iri(DCAT + "keyword"), NodeFactory.createLiteralLang("thema " + random.nextInt(50), "nl")));
            g.add(Triple.create(d, iri(DCT + "publisher"), publisher));
            Node contact = NodeFactory.createBlankNode();
            g.add(Triple.create(d, iri(DCAT + "contactPoint"), contact));
            g.add(Triple.create(contact, TYPE, iri(VCARD + "Kind")));
            g.add(Triple.create(contact, iri(VCARD + "fn"), NodeFactory.createLiteralString("Team " + (i % 40))));
            g.add(Triple.create(contact, iri(VCARD + "hasEmail"), iri("mailto:team" + (i % 40) + "@huizen.nl")));
            g.add(Triple.create(d, iri(DCT + "modified"), NodeFactory.createLiteralDT("2026-03-02T10:00:00+01:00",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)));
            g.add(Triple.create(d, iri("https://w3id.org/datawijzer/def#openDataCandidate"),
                    NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
            int distributions = 2 + random.nextInt(2);
            for (int x = 0; x < distributions; x++) {
                String[] format = FORMATS[x];
                Node dist = iri(iris.base() + "dataset/" + slug + "/distribution/" + format[0].toLowerCase(Locale.ROOT));
                g.add(Triple.create(d, iri(DCAT + "distribution"), dist));
                g.add(Triple.create(dist, TYPE, iri(DCAT + "Distribution")));
                g.add(Triple.create(dist, iri(DCT + "title"), NodeFactory.createLiteralLang(slug + " (" + format[0] + ")", "nl")));
                g.add(Triple.create(dist, iri(DCAT + "accessURL"), iri("https://data.huizen.nl/open-data/bestanden/" + slug + "/" + x)));
                g.add(Triple.create(dist, iri(DCT + "format"), iri(EU + "file-type/" + format[0])));
                g.add(Triple.create(dist, iri(DCAT + "mediaType"), iri("https://www.iana.org/assignments/media-types/" + format[1])));
                g.add(Triple.create(dist, iri(DCT + "license"), iri(EU + "licence/" + LICENCES[random.nextInt(LICENCES.length)])));
            }
        }
        return g;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Counts what it is given and keeps nothing: neither side pays for storing the output. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
