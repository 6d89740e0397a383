package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.datawijzer.needs.FeedbackVerdict;
import nl.datawijzer.needs.FollowUpKind;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedInput;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;

/**
 * What the requester does on their own need: finish a draft (on the form), say at Terugkoppeling whether the answer
 * met the need, and start a follow-up (deepen, broaden, sharpen) that opens as a new draft on the form.
 */
final class RequesterActions extends Section {

    RequesterActions(Need need, NeedService needs, PageActions page, Consumer<NeedId> openDraft) {
        setId("need-requester");
        addClassName("dw-need-panel");
        add(new H2(getTranslation("needpage.requester.title")));
        if (need.step() == NeedStep.CONCEPT) {
            Paragraph note = new Paragraph(getTranslation("needpage.requester.draft"));
            note.setId("need-draft-note");
            Anchor edit = new Anchor(NeedRoutes.edit(need.id()), getTranslation("needpage.requester.edit"));
            edit.setId("need-edit");
            edit.getElement().setAttribute("router-link", true);
            edit.addClassName("dw-need-edit");
            add(note, edit);
        }
        if (need.step() == NeedStep.TERUGKOPPELING) {
            add(feedback(need, needs, page));
        }
        if (need.step() == NeedStep.TERUGKOPPELING || need.step() == NeedStep.GESLOTEN) {
            add(followUps(need, needs, page, openDraft));
        }
    }

    /** Whether the requester has anything to do on this page. */
    static boolean hasWork(Need need) {
        return need.step() == NeedStep.CONCEPT || need.step() == NeedStep.TERUGKOPPELING
                || need.step() == NeedStep.GESLOTEN;
    }

    private Div feedback(Need need, NeedService needs, PageActions page) {
        Div form = new Div();
        form.setId("need-feedback-form");
        form.addClassName("dw-need-feedback");
        form.add(new H3(getTranslation("needpage.feedback.question")));
        RadioButtonGroup<FeedbackVerdict> verdict = new RadioButtonGroup<>(getTranslation("needpage.feedback.verdict"));
        verdict.setId("need-feedback-verdict");
        verdict.setItems(FeedbackVerdict.values());
        verdict.setItemLabelGenerator(v -> v.label(getLocale()));
        TextArea text = new TextArea(getTranslation("needpage.feedback.text"));
        text.setId("need-feedback-text");
        text.setMaxLength(NeedInput.MAX_COMMENT);
        text.setWidthFull();
        text.setHelperText(getTranslation("needpage.feedback.textHelp"));
        if (need.feedback() != null) {
            verdict.setValue(need.feedback().verdict());
            text.setValue(need.feedback().text());
        }
        Button send = new Button(getTranslation("needpage.feedback.send"), VaadinIcon.PAPERPLANE.create(), e -> {
            FeedbackVerdict chosen = verdict.getValue();
            if (chosen == null) {
                page.refuse(getTranslation("needpage.feedback.chooseVerdict"));
                return;
            }
            page.perform(() -> needs.feedback(need.id(), chosen, text.getValue()), "needpage.done.feedback");
        });
        send.setId("need-feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(verdict, text, send);
        return form;
    }

    private Div followUps(Need need, NeedService needs, PageActions page, Consumer<NeedId> openDraft) {
        Div section = new Div();
        section.setId("need-follow-up");
        section.addClassName("dw-need-follow-up");
        section.add(new H3(getTranslation("needpage.followUp.title")));
        section.add(new Paragraph(getTranslation("needpage.followUp.intro")));
        for (FollowUpKind kind : FollowUpKind.values()) {
            Button start = new Button(kind.label(getLocale()), VaadinIcon.PLUS.create(), e -> {
                NeedId created = page.attempt(() -> needs.followUp(need.id(), kind));
                if (created != null) {
                    openDraft.accept(created);
                }
            });
            start.setId("need-follow-up-" + kind.code());
            Paragraph explanation = new Paragraph(getTranslation("needpage.followUp." + kind.code()));
            explanation.addClassName("dw-need-explain");
            Div row = new Div(start, explanation);
            row.addClassName("dw-need-follow-up-row");
            section.add(row);
        }
        return section;
    }
}
