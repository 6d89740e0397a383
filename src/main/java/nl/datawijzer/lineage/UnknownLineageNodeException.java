package nl.datawijzer.lineage;

/** Asked for lineage of a record that is not in the lineage graph (unknown, deleted, or not a lineage node). */
public class UnknownLineageNodeException extends RuntimeException {

    private final String node;

    public UnknownLineageNodeException(String node) {
        super("'" + node + "' staat niet in de herkomstgegevens: geen dataset, veld, verwerkingstaak, KPI of "
                + "informatiebehoefte uit de catalogus.");
        this.node = node;
    }

    public String node() {
        return node;
    }
}
