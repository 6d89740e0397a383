package nl.datawijzer.opendata;

import java.util.Arrays;
import java.util.List;

/** Runs every {@link GateRule} on a candidate. Stateless and thread-safe. */
public final class PublicationGate {

    /** Every rule, in the order they are shown. */
    public List<GateRule> rules() {
        return List.of(GateRule.values());
    }

    public GateReport check(PublicationCandidate candidate) {
        return new GateReport(candidate.slug(),
                Arrays.stream(GateRule.values()).map(rule -> rule.check(candidate)).toList());
    }
}
