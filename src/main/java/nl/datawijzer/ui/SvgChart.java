package nl.datawijzer.ui;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What the server-drawn charts share: their title, how values are written (language, unit, decimals), the text when
 * there is nothing to draw, and safe SVG text and coordinates. The setters return the chart itself, so a chart is
 * built in one expression.
 *
 * @param <C> the chart type
 */
public abstract sealed class SvgChart<C extends SvgChart<C>> permits BarChart, LineChart {

    final String title;
    Locale locale = Locale.of("nl");
    String unit = "";
    int decimals = 1;
    String emptyText = "Geen gegevens";

    SvgChart(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    abstract C self();

    /** The picture, an {@code <svg>} element with a title and a description. */
    public abstract String svg();

    /** The language of numbers and dates (decimal comma and Dutch month names in Dutch). */
    public C locale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        return self();
    }

    /** Written after each value, e.g. {@code " dagen"} or {@code "%"}. */
    public C unit(String suffix) {
        this.unit = Objects.requireNonNull(suffix, "suffix");
        return self();
    }

    /** The most decimals a value is written with (fewer when not needed); 1 unless set. */
    public C decimals(int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("0 tot 6 decimalen");
        }
        this.decimals = decimals;
        return self();
    }

    /** Shown instead of the chart when there is nothing to draw. */
    public C emptyText(String text) {
        this.emptyText = Objects.requireNonNull(text, "text");
        return self();
    }

    public String title() {
        return title;
    }

    /** A value as the chart writes it, with the unit. */
    public String formatted(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value) + unit;
    }

    /** Coordinates with at most two decimals and a point, whatever the server's locale. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** Escapes text for XML content and attributes; control characters XML cannot hold become spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
