package nl.datawijzer.lineage;

import org.jspecify.annotations.Nullable;

/**
 * One node of the lineage graph.
 *
 * @param id the record's path under the IRI base, unique: {@code dataset/wmo-meldingen},
 *     {@code dataset/wmo-meldingen/field/bsn}, {@code job/etl-isamenleving-ggm}, {@code kpi/caseload-jeugdconsulent},
 *     {@code need/n5eed00000001}
 * @param label the Dutch title (a field: its title, the dataset's title is in {@code group}'s node)
 * @param system slug of the system that holds a dataset or field (or runs a job): the group the picture collapses
 * @param systemLabel that system's Dutch name
 * @param personalData a field that contains personal data, a dataset with at least one such field, or a job that reads
 *     such a dataset
 * @param path the portal address of its page, without leading slash (null when it has no page)
 */
public record LineageNode(String id, NodeKind kind, String label, @Nullable String system, @Nullable String systemLabel,
        boolean personalData, @Nullable String path) {
}
