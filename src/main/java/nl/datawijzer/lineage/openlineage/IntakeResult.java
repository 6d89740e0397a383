package nl.datawijzer.lineage.openlineage;

/**
 * What one event came to.
 *
 * @param repeat true when this runId and eventType were processed before: nothing changed
 * @param discoveredDatasets datasets this event added to the catalogue as discovered
 * @param createdDatasets slugs of those datasets
 * @param updatedDatasets slugs of existing datasets that got fields or field lineage
 */
public record IntakeResult(String job, String run, boolean repeat, int discoveredDatasets, int newFields,
        int measurements, java.util.List<String> createdDatasets, java.util.List<String> updatedDatasets) {

    public IntakeResult {
        createdDatasets = java.util.List.copyOf(createdDatasets);
        updatedDatasets = java.util.List.copyOf(updatedDatasets);
    }
}
