package nl.datawijzer.opendata.export;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dataset as the export carries it: the pivot of the DCAT-AP-NL mapping, read from the open-data view and from
 * an exported graph alike, so a round trip compares two of these. IRIs as text, lists sorted, Dutch texts only.
 */
public record ExportedDataset(String iri, String identifier, String title, String description, List<String> themes,
        @Nullable String accessRights, @Nullable String accrualPeriodicity, List<String> keywords,
        @Nullable String publisherIri, @Nullable String publisherName, @Nullable String contactName,
        @Nullable String contactEmail, @Nullable String modified, List<ExportedDistribution> distributions) {

    public ExportedDataset {
        themes = List.copyOf(themes);
        keywords = List.copyOf(keywords);
        distributions = List.copyOf(distributions);
    }
}
