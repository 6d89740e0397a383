package nl.datawijzer.lineage.picture.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.datawijzer.lineage.Direction;
import nl.datawijzer.lineage.picture.Groups;
import org.jspecify.annotations.Nullable;

/**
 * What the explorer shows, all of it in the address so a view can be bookmarked and shared:
 * {@code lineage?focus=dataset/wmo-meldingen&depth=3&direction=upstream&level=field&open=a,b&closed=c}. Anything
 * unreadable falls back to the default instead of failing (an old bookmark still opens); a focus that is not a
 * dataset's id is kept as given, so the view can say what is wrong with it.
 */
record ExplorerState(@Nullable String focus, int depth, Direction direction, boolean fields, Groups groups) {

    static final int MIN_DEPTH = 1;
    static final int MAX_DEPTH = 6;
    static final int DEFAULT_DEPTH = 2;
    private static final Pattern DATASET = Pattern.compile("dataset/[a-z0-9][a-z0-9-]{0,199}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

    static ExplorerState start() {
        return new ExplorerState(null, DEFAULT_DEPTH, Direction.BOTH, false, Groups.byDefault());
    }

    boolean focusIsDataset() {
        return focus != null && DATASET.matcher(focus).matches();
    }

    static ExplorerState from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String focus = first(values, "focus");
        int depth = DEFAULT_DEPTH;
        String depthText = first(values, "depth");
        if (depthText != null && depthText.matches("[0-9]{1,2}")) {
            depth = Math.clamp(Integer.parseInt(depthText), MIN_DEPTH, MAX_DEPTH);
        }
        Direction direction = Direction.BOTH;
        String directionText = first(values, "direction");
        for (Direction d : Direction.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(directionText)) {
                direction = d;
            }
        }
        boolean fields = "field".equals(first(values, "level"));
        return new ExplorerState(focus == null || focus.isBlank() ? null : focus.strip(), depth, direction, fields,
                new Groups(slugs(values, "open"), slugs(values, "closed")));
    }

    QueryParameters toParameters() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (focus != null) {
            map.put("focus", List.of(focus));
        }
        map.put("depth", List.of(String.valueOf(depth)));
        map.put("direction", List.of(direction.name().toLowerCase(Locale.ROOT)));
        map.put("level", List.of(fields ? "field" : "dataset"));
        if (!groups.expanded().isEmpty()) {
            map.put("open", List.of(String.join(",", groups.expanded().stream().sorted().toList())));
        }
        if (!groups.collapsed().isEmpty()) {
            map.put("closed", List.of(String.join(",", groups.collapsed().stream().sorted().toList())));
        }
        return new QueryParameters(map);
    }

    /** The address of this state, relative to the application's base. */
    String href() {
        StringBuilder sb = new StringBuilder(LineageExplorerView.ROUTE);
        char separator = '?';
        // in a fixed order (QueryParameters does not keep one), so the same view always has the same address
        for (Map.Entry<String, List<String>> entry : toParameters().getParameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(ORDER::indexOf))).toList()) {
            sb.append(separator).append(entry.getKey()).append('=').append(encode(entry.getValue().get(0)));
            separator = '&';
        }
        return sb.toString();
    }

    private static final List<String> ORDER = List.of("focus", "depth", "direction", "level", "open", "closed");

    /** Slashes and commas are allowed in a query and keep the address readable. */
    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("%2F", "/")
                .replace("%2C", ",");
    }

    ExplorerState withFocus(@Nullable String newFocus) {
        // another dataset has other systems around it: start from the default grouping
        return new ExplorerState(newFocus, depth, direction, fields, Groups.byDefault());
    }

    ExplorerState withDepth(int newDepth) {
        return new ExplorerState(focus, Math.clamp(newDepth, MIN_DEPTH, MAX_DEPTH), direction, fields, groups);
    }

    ExplorerState withDirection(Direction newDirection) {
        return new ExplorerState(focus, depth, newDirection, fields, groups);
    }

    ExplorerState withFields(boolean newFields) {
        return new ExplorerState(focus, depth, direction, newFields, groups);
    }

    ExplorerState withGroups(Groups newGroups) {
        return new ExplorerState(focus, depth, direction, fields, newGroups);
    }

    private static @Nullable String first(Map<String, List<String>> values, String key) {
        List<String> list = values.getOrDefault(key, List.of());
        return list.isEmpty() ? null : list.get(0);
    }

    private static Set<String> slugs(Map<String, List<String>> values, String key) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : values.getOrDefault(key, List.of())) {
            for (String part : value.split(",")) {
                if (SLUG.matcher(part.strip()).matches()) {
                    slugs.add(part.strip());
                }
            }
        }
        return slugs;
    }

    static List<Integer> depths() {
        List<Integer> list = new ArrayList<>();
        for (int i = MIN_DEPTH; i <= MAX_DEPTH; i++) {
            list.add(i);
        }
        return list;
    }
}
