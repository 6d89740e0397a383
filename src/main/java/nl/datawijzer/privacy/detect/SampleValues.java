package nl.datawijzer.privacy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which sample values count: exports write "NULL" or "n.v.t." where nothing was filled in. */
final class SampleValues {

    /** Values beyond this per column are counted but not checked: a hundred already make the share telling. */
    static final int MAX_CHECKED = 100;

    private static final Set<String> EMPTY_MARKERS = Set.of("null", "nil", "none", "nvt", "n.v.t.", "n/a", "-",
            "onbekend", "unknown");

    private SampleValues() {
    }

    static boolean isEmpty(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() || EMPTY_MARKERS.contains(stripped.toLowerCase(Locale.ROOT));
    }

    /** The first {@value #MAX_CHECKED} non-empty values, stripped. */
    static List<String> usable(List<String> values) {
        List<String> usable = new ArrayList<>(Math.min(values.size(), MAX_CHECKED));
        for (String value : values) {
            if (usable.size() == MAX_CHECKED) {
                break;
            }
            if (!isEmpty(value)) {
                usable.add(value.strip());
            }
        }
        return usable;
    }
}
