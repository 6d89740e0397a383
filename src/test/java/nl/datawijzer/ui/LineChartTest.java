package nl.datawijzer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG line chart: well-formed, accessible, every value a marker, series apart without colour, texts escaped. */
class LineChartTest {

    // 22:30 UTC on 31 August is already 1 September in Huizen.
    private static final Instant LATE_AUGUST = Instant.parse("2026-08-31T22:30:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2026-09-10T08:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2026-10-01T08:00:00Z");

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Element root, String tag, String cssClass) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    private static String title(Element element) {
        return element.getElementsByTagName("title").item(0).getTextContent();
    }

    private static LineChart twoSeries() {
        return LineChart.titled("Volledigheid per veld").unit("%").locale(Locale.of("nl"))
                .series("bsn", List.of(new LineChart.Point(SEPTEMBER, 96.5), new LineChart.Point(LATE_AUGUST, 100),
                        new LineChart.Point(OCTOBER, 91)))
                .series("geboortedatum", List.of(new LineChart.Point(LATE_AUGUST, 82), new LineChart.Point(OCTOBER, 80)));
    }

    @Test
    void everyValueIsAMarkerWithItsSeriesItsMomentInHuizenAndItsValue() throws Exception {
        Document doc = parse(twoSeries().svg());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Volledigheid per veld");
        assertThat(title(root)).isEqualTo("Volledigheid per veld");

        List<Element> series = byClass(root, "g", "dw-line-series");
        assertThat(series).hasSize(2);
        List<String> bsn = byClass(series.get(0), "g", "dw-line-point").stream().map(LineChartTest::title).toList();
        assertThat(bsn).containsExactly("bsn, 1 sep 2026, 00:30: 100%", "bsn, 10 sep 2026, 10:00: 96,5%",
                "bsn, 1 okt 2026, 10:00: 91%");
        assertThat(byClass(series.get(1), "g", "dw-line-point")).hasSize(2);
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("bsn: 1 sep 2026, 00:30 100%, 10 sep 2026, 10:00 96,5%, 1 okt 2026, 10:00 91%; "
                        + "geboortedatum: 1 sep 2026, 00:30 82%, 1 okt 2026, 10:00 80%.");
        assertThat(byClass(root, "text", "dw-line-x-label")).extracting(Element::getTextContent)
                .containsExactly("1 sep 2026", "10 sep 2026", "1 okt 2026");
        assertThat(byClass(root, "text", "dw-line-y-label")).extracting(Element::getTextContent)
                .containsExactly("0%", "25%", "50%", "75%", "100%");
    }

    @Test
    void pointsLieOnTheirValueAndTimeRunsLeftToRight() throws Exception {
        Document doc = parse(twoSeries().svg());
        Element line = byClass(doc.getDocumentElement(), "polyline", "dw-line").getFirst();
        List<double[]> points = new ArrayList<>();
        for (String pair : line.getAttribute("points").split(" ")) {
            String[] xy = pair.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        assertThat(points).hasSize(3);
        assertThat(points.get(0)[0]).isLessThan(points.get(1)[0]);
        assertThat(points.get(1)[0]).isLessThan(points.get(2)[0]);
        double bottom = LineChart.TOP + LineChart.PLOT_HEIGHT;
        assertThat(points.get(0)[1]).isEqualTo(LineChart.TOP);
        assertThat(points.get(2)[1]).isCloseTo(bottom - 0.91 * LineChart.PLOT_HEIGHT, within(0.01));
        assertThat(points.get(2)[0]).isLessThanOrEqualTo(LineChart.WIDTH - LineChart.RIGHT);
    }

    @Test
    void seriesDifferInDashPatternAndMarkerShapeNotOnlyInColourAndTheLegendNamesThem() throws Exception {
        Document doc = parse(twoSeries().svg());
        List<Element> lines = byClass(doc.getDocumentElement(), "polyline", "dw-line");
        assertThat(lines.get(0).getAttribute("stroke-dasharray")).isEmpty();
        assertThat(lines.get(1).getAttribute("stroke-dasharray")).isNotEmpty();
        List<Element> series = byClass(doc.getDocumentElement(), "g", "dw-line-series");
        assertThat(series.get(0).getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(series.get(1).getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(byClass(doc.getDocumentElement(), "text", "dw-line-legend-label")).extracting(Element::getTextContent)
                .containsExactly("bsn", "geboortedatum");
        assertThat(LineChart.DASHES).doesNotHaveDuplicates();
    }

    @Test
    void theTableAlternativeHasEveryMomentAndTheValueOfEachSeriesThen() {
        LineChart chart = twoSeries();
        assertThat(chart.moments()).containsExactly(LATE_AUGUST, SEPTEMBER, OCTOBER);
        LineChart.Series geboortedatum = chart.allSeries().get(1);
        assertThat(chart.value(geboortedatum, LATE_AUGUST)).contains(82.0);
        assertThat(chart.value(geboortedatum, SEPTEMBER)).isEmpty();
        assertThat(chart.moment(LATE_AUGUST)).isEqualTo("1 sep 2026, 00:30");
        assertThat(LineChart.titled("x").locale(Locale.ENGLISH).unit("%").formatted(96.25)).isEqualTo("96.3%");
    }

    @Test
    void everyTextIsEscapedSoANameCannotAddMarkup() throws Exception {
        String evil = "<script>alert('x')</script> & \"veld\"\u0007";
        String svg = LineChart.titled("Titel <b>&</b>").unit(" <i>").emptyText("<leeg>")
                .series(evil, List.of(new LineChart.Point(SEPTEMBER, 50))).svg();
        assertThat(svg).doesNotContain("<script", "<b>", "<i>", "\u0007");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Titel <b>&</b>");
        assertThat(byClass(doc.getDocumentElement(), "text", "dw-line-legend-label").getFirst().getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"veld\" ");
        assertThat(title(byClass(doc.getDocumentElement(), "g", "dw-line-point").getFirst()))
                .startsWith("<script>").endsWith(": 50 <i>");
    }

    @Test
    void aChartWithoutPointsSaysSoAndASinglePointStandsAlone() throws Exception {
        Document empty = parse(LineChart.titled("Leeg").emptyText("Nog geen metingen").svg());
        assertThat(byClass(empty.getDocumentElement(), "text", "dw-line-empty").getFirst().getTextContent())
                .isEqualTo("Nog geen metingen");
        assertThat(empty.getDocumentElement().getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Nog geen metingen");

        Document emptySeries = parse(LineChart.titled("Leeg").emptyText("Nog geen metingen")
                .series("score", List.of()).svg());
        assertThat(byClass(emptySeries.getDocumentElement(), "g", "dw-line-point")).isEmpty();
        assertThat(byClass(emptySeries.getDocumentElement(), "text", "dw-line-empty")).hasSize(1);

        Document single = parse(LineChart.titled("Eén").series("score", List.of(new LineChart.Point(OCTOBER, 62)))
                .series("leeg", List.of()).svg());
        assertThat(byClass(single.getDocumentElement(), "polyline", "dw-line")).isEmpty();
        assertThat(byClass(single.getDocumentElement(), "g", "dw-line-point")).hasSize(1);
        assertThat(single.getDocumentElement().getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("score: 1 okt 2026, 10:00 62; leeg: Geen gegevens.");
    }

    @Test
    void refusesValuesOutsideZeroToAHundred() {
        assertThatThrownBy(() -> new LineChart.Point(OCTOBER, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart.Point(OCTOBER, 100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart.Point(OCTOBER, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
