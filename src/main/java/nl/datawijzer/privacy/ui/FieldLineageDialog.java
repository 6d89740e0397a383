package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.privacy.ApprovalEvent;
import nl.datawijzer.privacy.ApprovalRequest;
import nl.datawijzer.privacy.DerivationApproval;
import nl.datawijzer.privacy.DerivedField;
import nl.datawijzer.privacy.FieldInheritance;
import nl.datawijzer.privacy.FieldRef;
import nl.datawijzer.privacy.InheritedClassification;
import nl.datawijzer.privacy.InheritedClassificationService;
import nl.datawijzer.privacy.SourceLink;
import nl.datawijzer.privacy.StepKind;
import nl.datawijzer.rdf.WriteRefusedException;

/**
 * A field's lineage seen from privacy: what it inherits and from where, its direct source fields with what each
 * passes on and whether the privacy officer approved that step, and the decisions on those steps. The FG approves or
 * withdraws a step here and sees which fields inherit from this one; others see the same state without buttons (the
 * service refuses them anyway).
 */
public class FieldLineageDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final InheritedClassificationService service;
    private final FieldId field;
    private final String fieldTitle;
    private final boolean fg;
    private final Runnable onChanged;
    private final Div body = new Div();

    public FieldLineageDialog(InheritedClassificationService service, FieldId field, String fieldTitle, boolean fg,
            Runnable onChanged) {
        this.service = service;
        this.field = field;
        this.fieldTitle = fieldTitle;
        this.fg = fg;
        this.onChanged = onChanged;
        setId("lineage-dialog");
        setHeaderTitle(getTranslation("inherit.title", fieldTitle));
        setWidth("min(56rem, 95vw)");
        add(body);
        getFooter().add(new Button(getTranslation("inherit.close"), e -> close()));
        show();
    }

    private void show() {
        body.removeAll();
        body.add(inherited(service.field(field)));
        body.add(sources(service.sources(field)));
        if (fg) {
            body.add(downstream(service.downstream(field)));
        }
        List<ApprovalEvent> history = service.history(field);
        if (!history.isEmpty()) {
            body.add(history(history));
        }
    }

    private Component inherited(FieldInheritance inheritance) {
        Div section = section("lineage-inherited", "inherit.inherited.title");
        if (!inheritance.inherits()) {
            section.add(new Paragraph(getTranslation("inherit.inherited.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (InheritedClassification source : inheritance.sources()) {
            ListItem item = new ListItem(getTranslation("inherit.source", source.sourceField().datasetTitle(),
                    source.sourceField().title(), labels(source.categories())));
            if (!source.via().isEmpty()) {
                Span via = new Span(" " + getTranslation("inherit.via", names(source.via())));
                via.addClassName("dw-secondary");
                item.add(via);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component sources(List<SourceLink> sources) {
        Div section = section("lineage-sources", "inherit.sources.title");
        if (sources.isEmpty()) {
            section.add(new Paragraph(getTranslation("inherit.sources.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (SourceLink link : sources) {
            FieldRef source = link.source();
            ListItem item = new ListItem();
            item.setId("lineage-source-" + slug(source.id()));
            item.add(new Span(source.datasetTitle() + " › " + source.title()));
            item.add(new Paragraph(link.carries().isEmpty() ? getTranslation("inherit.sources.carriesNothing")
                    : getTranslation("inherit.sources.carries", labels(link.carries()))));
            DerivationApproval approval = link.approval();
            if (approval != null) {
                Paragraph approved = new Paragraph(getTranslation("inherit.sources.approved", kind(approval.stepKind()),
                        approval.decidedBy(), when(approval.at()), approval.rationale()));
                approved.addClassName("dw-approved");
                item.add(approved);
            } else if (!link.carries().isEmpty()) {
                item.add(new Paragraph(getTranslation("inherit.sources.passes")));
            }
            if (fg) {
                item.add(approval == null ? approveButton(source) : withdrawButton(source));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Button approveButton(FieldRef source) {
        Button approve = new Button(getTranslation("inherit.approve"), e -> openApproval(source));
        approve.setId("approve-" + slug(source.id()));
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return approve;
    }

    private Button withdrawButton(FieldRef source) {
        Button withdraw = new Button(getTranslation("inherit.withdraw"), e -> openWithdrawal(source));
        withdraw.setId("withdraw-" + slug(source.id()));
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return withdraw;
    }

    private void openApproval(FieldRef source) {
        Dialog dialog = new Dialog();
        dialog.setId("approval-dialog");
        dialog.setHeaderTitle(getTranslation("inherit.approve.title", fieldTitle, source.datasetTitle() + " › "
                + source.title()));
        dialog.setWidth("min(40rem, 95vw)");
        Select<StepKind> kind = new Select<>();
        kind.setId("approval-kind");
        kind.setLabel(getTranslation("inherit.approve.kind"));
        kind.setItems(StepKind.values());
        kind.setItemLabelGenerator(this::kind);
        kind.setValue(StepKind.AGGREGATION);
        TextArea rationale = rationale("approval-rationale");
        Paragraph error = error("approval-error");
        dialog.add(new Paragraph(getTranslation("inherit.approve.text")), kind, rationale, error);
        Button save = new Button(getTranslation("inherit.approve.save"), e -> {
            try {
                service.approve(new ApprovalRequest(field, source.id(), kind.getValue(), rationale.getValue()));
                dialog.close();
                done("inherit.approve.saved");
            } catch (WriteRefusedException refusal) {
                show(error, Refusals.text(refusal, getLocale()));
            } catch (IllegalArgumentException invalid) {
                show(error, invalid.getMessage());
            }
        });
        save.setId("approval-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("inherit.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openWithdrawal(FieldRef source) {
        TextArea rationale = rationale("withdraw-rationale");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("withdraw-confirm");
        dialog.setHeader(getTranslation("inherit.withdraw.title"));
        dialog.add(new Paragraph(getTranslation("inherit.withdraw.text", source.datasetTitle() + " › " + source.title(),
                fieldTitle)), rationale);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("inherit.cancel"));
        dialog.setConfirmText(getTranslation("inherit.withdraw.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                service.withdraw(field, source.id(), rationale.getValue());
                done("inherit.withdraw.done");
            } catch (WriteRefusedException refusal) {
                refused(Refusals.text(refusal, getLocale()));
            } catch (IllegalArgumentException invalid) {
                refused(invalid.getMessage());
            }
        });
        dialog.open();
    }

    private Component downstream(List<DerivedField> derived) {
        Div section = section("lineage-downstream", "inherit.downstream.title");
        if (derived.isEmpty()) {
            section.add(new Paragraph(getTranslation("inherit.downstream.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (DerivedField d : derived) {
            ListItem item = new ListItem(d.field().datasetTitle() + " › " + d.field().title());
            List<FieldRef> between = d.path().subList(0, d.path().size() - 1);
            if (!between.isEmpty()) {
                Span via = new Span(" " + getTranslation("inherit.via", names(between)));
                via.addClassName("dw-secondary");
                item.add(via);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component history(List<ApprovalEvent> events) {
        Div section = section("lineage-history", "inherit.history.title");
        UnorderedList list = new UnorderedList();
        for (ApprovalEvent event : events) {
            String source = event.source().datasetTitle() + " › " + event.source().title();
            ListItem item = new ListItem(event.granted() && event.stepKind() != null
                    ? getTranslation("inherit.history.granted", when(event.at()), event.decidedBy(),
                            kind(event.stepKind()), source)
                    : getTranslation("inherit.history.withdrawn", when(event.at()), event.decidedBy(), source));
            item.add(new Paragraph(getTranslation("inherit.history.why", event.rationale())));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private void done(String messageKey) {
        Notification.show(getTranslation(messageKey), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
        onChanged.run();
    }

    private void refused(String message) {
        Notification.show(getTranslation("inherit.refused", message), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.setId(id);
        return section;
    }

    private TextArea rationale(String id) {
        TextArea rationale = new TextArea(getTranslation("inherit.rationale"));
        rationale.setId(id);
        rationale.setRequired(true);
        rationale.setMaxLength(2000);
        rationale.setWidthFull();
        return rationale;
    }

    private static Paragraph error(String id) {
        Paragraph error = new Paragraph();
        error.setId(id);
        error.addClassName("dw-error");
        error.setVisible(false);
        return error;
    }

    private static void show(Paragraph error, String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private String kind(StepKind kind) {
        return getTranslation("inherit.kind." + kind.name());
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }

    private static String labels(List<Label> labels) {
        return labels.stream().map(Label::label).collect(Collectors.joining(", "));
    }

    private static String names(List<FieldRef> fields) {
        return fields.stream().map(f -> f.datasetTitle() + " › " + f.title()).collect(Collectors.joining(" ← "));
    }

    private static String slug(FieldId id) {
        return id.dataset().slug() + "-" + id.slug();
    }
}
