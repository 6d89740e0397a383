package nl.datawijzer.catalog;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the portal shows about one dataset, apart from its fields (paged separately). */
public record DatasetDetail(
        DatasetId id,
        String title,
        String description,
        Label system,
        Label owner,
        Label steward,
        List<Label> themes,
        Label frequency,
        Label accessRights,
        List<Label> legalBases,
        @Nullable String legalGround,
        List<String> keywords,
        boolean openDataCandidate,
        @Nullable Instant modified,
        Lineage lineage) {

    /** Lineage neighbours: sources this dataset derives from, datasets built on it, its jobs and KPIs. */
    public record Lineage(List<Label> derivedFrom, List<Label> feeds, List<Label> generatedBy, List<Label> kpis) {
    }
}
