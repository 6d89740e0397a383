package nl.datawijzer.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A line chart over time as a small, self-contained SVG drawn on the server, in the manner of {@link BarChart}: one or
 * more series of percentages (0-100) against moments, the dates written in the municipality's time zone
 * ({@link Moments#ZONE}). Each series has its own dash pattern and marker shape as well as its own colour, so no colour
 * has to be told apart; the legend repeats pattern and shape next to the name. Every value is a marker with a
 * {@code <title>} tooltip; the picture is an {@code role="img"} with a {@code <title>}, an {@code aria-label} and a
 * {@code <desc>} that lists every value for screen readers. Show the same numbers in a table next to it:
 * {@link #moments()} and {@link #value(Series, Instant)} give its rows.
 *
 * <pre>{@code
 * String svg = LineChart.titled("Score door de tijd").locale(locale).series("Score", points).svg();
 * }</pre>
 */
public final class LineChart extends SvgChart<LineChart> {

    /** One value at one moment; values lie between 0 and 100. */
    public record Point(Instant at, double value) {
        public Point {
            Objects.requireNonNull(at, "at");
            if (Double.isNaN(value) || value < 0 || value > 100) {
                throw new IllegalArgumentException("Een punt heeft een waarde van 0 tot en met 100, niet " + value);
            }
        }
    }

    /** A named line; its points are kept oldest first. */
    public record Series(String name, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = points.stream().sorted(Comparator.comparing(Point::at)).toList();
        }
    }

    static final int WIDTH = 640;
    static final int PLOT_HEIGHT = 220;
    static final int LEFT = 48;
    static final int RIGHT = 24;
    static final int TOP = 12;
    static final int AXIS_SPACE = 30;
    static final int LEGEND_ROW = 20;
    static final int MAX_X_LABELS = 5;
    /** Dash patterns in turn: solid, dashed, dotted, dash-dot, long dash, dash-dot-dot. */
    static final List<String> DASHES = List.of("", "8 4", "2 4", "10 4 2 4", "14 6", "8 3 2 3 2 3");
    static final List<String> COLOURS = List.of("#1a66d2", "#b3261e", "#1e6b34", "#7a4b00", "#5b3d99", "#006d77");
    private static final int MARKER_SHAPES = 4;

    private final List<Series> series = new ArrayList<>();

    private LineChart(String title) {
        super(title);
    }

    @Override
    LineChart self() {
        return this;
    }

    public static LineChart titled(String title) {
        return new LineChart(title);
    }

    public LineChart series(String name, List<Point> points) {
        series.add(new Series(name, points));
        return this;
    }

    public List<Series> allSeries() {
        return List.copyOf(series);
    }

    /** Every moment any series has a value at, oldest first: the rows of a table next to the chart. */
    public List<Instant> moments() {
        TreeSet<Instant> all = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> all.add(p.at())));
        return List.copyOf(all);
    }

    /** The series' value at that moment, if it has one (the last one when it has several). */
    public Optional<Double> value(Series line, Instant at) {
        return line.points().stream().filter(p -> p.at().equals(at)).reduce((a, b) -> b).map(Point::value);
    }

    /** A moment as the axis writes it: its date in the municipality ("3 sep 2026"). */
    public String date(Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(Moments.ZONE)
                .format(at);
    }

    /** A moment as tooltips and tables write it: date and time in the municipality. */
    public String moment(Instant at) {
        return Moments.format(at, locale, FormatStyle.MEDIUM, FormatStyle.SHORT);
    }

    @Override
    public String svg() {
        List<Instant> moments = moments();
        int legendHeight = series.isEmpty() ? 0 : series.size() * LEGEND_ROW + 8;
        int height = TOP + PLOT_HEIGHT + AXIS_SPACE + legendHeight;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dw-line-chart\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-size=\"12\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<desc>").append(escape(description(moments))).append("</desc>");
        axes(svg, moments);
        if (moments.isEmpty()) {
            svg.append("<text class=\"dw-line-empty\" x=\"").append(LEFT + 12).append("\" y=\"")
                    .append(TOP + PLOT_HEIGHT / 2).append("\" dominant-baseline=\"middle\" fill=\"#4a5462\">")
                    .append(escape(emptyText)).append("</text>");
        }
        for (int i = 0; i < series.size(); i++) {
            line(svg, i, moments);
        }
        legend(svg, TOP + PLOT_HEIGHT + AXIS_SPACE + 4);
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg, List<Instant> moments) {
        svg.append("<g class=\"dw-line-axes\" aria-hidden=\"true\">");
        for (int tick = 0; tick <= 100; tick += 25) {
            double y = y(tick);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(number(y)).append("\" y2=\"").append(number(y))
                    .append("\" stroke=\"#d5dae1\" stroke-width=\"1\"/>");
            svg.append("<text class=\"dw-line-y-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(number(y))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#4a5462\">")
                    .append(escape(formatted(tick))).append("</text>");
        }
        int baseline = TOP + PLOT_HEIGHT;
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(baseline).append("\" y2=\"").append(baseline).append("\" stroke=\"#4a5462\"/>");
        for (Instant at : xLabels(moments)) {
            double x = x(at, moments);
            svg.append("<text class=\"dw-line-x-label\" x=\"").append(number(x)).append("\" y=\"")
                    .append(baseline + 18).append("\" text-anchor=\"middle\" fill=\"#4a5462\">")
                    .append(escape(date(at))).append("</text>");
        }
        svg.append("</g>");
    }

    /** The first and last moment and some evenly chosen ones between, each date written once. */
    private List<Instant> xLabels(List<Instant> moments) {
        List<Instant> labels = new ArrayList<>();
        if (moments.isEmpty()) {
            return labels;
        }
        int count = Math.min(MAX_X_LABELS, moments.size());
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = count == 1 ? 0 : (int) Math.round(i * (moments.size() - 1) / (double) (count - 1));
            Instant at = moments.get(index);
            if (!dates.contains(date(at))) {
                dates.add(date(at));
                labels.add(at);
            }
        }
        return labels;
    }

    private void line(StringBuilder svg, int index, List<Instant> moments) {
        Series line = series.get(index);
        String colour = COLOURS.get(index % COLOURS.size());
        String dash = DASHES.get(index % DASHES.size());
        svg.append("<g class=\"dw-line-series\" data-series=\"").append(index).append("\">");
        if (line.points().size() > 1) {
            StringBuilder points = new StringBuilder();
            for (Point p : line.points()) {
                points.append(points.isEmpty() ? "" : " ").append(number(x(p.at(), moments))).append(',')
                        .append(number(y(p.value())));
            }
            svg.append("<polyline class=\"dw-line\" points=\"").append(points).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"");
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append("/>");
        }
        for (Point p : line.points()) {
            svg.append("<g class=\"dw-line-point\">");
            svg.append("<title>").append(escape(line.name() + ", " + moment(p.at()) + ": "
                    + formatted(p.value()))).append("</title>");
            marker(svg, index, x(p.at(), moments), y(p.value()), colour);
            svg.append("</g>");
        }
        svg.append("</g>");
    }

    /** Circle, square, triangle or diamond by series, so points tell their series apart without colour too. */
    private static void marker(StringBuilder svg, int index, double x, double y, String colour) {
        String paint = "\" fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
        switch (index % MARKER_SHAPES) {
            case 0 -> svg.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                    .append("\" r=\"4").append(paint);
            case 1 -> svg.append("<rect x=\"").append(number(x - 4)).append("\" y=\"").append(number(y - 4))
                    .append("\" width=\"8\" height=\"8").append(paint);
            case 2 -> svg.append("<polygon points=\"").append(number(x)).append(',').append(number(y - 5)).append(' ')
                    .append(number(x + 5)).append(',').append(number(y + 4)).append(' ').append(number(x - 5))
                    .append(',').append(number(y + 4)).append(paint);
            default -> svg.append("<polygon points=\"").append(number(x)).append(',').append(number(y - 5))
                    .append(' ').append(number(x + 5)).append(',').append(number(y)).append(' ').append(number(x))
                    .append(',').append(number(y + 5)).append(' ').append(number(x - 5)).append(',').append(number(y))
                    .append(paint);
        }
    }

    private void legend(StringBuilder svg, int top) {
        if (series.isEmpty()) {
            return;
        }
        svg.append("<g class=\"dw-line-legend\">");
        for (int i = 0; i < series.size(); i++) {
            double middle = top + i * LEGEND_ROW + LEGEND_ROW / 2.0;
            String colour = COLOURS.get(i % COLOURS.size());
            String dash = DASHES.get(i % DASHES.size());
            svg.append("<g class=\"dw-line-legend-entry\" aria-hidden=\"true\">");
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 36).append("\" y1=\"")
                    .append(number(middle)).append("\" y2=\"").append(number(middle)).append("\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"");
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append("/>");
            marker(svg, i, LEFT + 18, middle, colour);
            svg.append("<text class=\"dw-line-legend-label\" x=\"").append(LEFT + 44).append("\" y=\"")
                    .append(number(middle)).append("\" dominant-baseline=\"middle\" fill=\"#1f2937\">")
                    .append(escape(series.get(i).name())).append("</text>");
            svg.append("</g>");
        }
        svg.append("</g>");
    }

    private String description(List<Instant> moments) {
        if (moments.isEmpty()) {
            return emptyText;
        }
        List<String> parts = new ArrayList<>();
        for (Series line : series) {
            if (line.points().isEmpty()) {
                parts.add(line.name() + ": " + emptyText);
                continue;
            }
            parts.add(line.name() + ": " + String.join(", ", line.points().stream()
                    .map(p -> moment(p.at()) + " " + formatted(p.value())).toList()));
        }
        return String.join("; ", parts) + ".";
    }

    /** Time runs left to right; a single moment stands in the middle. */
    private static double x(Instant at, List<Instant> moments) {
        double width = WIDTH - LEFT - RIGHT - 24;
        if (moments.size() < 2) {
            return LEFT + 12 + width / 2;
        }
        long first = moments.getFirst().toEpochMilli();
        long span = moments.getLast().toEpochMilli() - first;
        return LEFT + 12 + (at.toEpochMilli() - first) / (double) span * width;
    }

    private static double y(double value) {
        return TOP + PLOT_HEIGHT - value / 100 * PLOT_HEIGHT;
    }
}
