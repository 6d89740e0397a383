package nl.datawijzer.opendata.dcatimport;

import java.util.List;

/**
 * What an import does or would do, per dataset of the document: added, updated (with the properties that change),
 * unchanged, or refused (with the reasons, in Dutch). An import writes only when no dataset is refused, and then every
 * dataset at once; {@code applied} says whether it did.
 */
public record DcatImportReport(String origin, String system, List<DatasetOutcome> datasets, boolean applied) {

    public DcatImportReport {
        datasets = List.copyOf(datasets);
    }

    public enum Outcome { ADDED, UPDATED, UNCHANGED, REFUSED }

    /**
     * @param identifier the dataset's dct:identifier as the document gives it (or its IRI when it has none)
     * @param changed    the Dutch names of the properties that an update changes (empty otherwise)
     * @param reasons    why the dataset is refused (empty otherwise)
     */
    public record DatasetOutcome(String identifier, String title, Outcome outcome, List<String> changed,
            List<String> reasons) {
        public DatasetOutcome {
            changed = List.copyOf(changed);
            reasons = List.copyOf(reasons);
        }
    }

    public boolean hasRefusals() {
        return datasets.stream().anyMatch(d -> d.outcome() == Outcome.REFUSED);
    }

    public long count(Outcome outcome) {
        return datasets.stream().filter(d -> d.outcome() == outcome).count();
    }
}
