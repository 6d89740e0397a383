package nl.datawijzer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG bar chart: well-formed, accessible, every bar with its label and value, texts escaped, bars to scale. */
class BarChartTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void everyBarHasItsLabelAndItsValueWithTheUnitInDutch() throws Exception {
        String svg = BarChart.titled("Doorlooptijd per soort").unit(" dagen").locale(Locale.of("nl"))
                .bar("Standaarddashboard", 15.5).bar("Ad hoc", 14).bar("Nog niet bepaald", 0).svg();
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Doorlooptijd per soort");
        assertThat(((Element) root.getElementsByTagName("title").item(0)).getTextContent())
                .isEqualTo("Doorlooptijd per soort");
        assertThat(byClass(doc, "rect", "dw-bar")).hasSize(3);
        assertThat(byClass(doc, "text", "dw-bar-label")).extracting(Element::getTextContent)
                .containsExactly("Standaarddashboard", "Ad hoc", "Nog niet bepaald");
        assertThat(byClass(doc, "text", "dw-bar-value")).extracting(Element::getTextContent)
                .containsExactly("15,5 dagen", "14 dagen", "0 dagen");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Standaarddashboard: 15,5 dagen; Ad hoc: 14 dagen; Nog niet bepaald: 0 dagen.");
    }

    @Test
    void barsAreProportionalToTheirValuesAndTheLargestFillsThePlot() throws Exception {
        Document doc = parse(BarChart.titled("Per stap").bar("Behoefte", 4).bar("Bron", 1).bar("Opslaan", 2)
                .bar("Ontsluiten", 0).svg());
        List<Double> widths = byClass(doc, "rect", "dw-bar").stream()
                .map(r -> Double.parseDouble(r.getAttribute("width"))).toList();
        assertThat(widths.get(0)).isGreaterThan(200);
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(0.25, within(0.01));
        assertThat(widths.get(2) / widths.get(0)).isCloseTo(0.5, within(0.01));
        assertThat(widths.get(3)).isZero();
        double x = Double.parseDouble(byClass(doc, "rect", "dw-bar").get(0).getAttribute("x"));
        assertThat(x + widths.get(0) + BarChart.VALUE_SPACE).isLessThanOrEqualTo(BarChart.WIDTH);
        List<Double> ys = byClass(doc, "rect", "dw-bar").stream()
                .map(r -> Double.parseDouble(r.getAttribute("y"))).toList();
        assertThat(ys).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyTextIsEscapedSoALabelCannotAddMarkup() throws Exception {
        String evil = "<script>alert('x')</script> & \"jeugd\"\u0007";
        String svg = BarChart.titled("Titel <b>&</b> \"x\"").unit(" <i>").bar(evil, 1).emptyText("<leeg>").svg();
        assertThat(svg).doesNotContain("<script", "<b>", "<i>", "\u0007");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Titel <b>&</b> \"x\"");
        assertThat(byClass(doc, "text", "dw-bar-label").getFirst().getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"jeugd\" ");
        assertThat(byClass(doc, "text", "dw-bar-value").getFirst().getTextContent()).isEqualTo("1 <i>");
    }

    @Test
    void aChartWithoutBarsSaysSoAndALongLabelIsShortenedButKeptWholeInItsTooltip() throws Exception {
        Document empty = parse(BarChart.titled("Leeg").emptyText("Nog geen behoeften").svg());
        assertThat(byClass(empty, "text", "dw-bar-empty").getFirst().getTextContent()).isEqualTo("Nog geen behoeften");
        assertThat(byClass(empty, "rect", "dw-bar")).isEmpty();

        String longLabel = "Hoeveel actieve casussen heeft elke jeugdconsulent op de eerste van de maand";
        Document doc = parse(BarChart.titled("Lang").bar(longLabel, 3).svg());
        String shown = byClass(doc, "text", "dw-bar-label").getFirst().getTextContent();
        assertThat(shown).endsWith("…").hasSizeLessThanOrEqualTo(BarChart.MAX_LABEL_CHARS);
        assertThat(byClass(doc, "g", "dw-bar-row").getFirst().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo(longLabel + ": 3");
    }

    @Test
    void refusesNegativeOrMissingValuesAndFormatsEnglishWithAPoint() {
        assertThatThrownBy(() -> BarChart.titled("x").bar("a", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.titled("x").bar("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BarChart.titled("x").locale(Locale.ENGLISH).unit(" days").formatted(18.25)).isEqualTo("18.3 days");
        assertThat(BarChart.titled("x").decimals(0).formatted(18.6)).isEqualTo("19");
    }
}
