package nl.datawijzer.rdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.path.P_Link;

/**
 * Validates chosen focus nodes against the shapes, with the whole catalog as data graph so that
 * references to other records (a dataset's system, a field's dataset) are checked too. Validating only
 * the nodes a write touched keeps a write's cost independent of the catalog's size.
 */
public final class ShapeValidator {

    private static final Node RDF_TYPE = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node RDFS_SUB_CLASS_OF = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#subClassOf");

    private final Shapes shapes;
    /** Shapes whose every target is a class, by that class: most shapes; looked up by a focus node's types. */
    private final Map<Node, List<Shape>> byTargetClass = new HashMap<>();
    /** Shapes with any other kind of target (node, subjects/objects of, extension): always asked. */
    private final List<Shape> otherTargets = new ArrayList<>();

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.deactivated()) {
                continue;
            }
            boolean classesOnly = shape.getTargets().stream().allMatch(t -> t.getTargetType() == TargetType.targetClass
                    || t.getTargetType() == TargetType.implicitClass);
            if (classesOnly) {
                shape.getTargets().stream().map(Target::getObject).distinct()
                        .forEach(c -> byTargetClass.computeIfAbsent(c, k -> new ArrayList<>()).add(shape));
            } else {
                otherTargets.add(shape);
            }
        }
    }

    public Shapes shapes() {
        return shapes;
    }

    /** Violations (severity Violation only; warnings do not block a write). */
    public List<WriteRefusedException.Violation> validate(Graph data, Collection<Node> focusNodes) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Set<Node> distinct = new LinkedHashSet<>(focusNodes);
        Map<Node, Set<Node>> superClasses = new HashMap<>();
        for (Node focus : distinct) {
            // Asking every shape whether it targets this node costs a union-graph lookup per shape; only shapes that
            // target one of the node's classes (or a superclass) can, so only those and the few others are asked.
            Set<Shape> candidates = new LinkedHashSet<>(otherTargets);
            data.find(focus, RDF_TYPE, Node.ANY).forEachRemaining(type -> {
                for (Node c : superClasses.computeIfAbsent(type.getObject(), k -> classAndSuperClasses(data, k))) {
                    candidates.addAll(byTargetClass.getOrDefault(c, List.of()));
                }
            });
            for (Shape shape : shapes.getTargetShapes()) { // in the shapes' order, so reports read the same as before
                if (candidates.contains(shape) && VLib.isFocusNode(shape, focus, data)) {
                    VLib.validateShape(context, data, shape, focus);
                }
            }
        }
        List<WriteRefusedException.Violation> violations = new ArrayList<>();
        for (ReportEntry entry : context.generateReport().getEntries()) {
            if (entry.severity() == Severity.Violation) {
                violations.add(toViolation(entry));
            }
        }
        return violations;
    }

    /** The class and every class it is an rdfs:subClassOf (transitively), as SHACL's class targets see them. */
    private static Set<Node> classAndSuperClasses(Graph data, Node type) {
        Set<Node> found = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (found.add(next)) {
                data.find(next, RDFS_SUB_CLASS_OF, Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
            }
        }
        return found;
    }

    private static WriteRefusedException.Violation toViolation(ReportEntry entry) {
        String nl = null;
        String en = null;
        for (Node message : entry.messages()) {
            if (!message.isLiteral()) {
                continue;
            }
            String lang = message.getLiteralLanguage();
            if (lang.startsWith("nl") && nl == null) {
                nl = message.getLiteralLexicalForm();
            } else if (lang.startsWith("en") && en == null) {
                en = message.getLiteralLexicalForm();
            } else if (lang.isEmpty() && en == null) {
                en = message.getLiteralLexicalForm();
            }
        }
        if (en == null) {
            en = entry.message() == null ? "Invalid value" : entry.message();
        }
        if (nl == null) {
            // A shape without a Dutch message is a defect in our shapes; still tell the user something useful.
            nl = "Ongeldige waarde: " + en;
        }
        String path = entry.resultPath() instanceof P_Link link ? link.getNode().getURI() : "";
        String focus = entry.focusNode() == null ? "" : entry.focusNode().toString();
        String value = entry.value() == null ? "" : entry.value().isLiteral()
                ? entry.value().getLiteralLexicalForm() : entry.value().toString();
        String shape = entry.source() != null && entry.source().isURI() ? entry.source().getURI() : "";
        return new WriteRefusedException.Violation(focus, path, nl, en, value, shape);
    }
}
