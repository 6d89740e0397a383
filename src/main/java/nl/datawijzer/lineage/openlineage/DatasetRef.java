package nl.datawijzer.lineage.openlineage;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An input or output dataset of an event with the facets the catalogue maps: {@code schema} (fields),
 * {@code columnLineage} (per output field, the input fields it comes from) and {@code dataQualityMetrics}.
 */
public record DatasetRef(String namespace, String name, List<SchemaField> schema,
        Map<String, List<InputField>> columnLineage, @Nullable QualityMetrics quality) {

    public DatasetRef {
        schema = List.copyOf(schema);
        columnLineage = Map.copyOf(columnLineage);
    }

    public static DatasetRef named(String namespace, String name) {
        return new DatasetRef(namespace, name, List.of(), Map.of(), null);
    }

    public String openLineageName() {
        return namespace + "/" + name;
    }

    public record SchemaField(String name, @Nullable String type) {
    }

    /** A field of another dataset that an output field is derived from. */
    public record InputField(String namespace, String name, String field) {
        public String openLineageName() {
            return namespace + "/" + name;
        }
    }

    /** The {@code dataQualityMetrics} input facet: counts only; other metrics are ignored. */
    public record QualityMetrics(@Nullable Long rowCount, Map<String, ColumnMetrics> columns) {
        public QualityMetrics {
            columns = Map.copyOf(columns);
        }
    }

    public record ColumnMetrics(@Nullable Long nullCount, @Nullable Long distinctCount) {
    }
}
