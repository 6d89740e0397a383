package nl.datawijzer.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;

/**
 * What one field inherits along its lineage: one entry per upstream field with personal data that a path without an
 * approved anonymisation or aggregation step still connects it to. Computed when read, so an inheritance lasts
 * exactly as long as some such path exists.
 */
public record FieldInheritance(FieldId field, List<InheritedClassification> sources) {

    public FieldInheritance {
        sources = List.copyOf(sources);
    }

    public boolean inherits() {
        return !sources.isEmpty();
    }

    /** Every inherited category once, in the order first met (nearest source first). */
    public List<Label> categories() {
        Map<String, Label> merged = new LinkedHashMap<>();
        sources.forEach(s -> s.categories().forEach(c -> merged.putIfAbsent(c.iri(), c)));
        return List.copyOf(merged.values());
    }

    /** The source fields that pass on one category. */
    public List<InheritedClassification> sourcesOf(String categoryIri) {
        return sources.stream().filter(s -> s.categories().stream().anyMatch(c -> c.iri().equals(categoryIri))).toList();
    }

    /** The strictest confidentiality among the sources (0 when nothing is inherited). */
    public int highestRank() {
        return sources.stream().mapToInt(InheritedClassification::confidentialityRank).max().orElse(0);
    }
}
