package nl.datawijzer.lineage;

import nl.datawijzer.catalog.RecordNotFoundException;

/**
 * Asked for lineage of something that is not a node of the lineage graph: unknown, deleted, or not a dataset, field,
 * job, KPI or information need. A 404, like any record that does not exist.
 */
public class UnknownLineageNodeException extends RecordNotFoundException {

    private final String node;

    public UnknownLineageNodeException(String node) {
        super("Herkomstknooppunt (dataset, veld, verwerkingstaak, KPI of informatiebehoefte)", node);
        this.node = node;
    }

    public String node() {
        return node;
    }
}
