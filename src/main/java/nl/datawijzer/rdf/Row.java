package nl.datawijzer.rdf;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jspecify.annotations.Nullable;

/** Typed access to one result row, so mapping code reads as the record it builds. */
public record Row(Binding binding) {

    public static List<Row> of(List<Binding> bindings) {
        return bindings.stream().map(Row::new).toList();
    }

    public @Nullable Node node(String var) {
        return binding.get(Var.alloc(var));
    }

    public String iri(String var) {
        Node node = node(var);
        return node == null ? "" : node.isURI() ? node.getURI() : node.toString();
    }

    public String text(String var) {
        Node node = node(var);
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
    }

    public @Nullable String optionalText(String var) {
        String text = text(var);
        return text.isEmpty() ? null : text;
    }

    public int integer(String var) {
        String text = text(var);
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    public boolean bool(String var) {
        return "true".equals(text(var)) || "1".equals(text(var));
    }

    public @Nullable Instant instant(String var) {
        String text = text(var);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A GROUP_CONCAT value split on {@code separator}, empty parts dropped. */
    public List<String> list(String var, String separator) {
        String text = text(var);
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(java.util.regex.Pattern.quote(separator))).filter(s -> !s.isBlank()).toList();
    }
}
