package nl.datawijzer.privacy.detect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The suggestions for one field, strongest first.
 *
 * @param column the sample-file column whose values were checked, or null when the file had none for it
 */
public record FieldDetection(FieldDescription field, @Nullable String column, List<Suggestion> suggestions) {

    public FieldDetection {
        suggestions = List.copyOf(suggestions);
    }
}
