package nl.datawijzer.lineage.picture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.datawijzer.lineage.LineageView;

/**
 * Draws a {@link LineageView} as SVG: ELK lays it out (upstream left, downstream right), systems are groups that the
 * reader opens and closes through links, personal-data flows are red, dashed and thicker, the focus has a thick
 * border, every box links to its page. Text from the catalog is escaped; the picture has a title and a description
 * for screen readers, and every box and flow a stable {@code data-node}/{@code data-edge} attribute.
 */
public final class LineagePicture {

    /** Beyond this many nodes systems start closed (except a small focus system). */
    public static final int COLLAPSE_ABOVE = 60;

    /** Translations: a key and its parameters, as a Vaadin component's {@code getTranslation}. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... params);
    }

    /**
     * A drawn picture. {@code boxes} and {@code flows} count what the SVG holds; {@code systems} lists every system
     * in the view, {@code openSystems} the ones drawn open.
     */
    public record Drawing(String svg, int boxes, int flows, List<String> systems, Set<String> openSystems) {

        public Drawing {
            systems = List.copyOf(systems);
            openSystems = Set.copyOf(openSystems);
        }
    }

    private LineagePicture() {
    }

    /**
     * @param groupsHref the address of this same picture with other systems open or closed (the expand and collapse
     *     controls link to it)
     */
    public static Drawing draw(LineageView view, Groups groups, Locale locale, Texts texts,
            Function<Groups, String> groupsHref) {
        Plan plan = Plan.of(view, groups);
        Layout.Result layout = Layout.of(plan);
        String svg = new SvgWriter(plan, layout, groups, locale, texts, groupsHref).write();
        Set<String> open = new LinkedHashSet<>();
        plan.groups().forEach(g -> open.add(g.system()));
        return new Drawing(svg, plan.boxes().size(), plan.flows().size(), new ArrayList<>(plan.systems()), open);
    }
}
