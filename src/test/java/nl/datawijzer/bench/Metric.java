package nl.datawijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One benchmark figure. {@code baseline} is the same figure for a reference implementation (raw Jena TDB2, raw
 * Lucene, ...) named by {@code baselineName}; both are null for figures without a reference.
 */
public record Metric(String name, double value, String unit, Double baseline, String baselineName, String scale,
        String notes) {

    public static Metric info(String name, double value, String unit, Scale scale, String notes) {
        return new Metric(name, value, unit, null, null, scale.name(), notes);
    }

    public static Metric versus(String name, double value, String unit, Double baseline, String baselineName,
            Scale scale, String notes) {
        return new Metric(name, value, unit, baseline, baseline == null ? null : baselineName, scale.name(), notes);
    }

    /** The metrics as a pretty-printed JSON array (no library needed; numbers rounded to 6 significant digits). */
    public static String toJson(List<Metric> metrics) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            sb.append("  {\"name\": ").append(string(m.name()))
                    .append(", \"value\": ").append(number(m.value()))
                    .append(", \"unit\": ").append(string(m.unit()))
                    .append(", \"baseline\": ").append(m.baseline() == null ? "null" : number(m.baseline()))
                    .append(", \"baselineName\": ").append(string(m.baselineName()))
                    .append(", \"scale\": ").append(string(m.scale()))
                    .append(", \"notes\": ").append(string(m.notes()))
                    .append(i < metrics.size() - 1 ? "},\n" : "}\n");
        }
        return sb.append("]\n").toString();
    }

    public static void writeJson(List<Metric> metrics, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, toJson(metrics), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
