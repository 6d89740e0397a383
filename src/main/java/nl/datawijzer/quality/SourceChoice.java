package nl.datawijzer.quality;

/** A profile source: one of the dataset's hosted files, or a table reached through a configured connection. */
public sealed interface SourceChoice {

    /** A hosted CSV or XLSX distribution of the dataset itself. */
    record HostedFile(String distributionIri) implements SourceChoice {
    }

    /** A table ({@code schema.table} or {@code table}) on a connection named in the configuration. */
    record DatabaseTable(String connection, String table) implements SourceChoice {
    }
}
