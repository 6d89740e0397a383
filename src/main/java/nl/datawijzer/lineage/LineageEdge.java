package nl.datawijzer.lineage;

/**
 * A flow of data from {@code from} (upstream) to {@code to} (downstream), by node id.
 *
 * @param personalData personal data flows along it: its source is a node with personal data
 */
public record LineageEdge(String from, String to, EdgeKind kind, boolean personalData) {
}
