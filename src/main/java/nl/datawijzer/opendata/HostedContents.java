package nl.datawijzer.opendata;

import java.util.Optional;

/**
 * The files the municipality hosts for its distributions, as the publication gate reads them. Implemented by the
 * hosting feature; the gate only reads.
 */
public interface HostedContents {

    /** Whether a distribution hosts a file here, and whether that file is really there. */
    enum Presence {
        /** The distribution points elsewhere (dcat:accessURL outside this portal). */
        NOT_HOSTED,
        /** The file is stored and its checksum matches the record. */
        STORED,
        /** The record says hosted, but the file is gone or its checksum differs. */
        MISSING
    }

    Presence presence(String distributionIri);

    /**
     * The hosted file as CSV (a CSV as it is; XLSX: its first sheet; JSON: an array of flat objects, one row each,
     * the keys as header), for the value and small-cell scans. Empty when the distribution hosts no stored file.
     */
    Optional<byte[]> asCsv(String distributionIri);
}
