package nl.datawijzer.lineage.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.datawijzer.lineage.EdgeKind;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageView;
import nl.datawijzer.lineage.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LineagePictureTest {

    private static final LineagePicture.Texts TEXTS = (key, params) -> key + List.of(params);

    private static LineagePicture.Drawing draw(LineageView view, Groups groups) {
        return LineagePicture.draw(view, groups, Locale.ROOT, TEXTS, g -> "lineage?open=" + String.join(",",
                g.expanded().stream().sorted().toList()) + "&closed=" + String.join(",", g.collapsed().stream().sorted().toList()));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withAttribute(Document doc, String attribute) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute(attribute)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Set<String> values(List<Element> elements, String attribute) {
        Set<String> set = new HashSet<>();
        elements.forEach(e -> set.add(e.getAttribute(attribute)));
        return set;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anOpenPictureHoldsEveryNodeAndEveryEdgeOfAGeneratedGraph(long seed) throws Exception {
        LineageView view = GeneratedLineage.of(10 + (int) (seed * 6), 4, seed);

        LineagePicture.Drawing drawing = draw(view, Groups.byDefault());
        Document svg = parse(drawing.svg());

        List<Element> nodes = withAttribute(svg, "data-node");
        List<Element> edges = withAttribute(svg, "data-edge");
        assertThat(nodes).hasSize(view.nodes().size());
        assertThat(values(nodes, "data-node")).isEqualTo(
                new HashSet<>(view.nodes().stream().map(LineageNode::id).toList()));
        assertThat(edges).hasSize(view.edges().size());
        assertThat(values(edges, "data-edge")).isEqualTo(
                new HashSet<>(view.edges().stream().map(e -> e.from() + "->" + e.to()).toList()));
        assertThat(drawing.boxes()).isEqualTo(view.nodes().size());
        assertThat(drawing.flows()).isEqualTo(view.edges().size());
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void closedSystemsMergeTheEdgesOfTheirMembersAsAReferenceMappingDoes(long seed) throws Exception {
        LineageView view = GeneratedLineage.of(40, 5, seed);
        Set<String> closed = Set.of("sys-0", "sys-2", "sys-3");

        Document svg = parse(draw(view, new Groups(Set.of(), closed)).svg());

        Map<String, String> boxOf = new HashMap<>();
        for (LineageNode node : view.nodes()) {
            boxOf.put(node.id(), node.system() != null && closed.contains(node.system())
                    ? "system:" + node.system() : node.id());
        }
        Map<String, Integer> expected = new HashMap<>();
        Map<String, Boolean> expectedPersonal = new HashMap<>();
        for (LineageEdge edge : view.edges()) {
            String from = boxOf.get(edge.from());
            String to = boxOf.get(edge.to());
            if (!from.equals(to)) {
                expected.merge(from + "->" + to, 1, Integer::sum);
                expectedPersonal.merge(from + "->" + to, edge.personalData(), Boolean::logicalOr);
            }
        }
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, Boolean> drawnPersonal = new HashMap<>();
        for (Element edge : withAttribute(svg, "data-edge")) {
            drawn.put(edge.getAttribute("data-edge"), Integer.parseInt(edge.getAttribute("data-count")));
            drawnPersonal.put(edge.getAttribute("data-edge"), edge.hasAttribute("data-personal"));
        }
        assertThat(drawn).isEqualTo(expected);
        assertThat(drawnPersonal).isEqualTo(expectedPersonal);

        Set<String> boxes = values(withAttribute(svg, "data-node"), "data-node");
        assertThat(boxes).isEqualTo(new HashSet<>(boxOf.values()));
        for (String system : closed) {
            long members = view.nodes().stream().filter(n -> system.equals(n.system())).count();
            if (members > 0) {
                Element box = withAttribute(svg, "data-node").stream()
                        .filter(e -> e.getAttribute("data-node").equals("system:" + system)).findFirst().orElseThrow();
                assertThat(box.getAttribute("data-members")).isEqualTo(String.valueOf(members));
                assertThat(box.getAttribute("data-state")).isEqualTo("closed");
            }
        }
    }

    @Test
    void personalDataFlowsAreRedDashedAndThickerAndOthersAreNot() throws Exception {
        LineageView view = GeneratedLineage.of(50, 4, 21);
        assertThat(view.edges()).anyMatch(LineageEdge::personalData).anyMatch(e -> !e.personalData());

        Document svg = parse(draw(view, Groups.byDefault()).svg());

        for (Element edge : withAttribute(svg, "data-edge")) {
            String id = edge.getAttribute("data-edge");
            boolean personal = view.edges().stream().filter(e -> (e.from() + "->" + e.to()).equals(id))
                    .findFirst().orElseThrow().personalData();
            assertThat(edge.hasAttribute("data-personal")).as(id).isEqualTo(personal);
            assertThat(edge.getAttribute("stroke")).as(id)
                    .isEqualTo(personal ? SvgWriter.PERSONAL_COLOUR : SvgWriter.FLOW_COLOUR);
            assertThat(edge.hasAttribute("stroke-dasharray")).as(id).isEqualTo(personal);
            assertThat(Double.parseDouble(edge.getAttribute("stroke-width"))).as(id)
                    .isGreaterThan(personal ? 2 : 1).isLessThan(personal ? 3 : 2);
        }
        assertThat(svg.getDocumentElement().getTextContent()).contains("lineage.picture.legend.personal");
    }

    @Test
    void catalogTextIsEscapedAndUnsafeLinksAreNotMade() throws Exception {
        String nasty = "<script>alert(\"x\")</script> & 'co' \u0001";
        LineageNode a = new LineageNode("dataset/a", NodeKind.DATASET, nasty, "s<1>", "Systeem \"<b>\"", true,
                "datasets/a?x=1&y=<2>");
        LineageNode b = new LineageNode("dataset/b", NodeKind.DATASET, "B", "s<1>", "Systeem \"<b>\"", false,
                "javascript:alert(1)");
        LineageView view = new LineageView("dataset/a", List.of(a, b),
                List.of(new LineageEdge("dataset/a", "dataset/b", EdgeKind.DERIVED, true)), false);

        String svg = draw(view, Groups.byDefault()).svg();
        Document doc = parse(svg);

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>").doesNotContain("javascript:")
                .contains("&lt;script&gt;").contains("datasets/a?x=1&amp;y=&lt;2&gt;");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        Element nodeA = withAttribute(doc, "data-node").stream()
                .filter(e -> e.getAttribute("data-node").equals("dataset/a")).findFirst().orElseThrow();
        assertThat(nodeA.getTextContent()).contains("<script>alert(\"x\")</script> & 'co'");
        assertThat(((Element) nodeA.getParentNode()).getAttribute("href")).isEqualTo("datasets/a?x=1&y=<2>");
        Element nodeB = withAttribute(doc, "data-node").stream()
                .filter(e -> e.getAttribute("data-node").equals("dataset/b")).findFirst().orElseThrow();
        assertThat(nodeB.getParentNode().getLocalName()).isNotEqualTo("a");
    }

    @Test
    void theFocusIsEmphasisedAndEveryNodeWithAPageIsALink() throws Exception {
        LineageView view = GeneratedLineage.of(30, 3, 5);

        Document doc = parse(draw(view, Groups.byDefault()).svg());

        List<Element> focus = withAttribute(doc, "data-focus");
        assertThat(focus).hasSize(1);
        assertThat(focus.get(0).getAttribute("data-node")).isEqualTo(view.focus());
        for (Element node : withAttribute(doc, "data-node")) {
            String path = view.nodes().stream().filter(n -> n.id().equals(node.getAttribute("data-node")))
                    .findFirst().orElseThrow().path();
            Element parent = (Element) node.getParentNode();
            if (path != null) {
                assertThat(parent.getLocalName()).isEqualTo("a");
                assertThat(parent.getAttribute("href")).isEqualTo(path);
            } else {
                assertThat(parent.getLocalName()).isNotEqualTo("a");
            }
        }
    }

    @Test
    void everyEdgeRunsFromItsSourceBoxToItsTargetBoxAcrossGroups() {
        LineageView view = GeneratedLineage.of(45, 4, 9);
        Plan plan = Plan.of(view, new Groups(Set.of(), Set.of("sys-1")));

        Layout.Result layout = Layout.of(plan);

        for (Plan.Flow flow : plan.flows()) {
            List<Layout.Point> route = layout.flows().get(flow.id());
            assertThat(route).as(flow.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(layout.boxes().get(flow.from()).touches(route.get(0), 2)).as(flow.id() + " start").isTrue();
            assertThat(layout.boxes().get(flow.to()).touches(route.get(route.size() - 1), 2))
                    .as(flow.id() + " end").isTrue();
            for (int i = 1; i < route.size(); i++) {
                Layout.Point p = route.get(i - 1);
                Layout.Point q = route.get(i);
                assertThat(Math.abs(p.x() - q.x()) < 0.01 || Math.abs(p.y() - q.y()) < 0.01)
                        .as(flow.id() + " orthogonal").isTrue();
            }
        }
        for (Plan.Group group : plan.groups()) {
            Layout.Rect outer = layout.groups().get(group.system());
            for (String box : group.boxes()) {
                Layout.Rect inner = layout.boxes().get(box);
                assertThat(inner.x() >= outer.x() && inner.y() >= outer.y()
                        && inner.x() + inner.width() <= outer.x() + outer.width()
                        && inner.y() + inner.height() <= outer.y() + outer.height()).as(box + " in its system").isTrue();
            }
        }
    }

    @Test
    void aPictureOfMoreThanFiveHundredNodesStartsWithSystemsClosedExceptTheFocusSystem() throws Exception {
        LineageView view = GeneratedLineage.of(520, 30, 77);
        String focusSystem = view.nodes().stream().filter(n -> n.id().equals(view.focus())).findFirst()
                .orElseThrow().system();

        LineagePicture.Drawing drawing = draw(view, Groups.byDefault());
        Document doc = parse(drawing.svg());

        assertThat(drawing.openSystems()).containsExactly(focusSystem);
        assertThat(drawing.systems()).hasSize(30);
        long loose = view.nodes().stream().filter(n -> n.system() == null).count();
        long inFocusSystem = view.nodes().stream().filter(n -> focusSystem.equals(n.system())).count();
        assertThat(withAttribute(doc, "data-node")).hasSize(drawing.boxes())
                .hasSize((int) (loose + inFocusSystem + 29));
        assertThat(withAttribute(doc, "data-edge")).hasSize(drawing.flows());
        assertThat(withAttribute(doc, "data-toggle")).hasSize(1);
    }

    @Test
    void theExpandAndCollapseControlsLinkToThePictureWithThatSystemToggled() throws Exception {
        LineageView view = GeneratedLineage.of(30, 3, 5);

        Document doc = parse(draw(view, new Groups(Set.of(), Set.of("sys-1"))).svg());

        Map<String, String> toggles = new HashMap<>();
        for (Element toggle : withAttribute(doc, "data-toggle")) {
            toggles.put(toggle.getAttribute("data-toggle"), toggle.getAttribute("href"));
        }
        assertThat(toggles).containsEntry("sys-0", "lineage?open=&closed=sys-0,sys-1")
                .containsEntry("sys-2", "lineage?open=&closed=sys-1,sys-2").doesNotContainKey("sys-1");
        Element closedBox = withAttribute(doc, "data-node").stream()
                .filter(e -> e.getAttribute("data-node").equals("system:sys-1")).findFirst().orElseThrow();
        assertThat(((Element) closedBox.getParentNode()).getAttribute("href")).isEqualTo("lineage?open=sys-1&closed=");
    }

    @Test
    void aCycleAcrossSystemsAndANodeWithoutSystemStillDrawEveryEdgeOnce() throws Exception {
        LineageNode a = new LineageNode("dataset/a", NodeKind.DATASET, "A", "s1", "Een", false, "datasets/a");
        LineageNode b = new LineageNode("dataset/b", NodeKind.DATASET, "B", "s2", "Twee", false, "datasets/b");
        LineageNode c = new LineageNode("dataset/c", NodeKind.DATASET, "C", "s2", "Twee", false, "datasets/c");
        LineageNode k = new LineageNode("kpi/k", NodeKind.KPI, "K", null, null, false, null);
        LineageView view = new LineageView("dataset/a", List.of(a, b, c, k), List.of(
                new LineageEdge("dataset/a", "dataset/b", EdgeKind.DERIVED, false),
                new LineageEdge("dataset/b", "dataset/a", EdgeKind.DERIVED, false),
                new LineageEdge("dataset/b", "dataset/c", EdgeKind.DERIVED, false),
                new LineageEdge("dataset/c", "kpi/k", EdgeKind.MEASURED, false),
                new LineageEdge("dataset/b", "kpi/k", EdgeKind.MEASURED, false)), false);

        Document open = parse(draw(view, Groups.byDefault()).svg());
        Document closed = parse(draw(view, new Groups(Set.of(), Set.of("s2"))).svg());

        assertThat(values(withAttribute(open, "data-edge"), "data-edge")).containsExactlyInAnyOrder(
                "dataset/a->dataset/b", "dataset/b->dataset/a", "dataset/b->dataset/c", "dataset/c->kpi/k",
                "dataset/b->kpi/k");
        assertThat(values(withAttribute(closed, "data-edge"), "data-edge")).containsExactlyInAnyOrder(
                "dataset/a->system:s2", "system:s2->dataset/a", "system:s2->kpi/k");
        Element merged = withAttribute(closed, "data-edge").stream()
                .filter(e -> e.getAttribute("data-edge").equals("system:s2->kpi/k")).findFirst().orElseThrow();
        assertThat(merged.getAttribute("data-count")).isEqualTo("2");
    }

    @Test
    void countsOfTextOccurrencesMatchTheParsedCounts() throws Exception {
        LineageView view = GeneratedLineage.of(40, 4, 3);
        String svg = draw(view, Groups.byDefault()).svg();
        Matcher m = Pattern.compile(" data-node=\"").matcher(svg);
        int count = 0;
        while (m.find()) {
            count++;
        }
        assertThat(count).isEqualTo(withAttribute(parse(svg), "data-node").size());
    }
}
