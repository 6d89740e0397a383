package nl.datawijzer.quality;

/** Where a profiling run stands. A failed run keeps the previous scores. */
public enum RunState {
    RUNNING, COMPLETE, FAILED
}
