package nl.datawijzer.bench;

import java.util.Arrays;
import java.util.Locale;
import nl.datawijzer.lineage.LineageView;
import nl.datawijzer.lineage.picture.GeneratedLineage;
import nl.datawijzer.lineage.picture.Groups;
import nl.datawijzer.lineage.picture.PictureTiming;

/**
 * The lineage picture of a generated {@value #NODES}-node graph (the target: layout and rendering within 1 s),
 * every system open so all nodes are laid out and drawn, against ELK alone laying out the same ELK graph. The two run
 * interleaved after warm-up; figures are medians and maxima over {@value #ROUNDS} rounds. Independent of the scale:
 * the picture only ever holds what a depth-limited view around one dataset holds. The default view (systems closed
 * beyond the threshold) is reported as well.
 */
final class LineagePictureMeasurements implements Measurement {

    static final int NODES = 300;
    static final int SYSTEMS = 12;
    private static final int WARMUP = 5;
    private static final int ROUNDS = 15;

    @Override
    public String name() {
        return "lineage-picture";
    }

    @Override
    public void run(BenchContext ctx) {
        LineageView view = GeneratedLineage.of(NODES, SYSTEMS, ctx.seed());
        Groups open = PictureTiming.allOpen(view);
        long[] sink = new long[1];
        for (int i = 0; i < WARMUP; i++) {
            PictureTiming.draw(view, open, sink);
            PictureTiming.rawElk(view, open, sink);
            PictureTiming.draw(view, Groups.byDefault(), sink);
        }
        double[] ours = new double[ROUNDS];
        double[] raw = new double[ROUNDS];
        double[] collapsed = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            ours[i] = PictureTiming.draw(view, open, sink) / 1e6;
            raw[i] = PictureTiming.rawElk(view, open, sink) / 1e6;
            collapsed[i] = PictureTiming.draw(view, Groups.byDefault(), sink) / 1e6;
        }
        Arrays.sort(ours);
        Arrays.sort(raw);
        Arrays.sort(collapsed);
        int[] full = PictureTiming.size(view, open);
        int[] small = PictureTiming.size(view, Groups.byDefault());
        double ourMedian = ours[ROUNDS / 2];
        double rawMedian = raw[ROUNDS / 2];
        String notes = String.format(Locale.ROOT, "%d nodes in %d systems, all open: %d boxes, %d flows; plan + ELK "
                + "layered layout + SVG; ratio to ELK alone %.2fx (target <= 1000 ms); SVG checksum %d",
                NODES, SYSTEMS, full[0], full[1], ourMedian / rawMedian, sink[0] % 1000);
        ctx.report(Metric.versus("lineage.picture.300.median", ourMedian, "ms", rawMedian,
                "ELK layered layout alone, same graph", ctx.scale(), notes));
        ctx.report(Metric.versus("lineage.picture.300.max", ours[ROUNDS - 1], "ms", raw[ROUNDS - 1],
                "ELK layered layout alone, same graph", ctx.scale(), "slowest of " + ROUNDS + " rounds"));
        ctx.report(Metric.info("lineage.picture.300.collapsed.median", collapsed[ROUNDS / 2], "ms", ctx.scale(),
                String.format(Locale.ROOT, "the default view: systems closed beyond %d nodes, %d boxes, %d flows",
                        nl.datawijzer.lineage.picture.LineagePicture.COLLAPSE_ABOVE, small[0], small[1])));
        System.out.printf(Locale.ROOT, "  lineage picture of %d nodes: %.1f ms (ELK alone %.1f ms, %.2fx), default view "
                + "%.1f ms%n", NODES, ourMedian, rawMedian, ourMedian / rawMedian, collapsed[ROUNDS / 2]);
    }
}
