package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.Classification;
import nl.datawijzer.privacy.FieldInheritance;
import nl.datawijzer.privacy.PrivacyReviewService;
import nl.datawijzer.privacy.ReviewDecision;
import nl.datawijzer.privacy.ReviewItem;
import nl.datawijzer.rdf.WriteRefusedException;

/**
 * The privacy officer decides on one field: the form starts from the current classification, so keeping it as it
 * is confirms it; the history of earlier decisions is shown below. A refused decision changes nothing.
 */
class DecisionDialog extends Dialog {

    final Checkbox personal = new Checkbox();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final Select<String> confidentiality = new Select<>();
    final TextField legalGround = new TextField();
    final TextArea rationale = new TextArea();
    final Button decide = new Button();
    private final Paragraph error = new Paragraph();

    DecisionDialog(PrivacyReviewService review, ValueListService values, ReviewItem item, FieldInheritance inheritance,
            Runnable onDecided) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation("privacy.decide.title", item.title(), item.technicalName()));
        setWidth("min(52rem, 95vw)");
        CategoryText categoryText = new CategoryText(values, this);
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        values.options(ValueList.PERSONAL_DATA_CATEGORY).forEach(o -> categoryLabels.put(o.iri(), categoryText.of(o)));
        Map<String, String> levels = labels(values.options(ValueList.CONFIDENTIALITY));

        personal.setLabel(getTranslation("privacy.field.personal"));
        personal.setValue(item.personalData());
        categories.setLabel(getTranslation("privacy.field.categories"));
        categories.setItems(categoryLabels.keySet());
        categories.setItemLabelGenerator(categoryLabels::get);
        categories.setValue(item.categories().stream().map(Label::iri).toList());
        categories.setEnabled(item.personalData());
        personal.addValueChangeListener(e -> {
            categories.setEnabled(e.getValue());
            if (!e.getValue()) {
                categories.clear();
            }
        });
        confidentiality.setLabel(getTranslation("privacy.field.confidentiality"));
        confidentiality.setItems(levels.keySet());
        confidentiality.setItemLabelGenerator(levels::get);
        confidentiality.setValue(item.confidentiality().iri());
        legalGround.setLabel(getTranslation("privacy.field.legalGround"));
        legalGround.setHelperText(getTranslation("privacy.field.legalGroundHelp"));
        legalGround.setValue(item.legalGround() == null ? "" : item.legalGround());
        legalGround.setMaxLength(300);
        rationale.setLabel(getTranslation("privacy.field.rationale"));
        rationale.setId("decision-rationale");
        rationale.setRequired(true);
        rationale.setMaxLength(2000);
        rationale.setWidthFull();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(new Paragraph(getTranslation("privacy.decide.where", item.datasetTitle(), item.systemTitle(),
                item.status().label())), 2);
        form.add(personal, confidentiality);
        form.add(categories, 2);
        form.add(legalGround, 2);
        form.add(rationale, 2);
        error.setId("decision-error");
        error.addClassName("dw-error");
        error.setVisible(false);
        add(form, error);
        if (inheritance.inherits()) {
            add(new InheritedLine(inheritance));
        }
        if (item.detection().found()) {
            add(detection(item.detection()));
        }
        add(new H3(getTranslation("privacy.history.title")), new HistoryList(review.history(item.field()), values));

        decide.setText(getTranslation("privacy.decide.save"));
        decide.setId("decision-save");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(e -> {
            try {
                review.decide(new ReviewDecision(item.field(), new Classification(personal.getValue(),
                        List.copyOf(categories.getValue()), confidentiality.getValue(), legalGround.getValue()),
                        rationale.getValue()));
                Notification.show(getTranslation("privacy.decide.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onDecided.run();
            } catch (WriteRefusedException refusal) {
                showError(Refusals.text(refusal, getLocale()));
            } catch (IllegalArgumentException invalid) {
                showError(invalid.getMessage());
            }
        });
        Button cancel = new Button(getTranslation("privacy.cancel"), e -> close());
        getFooter().add(cancel, decide);
    }

    /** What the detectors suspect, why, and a button that puts it in the form (the FG still decides). */
    private Div detection(ReviewItem.Detection found) {
        Div box = new Div();
        box.setId("decision-detection");
        box.addClassName("dw-detection");
        box.add(new H3(getTranslation("privacy.detection.title", Math.round(found.confidence() * 100))));
        box.add(new Paragraph(found.explanation()));
        Button apply = new Button(getTranslation("privacy.detection.apply"), e -> {
            personal.setValue(true);
            categories.setValue(found.categories().stream().map(Label::iri).toList());
        });
        apply.setId("decision-apply-detection");
        apply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(apply);
        return box;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private Map<String, String> labels(List<Label> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.put(o.iri(), o.label()));
        return labels;
    }
}
