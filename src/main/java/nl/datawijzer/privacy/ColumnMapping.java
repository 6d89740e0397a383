package nl.datawijzer.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which register property each column of a file fills: one entry per file column, {@code null} for "do not import".
 * A property that no column fills keeps its current value on an existing activity.
 */
public record ColumnMapping(List<@Nullable RegisterColumn> targets) {

    public ColumnMapping {
        targets = Collections.unmodifiableList(new ArrayList<>(targets));
    }

    /**
     * The mapping a file's header suggests: each column whose header names a property (Dutch, English or another
     * known name) fills it; the first column wins when two name the same property; other columns are not imported.
     */
    public static ColumnMapping byHeaders(List<String> headers) {
        List<@Nullable RegisterColumn> targets = new ArrayList<>();
        Set<RegisterColumn> taken = new HashSet<>();
        for (String header : headers) {
            RegisterColumn found = null;
            for (RegisterColumn column : RegisterColumn.values()) {
                if (column.importable() && !taken.contains(column) && column.matches(header)) {
                    found = column;
                    break;
                }
            }
            if (found != null) {
                taken.add(found);
            }
            targets.add(found);
        }
        return new ColumnMapping(targets);
    }

    public @Nullable RegisterColumn target(int column) {
        return column < targets.size() ? targets.get(column) : null;
    }

    /** The file column that fills {@code property}, or -1. */
    public int columnOf(RegisterColumn property) {
        return targets.indexOf(property);
    }

    /** The same mapping with file column {@code column} filling {@code property} (or nothing, for null). */
    public ColumnMapping with(int column, @Nullable RegisterColumn property) {
        List<@Nullable RegisterColumn> changed = new ArrayList<>(targets);
        while (changed.size() <= column) {
            changed.add(null);
        }
        changed.set(column, property);
        return new ColumnMapping(changed);
    }
}
