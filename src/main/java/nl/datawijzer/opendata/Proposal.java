package nl.datawijzer.opendata;

import java.time.Instant;

/** A dataset proposed as open data, waiting for the FG, with what the gate says about it now. */
public record Proposal(String datasetSlug, String title, Instant proposedAt, String proposedBy, String note,
        GateReport report) {
}
