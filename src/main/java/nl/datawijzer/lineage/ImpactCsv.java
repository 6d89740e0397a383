package nl.datawijzer.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.spreadsheet.DutchCsv;

/**
 * Impact analysis as CSV the way Dutch Excel opens it: UTF-8 with BOM, ';' between cells, CRLF, and cells that
 * Excel would run as a formula defused. One row per node reached, downstream first, each side nearest first.
 */
final class ImpactCsv {

    private ImpactCsv() {
    }

    static byte[] of(Impact impact) {
        DutchCsv csv = new DutchCsv()
                .row(List.of("Richting", "Afstand", "Soort", "Naam", "Id", "Systeem", "Persoonsgegevens", "Norm", "Pad"));
        rows(csv, impact.downstream(), "stroomafwaarts");
        rows(csv, impact.upstream(), "stroomopwaarts");
        return csv.bytes();
    }

    private static void rows(DutchCsv csv, Closure closure, String direction) {
        Map<String, String> labels = new HashMap<>();
        labels.put(closure.focus().id(), closure.focus().label());
        closure.entries().forEach(e -> labels.put(e.node().id(), e.node().label()));
        for (ImpactEntry entry : closure.entries()) {
            LineageNode node = entry.node();
            csv.row(List.of(direction, Integer.toString(entry.distance()), kind(entry), node.label(), node.id(),
                    node.systemLabel() == null ? "" : node.systemLabel(), node.personalData() ? "ja" : "nee",
                    entry.norm() == null ? "" : entry.norm(),
                    closure.path(node.id()).stream().map(id -> labels.getOrDefault(id, id))
                            .collect(Collectors.joining(" → "))));
        }
    }

    static String kind(ImpactEntry entry) {
        return entry.dashboard() ? "Dashboard" : entry.node().kind().labelNl();
    }

}
