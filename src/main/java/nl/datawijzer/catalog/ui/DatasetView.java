package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.hosting.HostedFileService;
import nl.datawijzer.opendata.hosting.ui.HostedFilesSection;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.InvalidIdException;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.security.Role;
import nl.datawijzer.opendata.GateService;
import nl.datawijzer.opendata.PublicationService;
import nl.datawijzer.opendata.ui.PublicationPanel;
import nl.datawijzer.privacy.DetectionService;
import nl.datawijzer.privacy.FieldInheritance;
import nl.datawijzer.lineage.LineageService;
import nl.datawijzer.lineage.picture.ui.LineagePanel;
import nl.datawijzer.privacy.InheritedClassificationService;
import nl.datawijzer.privacy.PrivacyReviewService;
import nl.datawijzer.privacy.ui.CategoryText;
import nl.datawijzer.lineage.ui.ImpactView;
import nl.datawijzer.lineage.ui.LineageEditView;
import nl.datawijzer.privacy.ui.FieldLineageDialog;
import nl.datawijzer.privacy.ui.InheritedLine;
import nl.datawijzer.privacy.ui.SampleUpload;
import nl.datawijzer.privacy.ui.HistoryList;
import nl.datawijzer.privacy.ui.PrivacySummary;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.ui.QualitySummary;
import nl.datawijzer.ui.FieldName;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * One dataset: its description and metadata, where it comes from and what is built on it, and its fields
 * with their classification. Stewards (BEHEERDER) edit the dataset and its fields from here.
 */
