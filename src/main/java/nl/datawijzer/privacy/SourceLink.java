package nl.datawijzer.privacy;

import java.util.List;
import nl.datawijzer.catalog.Label;
import org.jspecify.annotations.Nullable;

/**
 * One direct lineage link of a field: the source field, the personal data that would pass over the link (the
 * source's own categories and those it inherits itself), and the approval that stops it, if any.
 */
public record SourceLink(FieldRef source, List<Label> carries, @Nullable DerivationApproval approval) {

    public SourceLink {
        carries = List.copyOf(carries);
    }

    public boolean approved() {
        return approval != null;
    }
}
