package nl.datawijzer.lineage.picture;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageView;
import org.eclipse.elk.graph.ElkNode;

/**
 * Times the picture for the benchmark: the whole of it (plan, ELK layout, reading the layout back, SVG) against ELK
 * alone laying out the very same ELK graph. Public so the harness in {@code nl.datawijzer.bench} can call it.
 */
public final class PictureTiming {

    private static final LineagePicture.Texts TEXTS = (key, params) -> key;

    private PictureTiming() {
    }

    /** Every system open: all nodes drawn, the worst case for a picture of this size. */
    public static Groups allOpen(LineageView view) {
        Set<String> systems = new LinkedHashSet<>();
        for (LineageNode node : view.nodes()) {
            if (node.system() != null) {
                systems.add(node.system());
            }
        }
        return new Groups(systems, Set.of());
    }

    /** Draws the picture; returns nanoseconds and leaves the SVG's length in {@code sink[0]} so nothing is elided. */
    public static long draw(LineageView view, Groups groups, long[] sink) {
        long start = System.nanoTime();
        LineagePicture.Drawing drawing = LineagePicture.draw(view, groups, Locale.ROOT, TEXTS, g -> "lineage");
        long took = System.nanoTime() - start;
        sink[0] += drawing.svg().length();
        return took;
    }

    /** Builds the ELK graph of the same plan (untimed) and times ELK's layout of it alone. */
    public static long rawElk(LineageView view, Groups groups, long[] sink) {
        Plan plan = Plan.of(view, groups);
        ElkNode root = Layout.graph(plan, new HashMap<>(), new HashMap<>(), new HashMap<>());
        long start = System.nanoTime();
        Layout.run(root);
        long took = System.nanoTime() - start;
        sink[0] += (long) root.getWidth();
        return took;
    }

    /** How many boxes and flows the picture of {@code view} has with these groups. */
    public static int[] size(LineageView view, Groups groups) {
        Plan plan = Plan.of(view, groups);
        return new int[] {plan.boxes().size(), plan.flows().size()};
    }
}
