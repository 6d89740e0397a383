package nl.datawijzer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart as a small, self-contained SVG drawn on the server: one row per label with its bar and its
 * value (and unit) written after the bar, so no colour or length has to be read to know the figure. Every text is
 * escaped; the picture is an {@code role="img"} with a {@code <title>}, an {@code aria-label} and a {@code <desc>}
 * that lists every label and value for screen readers. Bars are proportional to the largest value (the longest bar
 * fills the plot width); values must be zero or more. Put it on a page with {@code com.vaadin.flow.component.Svg}, and
 * show the same numbers in a table next to it.
 *
 * <pre>{@code
 * String svg = BarChart.titled("Behoeften per stap").locale(locale).bar("Bron", 3).bar("Opslaan", 1).svg();
 * }</pre>
 */
public final class BarChart extends SvgChart<BarChart> {

    /** One bar: its label and value. */
    public record Bar(String label, double value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
                throw new IllegalArgumentException("Een staaf heeft een waarde van 0 of meer, niet " + value);
            }
        }
    }

    static final int WIDTH = 640;
    static final int ROW = 28;
    static final int BAR_HEIGHT = 18;
    static final int PADDING = 8;
    static final int VALUE_SPACE = 110;
    static final int MAX_LABEL_CHARS = 40;
    private static final double CHAR_WIDTH = 7.2;

    private final List<Bar> bars = new ArrayList<>();

    private BarChart(String title) {
        super(title);
    }

    @Override
    BarChart self() {
        return this;
    }

    public static BarChart titled(String title) {
        return new BarChart(title);
    }

    public BarChart bar(String label, double value) {
        bars.add(new Bar(label, value));
        return this;
    }

    public BarChart bars(List<Bar> more) {
        bars.addAll(more);
        return this;
    }

    public List<Bar> bars() {
        return List.copyOf(bars);
    }

    @Override
    public String svg() {
        int labelWidth = labelWidth();
        int plotWidth = WIDTH - labelWidth - VALUE_SPACE - 2 * PADDING;
        int height = Math.max(1, bars.size()) * ROW + 2 * PADDING;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dw-bar-chart\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-size=\"13\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<desc>").append(escape(description())).append("</desc>");
        if (bars.isEmpty()) {
            svg.append("<text class=\"dw-bar-empty\" x=\"").append(PADDING).append("\" y=\"").append(PADDING + ROW / 2)
                    .append("\" dominant-baseline=\"middle\" fill=\"#4a5462\">").append(escape(emptyText))
                    .append("</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = PADDING + i * ROW;
            double middle = y + ROW / 2.0;
            double length = max == 0 ? 0 : bar.value() / max * plotWidth;
            int barX = PADDING + labelWidth;
            svg.append("<g class=\"dw-bar-row\">");
            svg.append("<title>").append(escape(bar.label() + ": " + formatted(bar.value()))).append("</title>");
            svg.append("<text class=\"dw-bar-label\" x=\"").append(barX - 6).append("\" y=\"").append(number(middle))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#1f2937\">")
                    .append(escape(shortened(bar.label()))).append("</text>");
            svg.append("<rect class=\"dw-bar\" x=\"").append(barX).append("\" y=\"")
                    .append(number(middle - BAR_HEIGHT / 2.0)).append("\" width=\"").append(number(length))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"2\" fill=\"#1a66d2\"/>");
            svg.append("<text class=\"dw-bar-value\" x=\"").append(number(barX + length + 6)).append("\" y=\"")
                    .append(number(middle)).append("\" dominant-baseline=\"middle\" fill=\"#1f2937\">")
                    .append(escape(formatted(bar.value()))).append("</text>");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Room for the longest label (shortened), between a sixth and two fifths of the width. */
    private int labelWidth() {
        int longest = bars.stream().mapToInt(b -> shortened(b.label()).length()).max().orElse(0);
        return (int) Math.max(WIDTH / 6.0, Math.min(WIDTH * 0.4, longest * CHAR_WIDTH + 12));
    }

    private String description() {
        if (bars.isEmpty()) {
            return emptyText;
        }
        List<String> parts = bars.stream().map(b -> b.label() + ": " + formatted(b.value())).toList();
        return String.join("; ", parts) + ".";
    }

    private static String shortened(String label) {
        String clean = label.strip();
        return clean.length() <= MAX_LABEL_CHARS ? clean : clean.substring(0, MAX_LABEL_CHARS - 1).strip() + "…";
    }
}
