package nl.datawijzer.quality.profiling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A file's header matched to the declared fields: which column feeds which field's counts. */
final class DeclaredColumns {

    private final ProfileSpec spec;
    private final ColumnStats[] byColumn;
    private final Map<FieldSpec, ColumnStats> byField = new HashMap<>();
    private final List<String> undeclared = new ArrayList<>();

    /**
     * Names match case-insensitively and trimmed; when two columns carry the same name the first one counts and the
     * second is reported as undeclared, so a doubled column is visible rather than silently merged.
     */
    DeclaredColumns(List<String> header, ProfileSpec spec) {
        this.spec = spec;
        this.byColumn = new ColumnStats[header.size()];
        Map<String, FieldSpec> fields = new HashMap<>();
        for (FieldSpec field : spec.fields()) {
            fields.putIfAbsent(field.technicalName().strip().toLowerCase(Locale.ROOT), field);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            FieldSpec field = fields.get(name.toLowerCase(Locale.ROOT));
            if (field != null && !byField.containsKey(field)) {
                ColumnStats stats = new ColumnStats(field);
                byField.put(field, stats);
                byColumn[i] = stats;
            } else if (!name.isEmpty()) {
                undeclared.add(name);
            }
        }
    }

    int size() {
        return byColumn.length;
    }

    /** The counts a column feeds, or null when no field declares it. */
    ColumnStats column(int index) {
        return index < byColumn.length ? byColumn[index] : null;
    }

    DatasetProfile profile(long rows, long bytesRead) {
        List<FieldProfile> profiles = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            ColumnStats stats = byField.get(field);
            profiles.add(stats == null ? ColumnStats.absent(field, rows, !field.allowedValues().isEmpty())
                    : stats.profile(rows));
        }
        return new DatasetProfile(rows, bytesRead, profiles, undeclared);
    }
}
