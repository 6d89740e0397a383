package nl.datawijzer.lineage.picture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a {@link Plan} with ELK layered: left to right, open systems as compound nodes laid out together with the
 * rest (hierarchy handling "include children", so flows between systems are routed across group borders), orthogonal
 * edges. The result is in absolute coordinates, ready to draw.
 */
final class Layout {

    static final double BOX_HEIGHT = 46;
    static final double GROUP_HEADER = 30;
    static final double CHAR_WIDTH = 7.2;
    static final int MAX_LABEL = 32;

    record Rect(double x, double y, double width, double height) {

        boolean touches(Point p, double tolerance) {
            return p.x() >= x - tolerance && p.x() <= x + width + tolerance
                    && p.y() >= y - tolerance && p.y() <= y + height + tolerance;
        }
    }

    record Point(double x, double y) {
    }

    /** Where everything went. */
    record Result(Map<String, Rect> boxes, Map<String, Rect> groups, Map<String, List<Point>> flows, double width,
            double height) {
    }

    private Layout() {
    }

    static double boxWidth(Plan.Box box) {
        // the small kind line above the label ("Dataset · persoonsgegevens") needs room too
        int kindLine = box.personalData() || box.isSystem() ? 26 : 14;
        int chars = Math.min(MAX_LABEL, Math.max(box.label().length(), kindLine));
        return Math.ceil(chars * CHAR_WIDTH + 24);
    }

    static double groupMinWidth(Plan.Group group) {
        return Math.ceil(Math.min(MAX_LABEL + 6, group.label().length() + 6) * CHAR_WIDTH + 40);
    }

    /** The ELK graph of the plan, not yet laid out. Package-visible so the benchmark can time ELK alone. */
    static ElkNode graph(Plan plan, Map<String, ElkNode> boxNodes, Map<String, ElkNode> groupNodes,
            Map<String, ElkEdge> flowEdges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, org.eclipse.elk.core.options.Direction.RIGHT);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        for (Plan.Group group : plan.groups()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier("group:" + group.system());
            node.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_HEADER + 8, 12, 12, 12));
            node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(groupMinWidth(group), GROUP_HEADER + 30));
            groupNodes.put(group.system(), node);
        }
        for (Plan.Box box : plan.boxes()) {
            ElkNode parent = box.group() == null ? root : groupNodes.get(box.group());
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setIdentifier(box.id());
            node.setDimensions(boxWidth(box), BOX_HEIGHT);
            boxNodes.put(box.id(), node);
        }
        for (Plan.Flow flow : plan.flows()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(boxNodes.get(flow.from()), boxNodes.get(flow.to()));
            ElkGraphUtil.updateContainment(edge);
            flowEdges.put(flow.id(), edge);
        }
        return root;
    }

    static void run(ElkNode root) {
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }

    static Result of(Plan plan) {
        Map<String, ElkNode> boxNodes = new HashMap<>();
        Map<String, ElkNode> groupNodes = new HashMap<>();
        Map<String, ElkEdge> flowEdges = new HashMap<>();
        ElkNode root = graph(plan, boxNodes, groupNodes, flowEdges);
        run(root);
        Map<String, Rect> boxes = new HashMap<>();
        boxNodes.forEach((id, node) -> boxes.put(id, absolute(node)));
        Map<String, Rect> groups = new HashMap<>();
        groupNodes.forEach((id, node) -> groups.put(id, absolute(node)));
        Map<String, List<Point>> flows = new HashMap<>();
        flowEdges.forEach((id, edge) -> flows.put(id, route(edge)));
        return new Result(boxes, groups, flows, root.getWidth(), root.getHeight());
    }

    private static Rect absolute(ElkNode node) {
        double x = node.getX();
        double y = node.getY();
        for (ElkNode parent = node.getParent(); parent != null && parent.getParent() != null;
                parent = parent.getParent()) {
            x += parent.getX();
            y += parent.getY();
        }
        return new Rect(x, y, node.getWidth(), node.getHeight());
    }

    /** The edge's route in absolute coordinates: ELK gives them relative to the edge's containing node. */
    private static List<Point> route(ElkEdge edge) {
        double dx = 0;
        double dy = 0;
        for (ElkNode container = edge.getContainingNode(); container != null && container.getParent() != null;
                container = container.getParent()) {
            dx += container.getX();
            dy += container.getY();
        }
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX() + dx, section.getStartY() + dy));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX() + dx, bend.getY() + dy));
            }
            points.add(new Point(section.getEndX() + dx, section.getEndY() + dy));
        }
        return points;
    }
}