@Route(value = "datasets/:slug", layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class DatasetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DatasetService datasets;
    private final ValueListService values;
    private final PrivacyReviewService privacy;
    private final DetectionService detection;
    private final HostedFileService hosting;
    private final boolean steward;
    private final InheritedClassificationService inherited;
    private final boolean privacyOfficer;
    private final PublicationService publications;
    private final GateService gate;
    private final LineageService lineageGraph;
    private final QualityService quality;
    private Map<FieldId, FieldInheritance> inheritance = Map.of();
    private final Grid<FieldRow> fields = new Grid<>(FieldRow.class, false);
    private @Nullable DatasetDetail dataset;

    public DatasetView(DatasetService datasets, ValueListService values, PrivacyReviewService privacy,
            DetectionService detection, InheritedClassificationService inherited, AuthenticationContext authentication,
            PublicationService publications, GateService gate,
            HostedFileService hosting, LineageService lineageGraph, QualityService quality) {
        this.quality = quality;
        this.datasets = datasets;
        this.lineageGraph = lineageGraph;
        this.hosting = hosting;
        this.values = values;
        this.privacy = privacy;
        this.detection = detection;
        this.steward = authentication.hasRole(Role.BEHEERDER_NAME);
        this.inherited = inherited;
        this.privacyOfficer = authentication.hasRole(Role.FG_NAME);
        this.publications = publications;
        this.gate = gate;
        setMaxWidth("100rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            dataset = datasets.get(new DatasetId(event.getRouteParameters().get("slug").orElse("")));
        } catch (InvalidIdException | RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(dataset);
    }

    private void show(DatasetDetail detail) {
        removeAll();
        H1 title = new H1(detail.title());
        title.setId("dataset-title");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        if (steward) {
            Button edit = new Button(getTranslation("catalog.dataset.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(DatasetEditView.class,
                            new RouteParameters("slug", detail.id().slug()))));
            edit.setId("edit-dataset");
            Button addField = new Button(getTranslation("catalog.field.add"), VaadinIcon.PLUS.create(),
                    e -> openFieldDialog(null));
            addField.setId("add-field");
            addField.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(edit, addField);
        }
        add(header);

        Paragraph description = new Paragraph(detail.description());
        description.setId("dataset-description");
        description.addClassName("dw-lead");
        add(description);
        add(QualitySummary.ofDataset(detail.id().slug(), quality.latestScore(detail.id())));
        add(new PrivacySummary(privacy.dataset(detail.id()), values));
        add(metadata(detail));
        add(lineage(detail.lineage(), detail.id()));
        add(new PublicationPanel(publications, gate, detail.id(), steward, privacyOfficer));

        add(new H2(getTranslation("catalog.dataset.fields")));
        inheritance = inherited.dataset(detail.id());
        configureFields(detail.id());
        add(fields);
        if (steward) {
            add(new SampleUpload(detection, detail.id()));
        }
        add(new HostedFilesSection(hosting, values, detail.id(), steward));
    }

    private Component metadata(DatasetDetail detail) {
        return new MetaList("dataset-meta")
                .item(getTranslation("catalog.dataset.system"), RecordLinks.toSystem(detail.system()))
                .text(getTranslation("catalog.owner"), detail.owner().label())
                .text(getTranslation("catalog.steward"), detail.steward().label())
                .text(getTranslation("catalog.dataset.themes"), labels(detail.themes()))
                .text(getTranslation("catalog.dataset.frequency"), detail.frequency().label())
                .text(getTranslation("catalog.dataset.accessRights"), detail.accessRights().label())
                .text(getTranslation("catalog.dataset.legalBases"), labels(detail.legalBases()))
                .text(getTranslation("catalog.dataset.legalGround"), detail.legalGround())
                .text(getTranslation("catalog.dataset.keywords"), String.join(", ", detail.keywords()))
                .text(getTranslation("catalog.dataset.openDataCandidate"),
                        getTranslation(detail.openDataCandidate() ? "catalog.yes" : "catalog.no"))
                .text(getTranslation("catalog.modified"), Dates.format(detail.modified(), getLocale()));
    }

    private Component lineage(DatasetDetail.Lineage lineage, DatasetId id) {
        Div section = new Div();
        section.setId("dataset-lineage");
        section.add(new H2(getTranslation("catalog.lineage.title")));
        Anchor impact = new Anchor(ImpactView.address("dataset/" + id.slug()), getTranslation("lineage.impact.link"));
        impact.setId("dataset-impact");
        Paragraph links = new Paragraph(impact);
        if (steward) {
            Anchor editLineage = new Anchor(LineageEditView.address(id.slug()), getTranslation("lineage.edit.link"));
            editLineage.setId("dataset-lineage-edit");
            links.add(new Span(" · "), editLineage);
        }
        section.add(links);
        section.add(new LineagePanel(lineageGraph, id.slug()));
        if (lineage.derivedFrom().isEmpty() && lineage.feeds().isEmpty() && lineage.generatedBy().isEmpty()
                && lineage.kpis().isEmpty()) {
            section.add(new Paragraph(getTranslation("catalog.lineage.none")));
            return section;
        }
        section.add(new MetaList("dataset-lineage-list")
                .items(getTranslation("catalog.lineage.derivedFrom"),
                        lineage.derivedFrom().stream().map(RecordLinks::toDataset).toList())
                .items(getTranslation("catalog.lineage.feeds"),
                        lineage.feeds().stream().map(RecordLinks::toDataset).toList())
                .text(getTranslation("catalog.lineage.generatedBy"), labels(lineage.generatedBy()))
                .text(getTranslation("catalog.lineage.kpis"), labels(lineage.kpis())));
        return section;
    }

    private void configureFields(DatasetId id) {
        fields.removeAllColumns();
        fields.setId("fields-grid");
        fields.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        fields.setAllRowsVisible(true);
        fields.addColumn(FieldRow::position).setKey("position").setHeader("#")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        fields.addColumn(new ComponentRenderer<>(DatasetView::fieldName)).setKey("title")
                .setHeader(getTranslation("catalog.field.title")).setFlexGrow(2);
        fields.addColumn(f -> DatatypeWords.words(f.datatype(), this::getTranslation)).setKey("datatype")
                .setHeader(getTranslation("catalog.field.datatype"));
        fields.addColumn(new ComponentRenderer<>(DatasetView::classification)).setKey("confidentiality")
                .setHeader(getTranslation("catalog.field.confidentiality")).setAutoWidth(true);
        CategoryText categoryText = new CategoryText(values, this);
        fields.addColumn(new ComponentRenderer<>(field -> categories(field, categoryText))).setKey("categories")
                .setHeader(getTranslation("catalog.field.categories")).setFlexGrow(2);
        fields.addColumn(new ComponentRenderer<>(DatasetView::reviewStatus)).setKey("status")
                .setHeader(getTranslation("catalog.field.status")).setAutoWidth(true);
        fields.addColumn(FieldRow::description).setKey("description")
                .setHeader(getTranslation("catalog.field.description")).setFlexGrow(4);
        fields.addColumn(new ComponentRenderer<>(this::historyButton)).setKey("history")
                .setHeader(getTranslation("catalog.field.history")).setAutoWidth(true).setFlexGrow(0);
        fields.addColumn(new ComponentRenderer<>(this::lineageButton)).setKey("lineage")
                .setHeader(getTranslation("inherit.column")).setAutoWidth(true).setFlexGrow(0);
        if (steward) {
            fields.addColumn(new ComponentRenderer<>(this::editButton)).setKey("edit")
                    .setHeader(getTranslation("catalog.field.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        LazyPaging.load(fields, page -> datasets.fields(id,
                new PageRequest(page.offset(), page.limit(), "", false)));
    }

    private static Component fieldName(FieldRow field) {
        return FieldName.cell(field.title(), field.technicalName());
    }

    /** Badge coloured by rank on the confidentiality scale (styles dw-badge rank-N). */
    private static Component classification(FieldRow field) {
        Span badge = new Span(field.confidentiality().label());
        badge.addClassNames("dw-badge", "rank-" + field.confidentialityRank());
        return badge;
    }

    private static Component reviewStatus(FieldRow field) {
        Span badge = new Span(field.classificationStatus().label());
        badge.addClassNames("dw-badge", field.confirmed() ? "status-confirmed" : "status-suggested");
        return badge;
    }

    /** The privacy officer's decisions on the field, read-only, for everyone who may see the dataset. */
    private Component historyButton(FieldRow field) {
        Button history = new Button(VaadinIcon.CLOCK.create(), e -> {
            Dialog dialog = new Dialog(new HistoryList(privacy.history(field.id()), values));
            dialog.setId("history-dialog");
            dialog.setHeaderTitle(getTranslation("catalog.field.historyOf", field.title()));
            dialog.setWidth("min(44rem, 95vw)");
            dialog.getFooter().add(new Button(getTranslation("catalog.field.close"), c -> dialog.close()));
            dialog.open();
        });
        history.setId("history-field-" + field.id().slug());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        history.getElement().setAttribute("aria-label", getTranslation("catalog.field.historyOf", field.title()));
        history.setTooltipText(getTranslation("catalog.field.history"));
        return history;
    }

    /** The field's own categories, and under them what it inherits along its lineage. */
    private Component categories(FieldRow field, CategoryText categoryText) {
        Div cell = new Div(new Span(categoryText.all(field.categories())));
        FieldInheritance inherits = inheritance.get(field.id());
        if (inherits != null && inherits.inherits()) {
            cell.add(new InheritedLine(inherits));
        }
        return cell;
    }

    /** Lineage and privacy of the field; the privacy officer approves or withdraws derivation steps there. */
    private Component lineageButton(FieldRow field) {
        Button lineage = new Button(VaadinIcon.CONNECT.create(), e -> new FieldLineageDialog(inherited, field.id(),
                field.title(), privacyOfficer, () -> {
                    DatasetDetail current = dataset;
                    if (current != null) {
                        show(current);
                    }
                }).open());
        lineage.setId("lineage-field-" + field.id().slug());
        lineage.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        lineage.getElement().setAttribute("aria-label", getTranslation("inherit.open", field.title()));
        lineage.setTooltipText(getTranslation("inherit.column"));
        return lineage;
    }

    private Component editButton(FieldRow field) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openFieldDialog(field));
        edit.setId("edit-field-" + field.id().slug());
        edit.addClassName("field-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.getElement().setAttribute("aria-label", getTranslation("catalog.field.editNamed", field.title()));
        edit.setTooltipText(getTranslation("catalog.field.edit"));
        return edit;
    }

    private void openFieldDialog(@Nullable FieldRow field) {
        DatasetDetail current = dataset;
        if (current == null) {
            return;
        }
        new FieldDialog(datasets, values, current.id(), field, () -> fields.getDataProvider().refreshAll()).open();
    }

    private static String labels(List<Label> labels) {
        return labels.stream().map(Label::label).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return (dataset == null ? getTranslation("catalog.datasets.title") : dataset.title()) + " — Datawijzer";
    }
}
