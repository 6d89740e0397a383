package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.quality.Grade;
import nl.datawijzer.quality.Score;

/**
 * A reliability score at a glance: the letter in a coloured box, then the score and the grade in words ("C 62
 * voldoende"), so nothing depends on telling colours apart. Each box colour has a contrast of at least 4.5:1 with its
 * white letter. Without a score it says "nog geen score".
 */
public final class GradeBadge extends Span {

    /** Box colours, green for A to red for E; white text on each stays readable (checked by GradeBadgeTest). */
    static final Map<Grade, String> COLOURS = Map.of(Grade.A, "#1e6b34", Grade.B, "#3f6212", Grade.C, "#8a5300",
            Grade.D, "#a3400d", Grade.E, "#b3261e");

    public GradeBadge(Optional<Score> score) {
        addClassName("dw-grade");
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "0.35em")
                .set("white-space", "nowrap").set("font-size", "var(--lumo-font-size-s)");
        if (score.isEmpty()) {
            addClassName("dw-grade-none");
            setText(getTranslation("qpage.badge.none"));
            getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-style", "italic");
            getElement().setAttribute("title", getTranslation("qpage.badge.noneLabel"));
            return;
        }
        Score shown = score.get();
        Grade grade = shown.grade();
        getElement().setAttribute("data-grade", grade.name());
        Span letter = new Span(grade.name());
        letter.addClassName("dw-grade-letter");
        letter.getStyle().set("background", COLOURS.get(grade)).set("color", "#ffffff").set("font-weight", "700")
                .set("padding", "0 0.45em").set("border-radius", "4px").set("min-width", "1.2em")
                .set("text-align", "center");
        Span value = new Span(String.valueOf(shown.value()));
        value.addClassName("dw-grade-score");
        value.getStyle().set("font-weight", "600");
        Span word = new Span(getTranslation("qpage.grade." + grade.name()));
        word.addClassName("dw-grade-word");
        add(letter, value, word);
        String label = getTranslation("qpage.badge.label", grade.name(), shown.value(),
                getTranslation("qpage.grade." + grade.name()));
        getElement().setAttribute("title", label);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("role", "img");
    }
}
