package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.DetectionService;
import nl.datawijzer.privacy.InheritedClassificationService;
import nl.datawijzer.privacy.PrivacyProfile;
import nl.datawijzer.privacy.PrivacyReviewService;
import nl.datawijzer.privacy.detect.Suggestion;
import nl.datawijzer.privacy.ReviewDecision;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.ReviewItem;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/**
 * The privacy officer's work list: every field with its classification, suggestions first. Filters narrow it; a
 * click opens the decision; several suggestions can be confirmed as suggested at once, after a confirmation that
 * names how many and asks why.
 */
@Route(value = ReviewQueueView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.FG_NAME)
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "privacy/beoordelen";
    static final String SUGGESTED = "https://w3id.org/datawijzer/vocab/beoordeling/voorgesteld";
    private static final String ANY = "";

    private final PrivacyReviewService review;
    private final ValueListService values;
    private final CategoryText categoryText;
    private final InheritedClassificationService inherited;
    final Select<String> status = new Select<>();
    final Select<String> category = new Select<>();
    final TextField text = new TextField();
    final Grid<ReviewItem> grid = new Grid<>();
    final Button confirmSelected = new Button();
    final Checkbox detectedOnly = new Checkbox();
    private final Span count = new Span();

    public ReviewQueueView(PrivacyReviewService review, DetectionService detection, ValueListService values,
            InheritedClassificationService inherited) {
        this.review = review;
        this.values = values;
        this.categoryText = new CategoryText(values, this);
        this.inherited = inherited;
        setSizeFull();
        add(new H1(getTranslation("privacy.queue.title")), new Paragraph(getTranslation("privacy.queue.intro")));

        Map<String, String> statuses = withAny(values.options(ValueList.REVIEW_STATUS));
        status.setLabel(getTranslation("privacy.queue.status"));
        status.setItems(statuses.keySet());
        status.setItemLabelGenerator(statuses::get);
        status.setValue(SUGGESTED);
        status.setId("review-status");
        Map<String, String> categories = withAny(values.options(ValueList.PERSONAL_DATA_CATEGORY).stream()
                .map(o -> new Label(o.iri(), categoryText.of(o))).toList());
        category.setLabel(getTranslation("privacy.queue.category"));
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(categories::get);
        category.setValue(ANY);
        category.setId("review-category");
        text.setLabel(getTranslation("privacy.queue.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("review-text");
        detectedOnly.setLabel(getTranslation("privacy.queue.detectedOnly"));
        detectedOnly.setId("review-detected-only");
        detectedOnly.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        confirmSelected.setId("review-confirm-selected");
        confirmSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmSelected.setEnabled(false);
        confirmSelected.setText(getTranslation("privacy.queue.confirmSelected", 0));
        confirmSelected.addClickListener(e -> confirmSelection());
        count.setId("review-count");
        HorizontalLayout filters = new HorizontalLayout(status, category, text, detectedOnly, confirmSelected);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("review-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(i -> i.title() + " (" + i.technicalName() + ")").setHeader(getTranslation("privacy.col.field"))
                .setFlexGrow(2);
        grid.addColumn(ReviewItem::datasetTitle).setHeader(getTranslation("privacy.col.dataset")).setFlexGrow(2);
        grid.addColumn(ReviewItem::systemTitle).setHeader(getTranslation("privacy.col.system"));
        grid.addColumn(i -> i.personalData() ? categoryText.all(i.categories()) : getTranslation("privacy.notPersonal"))
                .setKey("personal").setHeader(getTranslation("privacy.col.personal")).setFlexGrow(2);
        grid.addColumn(i -> i.confidentiality().label()).setHeader(getTranslation("privacy.col.confidentiality"));
        grid.addColumn(i -> i.status().label()).setHeader(getTranslation("privacy.col.status"));
        grid.addColumn(this::detection).setKey("detection").setHeader(getTranslation("privacy.col.detection"))
                .setFlexGrow(2);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) { // null when the click raced a refresh of the list
                new DecisionDialog(review, values, e.getItem(), inherited.field(e.getItem().field()), this::refresh).open();
            }
        });
        grid.addSelectionListener(e -> {
            int selected = e.getAllSelectedItems().size();
            confirmSelected.setEnabled(selected > 0 && selected <= PrivacyReviewService.MAX_BULK);
            confirmSelected.setText(getTranslation("privacy.queue.confirmSelected", selected));
        });
        add(overview(review), new DetectionPanel(detection, this::refresh), filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private ReviewFilter filter() {
        return new ReviewFilter(status.getValue(), null, null, category.getValue(), text.getValue(),
                detectedOnly.getValue() ? Suggestion.CONFIDENT : 0);
    }

    void refresh() {
        ReviewFilter filter = filter();
        long total = review.count(filter);
        grid.deselectAll();
        grid.setItems(query -> review.queue(filter, new PageRequest(query.getOffset(), query.getLimit(), "", false))
                .items().stream(), query -> (int) Math.min(Integer.MAX_VALUE, total));
        count.setText(getTranslation("privacy.queue.count", total));
    }

    /** Confirms the selected fields exactly as they are classified now, with one rationale for all. */
    private void confirmSelection() {
        List<ReviewItem> selected = List.copyOf(grid.getSelectedItems());
        TextArea why = new TextArea(getTranslation("privacy.field.rationale"));
        why.setWidthFull();
        why.setId("bulk-rationale");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bulk-confirm");
        dialog.setHeader(getTranslation("privacy.bulk.title", selected.size()));
        dialog.add(new Paragraph(getTranslation("privacy.bulk.text", selected.size())), why);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("privacy.cancel"));
        dialog.setConfirmText(getTranslation("privacy.bulk.confirm", selected.size()));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                review.decideAll(selected.stream()
                        .map(item -> new ReviewDecision(item.field(), item.classification(), why.getValue())).toList());
                Notification.show(getTranslation("privacy.bulk.done", selected.size()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (WriteRefusedException refusal) {
                error(Refusals.text(refusal, getLocale()));
            } catch (IllegalArgumentException invalid) {
                error(invalid.getMessage());
            }
        });
        dialog.open();
    }

    /** Per system, where attention is needed first: BSN without a legal basis, special categories, unreviewed. */
    private Details overview(PrivacyReviewService review) {
        Grid<PrivacyProfile> systems = new Grid<>();
        systems.setId("privacy-overview");
        systems.setAllRowsVisible(true);
        systems.addColumn(PrivacyProfile::title).setHeader(getTranslation("privacy.overview.system")).setFlexGrow(2);
        systems.addColumn(PrivacyProfile::fields).setHeader(getTranslation("privacy.overview.fields"));
        systems.addColumn(PrivacyProfile::unreviewed).setHeader(getTranslation("privacy.overview.unreviewed"));
        systems.addColumn(PrivacyProfile::personalFields).setHeader(getTranslation("privacy.overview.personal"));
        systems.addColumn(PrivacyProfile::specialFields).setHeader(getTranslation("privacy.overview.special"));
        systems.addColumn(p -> categoryText.grouped(p.specialCategories())).setKey("kinds")
                .setHeader(getTranslation("privacy.overview.kinds")).setFlexGrow(3);
        systems.addColumn(PrivacyProfile::bsnFields).setHeader(getTranslation("privacy.overview.bsn"));
        systems.addColumn(PrivacyProfile::bsnWithoutLegalBasis).setHeader(getTranslation("privacy.overview.bsnWithoutBasis"));
        systems.addColumn(PrivacyProfile::inheritedFields).setHeader(getTranslation("inherit.overview.inherited"));
        systems.addColumn(p -> p.highestConfidentiality() == null ? "" : p.highestConfidentiality().label())
                .setHeader(getTranslation("privacy.overview.highest"));
        systems.setPartNameGenerator(p -> p.bsnWithoutLegalBasis() > 0 ? "dw-alert" : null);
        systems.setItems(review.overview());
        Details details = new Details(getTranslation("privacy.overview.title"), systems);
        details.setId("privacy-overview-details");
        details.setWidthFull();
        return details;
    }

    private String detection(ReviewItem item) {
        if (!item.detection().found()) {
            return "";
        }
        return categoryText.all(item.detection().categories())
                + String.format(getLocale(), " (%.0f%%)", item.detection().confidence() * 100);
    }

    private void error(String message) {
        Notification.show(getTranslation("privacy.bulk.refused", message), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Map<String, String> withAny(List<Label> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ANY, getTranslation("privacy.queue.any"));
        options.forEach(o -> labels.put(o.iri(), o.label()));
        return labels;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.queue.title") + " · Datawijzer";
    }
}
