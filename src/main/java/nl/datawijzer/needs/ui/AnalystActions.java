package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.needs.LinkedRecord;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedInput;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedType;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchKind;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;

/**
 * What an analyst does with a submitted, unfinished need: triage it (standard dashboard or ad hoc), assign it, link a
 * dataset (found through the catalogue search, page by page) or a KPI, and move it on to one of the steps the
 * transition table allows. Rejecting asks for confirmation, because a rejected need cannot be reopened.
 */
final class AnalystActions extends Section {

    private static final String DATASET_PREFIX = "dataset:";

    AnalystActions(Need need, NeedService needs, SearchService search, PageActions page, String me) {
        setId("need-actions");
        addClassName("dw-need-panel");
        add(new H2(getTranslation("needpage.actions.title")));

        RadioButtonGroup<NeedType> type = new RadioButtonGroup<>(getTranslation("needpage.actions.type"));
        type.setId("need-type");
        type.setItems(NeedType.values());
        type.setItemLabelGenerator(t -> t.label(getLocale()));
        type.setValue(need.type());
        type.addValueChangeListener(e -> {
            NeedType chosen = e.getValue();
            if (chosen != null && chosen != need.type()) {
                page.perform(() -> needs.triage(need.id(), chosen), "needpage.done.triage");
            }
        });
        add(type);

        TextField assignee = new TextField(getTranslation("needpage.actions.assignee"));
        assignee.setId("need-assignee");
        assignee.setValue(need.assignee() == null ? "" : need.assignee());
        assignee.setMaxLength(100);
        assignee.setPlaceholder(me);
        assignee.setHelperText(getTranslation("needpage.actions.assigneeHelp"));
        Button assign = new Button(getTranslation("needpage.actions.assign"), VaadinIcon.USER_CHECK.create(),
                // The placeholder shows the analyst's own account: an empty field assigns the need to them.
                e -> page.perform(() -> needs.assign(need.id(),
                        assignee.getValue().isBlank() ? me : assignee.getValue()), "needpage.done.assign"));
        assign.setId("need-assign");
        add(row(assignee, assign));

        ComboBox<SearchHit> dataset = new ComboBox<>(getTranslation("needpage.actions.dataset"));
        dataset.setId("need-link-dataset");
        dataset.setPlaceholder(getTranslation("needpage.actions.datasetPlaceholder"));
        dataset.setItemLabelGenerator(hit -> hit.subtitle() == null || hit.subtitle().isBlank() ? hit.title()
                : hit.title() + " (" + hit.subtitle() + ")");
        dataset.setItems(query -> {
            String text = query.getFilter().orElse("");
            if (text.length() > SearchRequest.MAX_TEXT) {
                text = text.substring(0, SearchRequest.MAX_TEXT);
            }
            int limit = Math.min(query.getLimit(), SearchRequest.MAX_LIMIT);
            int offset = query.getOffset();
            if (offset > SearchRequest.MAX_OFFSET) {
                return java.util.stream.Stream.empty();
            }
            return search.search(new SearchRequest(text, Map.of(Facet.KIND, Set.of(SearchKind.DATASET.label())),
                    offset, limit)).hits().stream().filter(h -> h.id().startsWith(DATASET_PREFIX));
        });
        dataset.setWidth("min(28rem, 100%)");
        Button linkDataset = new Button(getTranslation("needpage.actions.link"), VaadinIcon.LINK.create(), e -> {
            SearchHit hit = dataset.getValue();
            if (hit == null) {
                page.refuse(getTranslation("needpage.actions.chooseDataset"));
                return;
            }
            page.perform(() -> needs.linkDataset(need.id(), hit.id().substring(DATASET_PREFIX.length())),
                    "needpage.done.dataset");
        });
        linkDataset.setId("need-link-dataset-add");
        add(row(dataset, linkDataset));

        ComboBox<LinkedRecord> kpi = new ComboBox<>(getTranslation("needpage.actions.kpi"));
        kpi.setId("need-link-kpi");
        kpi.setItems(needs.kpis());
        kpi.setItemLabelGenerator(LinkedRecord::title);
        kpi.setWidth("min(28rem, 100%)");
        Button linkKpi = new Button(getTranslation("needpage.actions.link"), VaadinIcon.LINK.create(), e -> {
            LinkedRecord chosen = kpi.getValue();
            if (chosen == null) {
                page.refuse(getTranslation("needpage.actions.chooseKpi"));
                return;
            }
            page.perform(() -> needs.linkKpi(need.id(), chosen.slug()), "needpage.done.kpi");
        });
        linkKpi.setId("need-link-kpi-add");
        add(row(kpi, linkKpi));

        add(moves(need, needs, page));
    }

    private Component moves(Need need, NeedService needs, PageActions page) {
        Div moves = new Div();
        moves.addClassName("dw-need-moves");
        moves.add(new H3(getTranslation("needpage.actions.move")));
        TextField comment = new TextField(getTranslation("needpage.actions.moveComment"));
        comment.setId("need-move-comment");
        comment.setMaxLength(NeedInput.MAX_COMMENT);
        comment.setWidthFull();
        moves.add(comment);
        Div buttons = new Div();
        buttons.addClassName("dw-need-buttons");
        for (NeedStep to : need.step().next()) {
            Button move = new Button(label(to));
            move.setId("need-move-" + to.code());
            switch (to) {
                case AFGEWEZEN -> {
                    move.setIcon(VaadinIcon.BAN.create());
                    move.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    move.addClickListener(e -> confirmReject(need, needs, page, comment));
                }
                case GESLOTEN -> {
                    move.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
                    move.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                    move.addClickListener(e -> page.perform(() -> needs.move(need.id(), to, comment.getValue()),
                            "needpage.done.move"));
                }
                default -> {
                    move.setIcon(VaadinIcon.ARROW_RIGHT.create());
                    move.setIconAfterText(true);
                    move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    move.addClickListener(e -> page.perform(() -> needs.move(need.id(), to, comment.getValue()),
                            "needpage.done.move"));
                }
            }
            buttons.add(move);
        }
        moves.add(buttons);
        return moves;
    }

    private String label(NeedStep to) {
        return switch (to) {
            case AFGEWEZEN -> getTranslation("needpage.actions.reject");
            case GESLOTEN -> getTranslation("needpage.actions.close");
            default -> getTranslation("needpage.actions.moveTo", to.label(getLocale()));
        };
    }

    private void confirmReject(Need need, NeedService needs, PageActions page, TextField comment) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("need-reject-confirm");
        confirm.setHeader(getTranslation("needpage.reject.title"));
        confirm.setText(getTranslation("needpage.reject.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("needpage.cancel"));
        confirm.setConfirmText(getTranslation("needpage.actions.reject"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> page.perform(() -> needs.move(need.id(), NeedStep.AFGEWEZEN, comment.getValue()),
                "needpage.done.move"));
        confirm.open();
    }

    private static Component row(Component field, Button button) {
        Div row = new Div(field, button);
        row.addClassName("dw-need-row");
        return row;
    }
}
