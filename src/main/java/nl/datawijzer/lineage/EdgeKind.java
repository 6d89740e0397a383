package nl.datawijzer.lineage;

/** How data flows along an edge; every edge points downstream, from the source to what is made of it. */
public enum EdgeKind {
    /** A dataset or field derived from another ({@code prov:wasDerivedFrom}, read backwards). */
    DERIVED,
    /** A dataset a job reads ({@code prov:used}): dataset to job. */
    USED,
    /** A dataset a job writes ({@code prov:wasGeneratedBy}, read backwards): job to dataset. */
    GENERATED,
    /** A dataset or field a KPI is computed from: source to KPI. */
    MEASURED,
    /** The dashboard a KPI is shown in ({@code dw:shownIn}): KPI to dashboard dataset. */
    SHOWN_IN,
    /** A dataset or KPI an analyst linked to an information need: source to need. */
    ANSWERS,
    /** A field belongs to its dataset: dataset to field, so field-level pictures stay attached to their dataset. */
    CONTAINS
}
