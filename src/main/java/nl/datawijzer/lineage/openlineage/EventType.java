package nl.datawijzer.lineage.openlineage;

/** The run state transitions of OpenLineage 2-0-2; a final one (COMPLETE, ABORT, FAIL) ends the run. */
public enum EventType {
    START, RUNNING, COMPLETE, ABORT, FAIL, OTHER;

    public boolean isFinal() {
        return this == COMPLETE || this == ABORT || this == FAIL;
    }
}
