package nl.datawijzer.lineage.openlineage;

/**
 * What one event came to.
 *
 * @param repeat true when this runId and eventType were processed before: nothing changed
 * @param discoveredDatasets datasets this event added to the catalogue as discovered
 */
public record IntakeResult(String job, String run, boolean repeat, int discoveredDatasets, int newFields,
        int measurements) {
}
