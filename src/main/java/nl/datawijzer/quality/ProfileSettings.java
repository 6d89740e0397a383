package nl.datawijzer.quality;

import java.util.List;
import java.util.Optional;

/**
 * Where a dataset is profiled from and the quality rules of its fields, as a steward sets them. {@code rules} is the
 * whole set: a field without a rule here has none after saving.
 */
public record ProfileSettings(Optional<SourceChoice> source, List<FieldRule> rules) {
    public ProfileSettings {
        rules = List.copyOf(rules);
    }
}
