package nl.datawijzer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.datawijzer.opendata.ckan.CkanActions;
import nl.datawijzer.opendata.ckan.CkanParameters;
import nl.datawijzer.opendata.ckan.CkanSearchQuery;
import nl.datawijzer.opendata.ckan.internal.CkanBenchSupport;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.PublicStores;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * CKAN {@code package_search} at 5,000 published datasets, whatever the catalog's scale: the step generates its own
 * open-data view ({@link OpenDataViewGenerator}), writes it into an in-memory public store (validated by the public
 * shapes, as the gate's writes are), builds the CKAN package index from it and measures p50/p99 over a mix of queries
 * (q words, fq on a group, a format or an organization, facet counts on all five fields, rows 10..100, two sorts)
 * against raw Lucene on the same index doing the same match, sort, page, total and facet counts. Ours is the whole
 * action: parameters checked, package dicts of the page, the envelope written as JSON bytes.
 */
final class CkanMeasurements implements Measurement {

    static final int DATASETS = 5_000;
    private static final int QUERIES = 200;
    private static final int WARMUP = 500;
    private static final int MEASURED = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ALL_FACETS = "[\"groups\",\"tags\",\"res_format\",\"organization\",\"license_id\"]";

    @Override
    public String name() {
        return "ckan-search";
    }

    /** One query of the mix, in the CKAN API's parameters and in the raw baseline's terms. */
    private record Mixed(Map<String, Object> parameters, String q, List<String[]> filters, int start, int rows,
            String sort, List<String> facets) {
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        PublicRdfStore store = PublicStores.inMemory(ctx.iris());
        long start = System.nanoTime();
        Graph view = OpenDataViewGenerator.generate(ctx.iris(), DATASETS, ctx.seed());
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(ctx.iris().recordGraphPrefix() + "opendata"), view);
            return null;
        });
        ctx.report(Metric.info("ckan.view.write", LoadMeasurements.seconds(start), "s", ctx.scale(),
                DATASETS + " generated published datasets (" + view.size() + " triples) into an in-memory public store,"
                        + " one validated write"));

        CkanBenchSupport support = new CkanBenchSupport(store, ctx.iris());
        start = System.nanoTime();
        long packages = support.rebuild();
        ctx.report(Metric.info("ckan.index.build", LoadMeasurements.seconds(start), "s", ctx.scale(),
                packages + " packages: read from the view in batches of 500, mapped to package dicts, indexed in"
                        + " memory (what every full view change costs; a change naming its datasets re-reads only those)"));
        if (packages != DATASETS) {
            throw new IllegalStateException("expected " + DATASETS + " packages, indexed " + packages);
        }

        List<Mixed> mix = mix(ctx.seed());
        CkanActions actions = support.actions();
        for (int i = 0; i < WARMUP; i++) {
            Mixed m = mix.get(i % mix.size());
            ours(actions, m);
            raw(support, m);
        }
        System.gc(); // the index build's garbage is not the searches' to pay for
        long[] oursNanos = new long[MEASURED];
        long[] rawNanos = new long[MEASURED];
        long[] actionNanos = new long[MEASURED];
        long bytes = 0;
        for (int i = 0; i < MEASURED; i++) {
            Mixed m = mix.get(i % mix.size());
            long t = System.nanoTime();
            CkanActions.Reply reply = actions.call("package_search", new CkanParameters(m.parameters()));
            long answered = System.nanoTime();
            byte[] answer = json(reply, m);
            oursNanos[i] = System.nanoTime() - t;
            actionNanos[i] = answered - t;
            t = System.nanoTime();
            long rawCount = raw(support, m);
            rawNanos[i] = System.nanoTime() - t;
            bytes += answer.length;
            if (i < mix.size()) {
                long count = JSON.readTree(answer).get("result").get("count").asLong();
                if (count != rawCount) {
                    throw new IllegalStateException("package_search and raw Lucene disagree on " + m.parameters()
                            + ": " + count + " vs " + rawCount);
                }
            }
        }
        String notes = mix.size() + " queries (q of 1-2 title words, fq groups/res_format/organization, facet.field on"
                + " all 5 fields, rows 10..100, start 0..100, score or title sort), " + MEASURED + " runs interleaved,"
                + " mean answer " + bytes / MEASURED / 1024 + " KiB of JSON";
        for (int p : new int[] {50, 99}) {
            double mine = SearchMeasurements.percentile(oursNanos, p);
            double raw = SearchMeasurements.percentile(rawNanos, p);
            ctx.report(Metric.versus("ckan.packageSearch.p" + p, mine, "ms", raw,
                    "raw Lucene on the same index: same query, filters, sort, page, exact total and facet counts;"
                            + " hit names from doc values only, no package dicts, no JSON",
                    ctx.scale(), (p == 99 ? "target at 5,000 datasets: <= 20 ms; " : "") + notes));
            ctx.report(Metric.info("ckan.packageSearch.p" + p + ".ratio", mine / raw, "x", ctx.scale(),
                    "package_search / raw Lucene"));
            ctx.report(Metric.info("ckan.packageSearch.p" + p + ".withoutJson", SearchMeasurements.percentile(actionNanos, p),
                    "ms", ctx.scale(), "the action alone (search, page of package dicts), before writing the JSON"));
        }
    }

    private static byte[] ours(CkanActions actions, Mixed m) {
        return json(actions.call("package_search", new CkanParameters(m.parameters())), m);
    }

    private static byte[] json(CkanActions.Reply reply, Mixed m) {
        if (reply.status() != 200) {
            throw new IllegalStateException("package_search refused " + m.parameters() + ": " + reply.body());
        }
        return JSON.writeValueAsBytes(reply.body());
    }

    private static long raw(CkanBenchSupport support, Mixed m) throws Exception {
        return support.raw(m.q(), m.filters(), m.start(), m.rows(), m.sort(), m.facets());
    }

    /** Words from the generated titles, the view's own groups, formats and publishers. */
    private static List<Mixed> mix(long seed) {
        Random random = new Random(seed + 7);
        List<Mixed> mix = new ArrayList<>();
        int[] rowChoices = {10, 20, 50, 100};
        while (mix.size() < QUERIES) {
            Map<String, Object> parameters = new HashMap<>();
            String q = "";
            int kind = random.nextInt(5);
            if (kind != 1) {
                String subject = OpenDataViewGenerator.SUBJECTS[random.nextInt(OpenDataViewGenerator.SUBJECTS.length)];
                q = subject.split(" ")[0].toLowerCase(Locale.ROOT);
                if (random.nextBoolean()) {
                    String aspect = OpenDataViewGenerator.ASPECTS[random.nextInt(OpenDataViewGenerator.ASPECTS.length)];
                    q += " " + aspect.substring(aspect.lastIndexOf(' ') + 1);
                }
                parameters.put("q", q);
            }
            List<String[]> filters = new ArrayList<>();
            if (kind == 1 || kind == 2 || random.nextInt(4) == 0) {
                String[] filter = switch (random.nextInt(3)) {
                    case 0 -> new String[] {"res_format", OpenDataViewGenerator.FORMATS[random.nextInt(OpenDataViewGenerator.FORMATS.length)][0]};
                    case 1 -> new String[] {"organization", OpenDataViewGenerator.PUBLISHERS[random.nextInt(OpenDataViewGenerator.PUBLISHERS.length)]};
                    default -> new String[] {"groups", OpenDataViewGenerator.THEMES[random.nextInt(OpenDataViewGenerator.THEMES.length)].toLowerCase(Locale.ROOT)};
                };
                if (kind == 1) {
                    filter = new String[] {"groups", OpenDataViewGenerator.THEMES[random.nextInt(OpenDataViewGenerator.THEMES.length)].toLowerCase(Locale.ROOT)};
                }
                filters.add(filter);
                parameters.put("fq", filter[0] + ":" + filter[1]);
            }
            List<String> facets = List.of();
            if (kind == 3 || random.nextInt(3) == 0) {
                facets = CkanSearchQuery.FACET_FIELDS;
                parameters.put("facet.field", ALL_FACETS);
            }
            int rows = rowChoices[random.nextInt(rowChoices.length)];
            parameters.put("rows", String.valueOf(rows));
            int start = random.nextInt(4) == 0 ? rows * random.nextInt(3) : 0;
            if (start > 0) {
                parameters.put("start", String.valueOf(start));
            }
            String sort = "score";
            if (random.nextInt(5) == 0) {
                sort = "title";
                parameters.put("sort", "title_string asc");
            }
            mix.add(new Mixed(Map.copyOf(parameters), q, filters, start, rows, sort, facets));
        }
        return mix;
    }
}
