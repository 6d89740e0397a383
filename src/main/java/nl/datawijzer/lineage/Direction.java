package nl.datawijzer.lineage;

/** Which way to follow the lineage from a node. */
public enum Direction {
    /** Where it comes from. */
    UPSTREAM,
    /** What depends on it. */
    DOWNSTREAM,
    BOTH
}
