package nl.datawijzer.needs;

/** A catalogue record a need can link to (a dataset or a KPI): its slug and Dutch title. */
public record LinkedRecord(String slug, String title) {
}
