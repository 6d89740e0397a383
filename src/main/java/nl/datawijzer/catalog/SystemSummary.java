package nl.datawijzer.catalog;

/** A row in the systems list. */
public record SystemSummary(SystemId id, String title, Label kind, Label owner, int datasetCount, boolean external) {
}
