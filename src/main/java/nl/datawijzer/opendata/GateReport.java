package nl.datawijzer.opendata;

import java.util.List;

/** The outcome of every gate rule on one dataset, in the order of {@link GateRule#values()}. */
public record GateReport(String datasetSlug, List<GateResult> results) {

    public GateReport {
        results = List.copyOf(results);
    }

    /** True when no rule blocks publication (warnings do not). */
    public boolean passed() {
        return results.stream().noneMatch(GateResult::blocks);
    }

    public List<GateResult> failures() {
        return results.stream().filter(GateResult::blocks).toList();
    }

    public GateResult result(GateRule rule) {
        return results.stream().filter(result -> result.rule() == rule).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No result for " + rule.id()));
    }
}
