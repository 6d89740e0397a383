package nl.datawijzer.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
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

    private final Shapes shapes;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    public Shapes shapes() {
        return shapes;
    }

    /** Violations (severity Violation only; warnings do not block a write). */
    public List<WriteRefusedException.Violation> validate(Graph data, Collection<Node> focusNodes) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Set<Node> distinct = new LinkedHashSet<>(focusNodes);
        for (Node focus : distinct) {
            for (Shape shape : shapes.getTargetShapes()) {
                if (!shape.deactivated() && VLib.isFocusNode(shape, focus, data)) {
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
