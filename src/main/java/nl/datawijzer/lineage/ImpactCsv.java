package nl.datawijzer.lineage;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Impact analysis as CSV the way Dutch Excel opens it: UTF-8 with BOM, ';' between cells, CRLF, and cells that
 * Excel would run as a formula defused. One row per node reached, downstream first, each side nearest first.
 */
final class ImpactCsv {

    private ImpactCsv() {
    }

    static byte[] of(Impact impact) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of("Richting", "Afstand", "Soort", "Naam", "Id", "Systeem", "Persoonsgegevens", "Norm", "Pad"));
        rows(csv, impact.downstream(), "stroomafwaarts");
        rows(csv, impact.upstream(), "stroomopwaarts");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void rows(StringBuilder csv, Closure closure, String direction) {
        Map<String, String> labels = new HashMap<>();
        labels.put(closure.focus().id(), closure.focus().label());
        closure.entries().forEach(e -> labels.put(e.node().id(), e.node().label()));
        for (ImpactEntry entry : closure.entries()) {
            LineageNode node = entry.node();
            line(csv, List.of(direction, Integer.toString(entry.distance()), kind(entry), node.label(), node.id(),
                    node.systemLabel() == null ? "" : node.systemLabel(), node.personalData() ? "ja" : "nee",
                    entry.norm() == null ? "" : entry.norm(),
                    closure.path(node.id()).stream().map(id -> labels.getOrDefault(id, id))
                            .collect(Collectors.joining(" → "))));
        }
    }

    static String kind(ImpactEntry entry) {
        return entry.dashboard() ? "Dashboard" : entry.node().kind().labelNl();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            String cell = cells.get(i);
            // A leading =, +, - or @ would make Excel run the cell as a formula.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            csv.append(cell);
        }
        csv.append("\r\n");
    }
}
