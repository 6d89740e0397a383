package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.rdf.WriteRefusedException;

/**
 * Shows why the store refused a write: each violation at the input for its property (the violation's
 * {@code path}); a rule that combines properties has no path, so it is placed by its shape
 * ({@code sourceShape}) when the form names an input for it; the rest goes to an error area at the top
 * of the form. Every form uses this (the catalogue's and the processing register's), so the same property always
 * lands at the same kind of input.
 */
public final class ViolationMessages {

    static final String DCT = "http://purl.org/dc/terms/";
    static final String DW = "https://w3id.org/datawijzer/def#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DPV = "https://w3id.org/dpv#";
    static final String SHAPES = "https://w3id.org/datawijzer/shapes#";

    private final Map<String, HasValidation> inputs = new LinkedHashMap<>();
    private final Map<String, HasValidation> rules = new LinkedHashMap<>();
    private final Set<HasValidation> marked = new HashSet<>();
    private final Div area = new Div();

    public ViolationMessages(String areaId) {
        area.setId(areaId);
        area.addClassName("dw-form-errors");
        area.getElement().setAttribute("role", "alert");
        area.getStyle().set("color", "var(--lumo-error-text-color)");
        area.setVisible(false);
    }

    /** Registers the input that shows violations about {@code propertyIri}. */
    public ViolationMessages at(String propertyIri, HasValidation input) {
        inputs.put(propertyIri, input);
        return this;
    }

    /** Registers the input that shows violations of the rule shape {@code shapeIri} (a rule without a path). */
    public ViolationMessages atRule(String shapeIri, HasValidation input) {
        rules.put(shapeIri, input);
        return this;
    }

    /** The error area for violations that belong to no input; place it at the top of the form. */
    public Div area() {
        return area;
    }

    /** Removes the messages of an earlier refusal. */
    public void clear() {
        for (HasValidation input : marked) {
            input.setInvalid(false);
            input.setErrorMessage(null);
        }
        marked.clear();
        area.removeAll();
        area.setVisible(false);
    }

    /** Shows every violation of the refusal in the reader's language. */
    public void show(WriteRefusedException refusal, Locale locale) {
        clear();
        Map<HasValidation, List<String>> byInput = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (WriteRefusedException.Violation violation : refusal.violations()) {
            String message = violation.message(locale);
            HasValidation input = violation.path().isEmpty()
                    ? rules.get(violation.sourceShape()) : inputs.get(violation.path());
            if (input == null) {
                general.add(message);
            } else {
                List<String> messages = byInput.computeIfAbsent(input, i -> new ArrayList<>());
                if (!messages.contains(message)) {
                    messages.add(message);
                }
            }
        }
        if (refusal.violations().isEmpty() && refusal.getMessage() != null) {
            general.add(refusal.getMessage());
        }
        byInput.forEach((input, messages) -> {
            input.setErrorMessage(String.join(" ", messages));
            input.setInvalid(true);
            marked.add(input);
        });
        general.forEach(this::showGeneral);
    }

    /** Shows one message in the error area (a refusal that is about the whole record). */
    public void showGeneral(String message) {
        area.add(new Paragraph(message));
        area.setVisible(true);
    }
}
