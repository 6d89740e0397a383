package nl.datawijzer.quality;

/** Why a profiling run started. */
public enum RunTrigger {
    /** The daily schedule. */
    SCHEDULE,
    /** Someone pressed "Nu profileren". */
    MANUAL
}
