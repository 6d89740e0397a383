package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.CategoryUse;
import nl.datawijzer.privacy.LinkedRecord;
import nl.datawijzer.privacy.ProcessingActivity;
import nl.datawijzer.privacy.ProcessingRegisterService;
import nl.datawijzer.privacy.RegisterFilter;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/**
 * The privacy officer's processing register (art. 30 GDPR): every activity, filtered by text or system; a click opens
 * it in a form; the register can be exported to CSV or Excel and imported from either.
 */
@Route(value = ProcessingRegisterView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.FG_NAME)
public class ProcessingRegisterView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "privacy/register";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final ProcessingRegisterService register;
    private final ValueListService values;
    final TextField text = new TextField();
    final ComboBox<LinkedRecord> system = new ComboBox<>();
    final Grid<ProcessingActivity> grid = new Grid<>();
    final Button create = new Button();
    final Button importFile = new Button();
    private final Span count = new Span();

    public ProcessingRegisterView(ProcessingRegisterService register, ValueListService values) {
        this.register = register;
        this.values = values;
        setSizeFull();
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")));

        text.setLabel(getTranslation("register.text"));
        text.setId("register-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        system.setLabel(getTranslation("register.system"));
        system.setId("register-system");
        system.setPlaceholder(getTranslation("register.any"));
        system.setClearButtonVisible(true);
        system.setItems(register.systemOptions());
        system.setItemLabelGenerator(LinkedRecord::title);
        system.addValueChangeListener(e -> refresh());

        create.setText(getTranslation("register.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("register-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new ActivityDialog(register, values, null, this::refresh).open());
        importFile.setText(getTranslation("register.import"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.setId("register-import");
        importFile.addClickListener(e -> new ImportDialog(register, this::refresh).open());
        Anchor csv = download("register-export-csv", "register.exportCsv", "csv", "text/csv;charset=UTF-8",
                register::exportCsv);
        Anchor xlsx = download("register-export-xlsx", "register.exportXlsx", "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", register::exportXlsx);

        HorizontalLayout filters = new HorizontalLayout(text, system, create, importFile, csv, xlsx);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        count.setId("register-count");

        grid.setId("register-grid");
        grid.addColumn(ProcessingActivity::title).setHeader(getTranslation("register.col.title")).setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(a -> a.title().toLowerCase(getLocale())));
        grid.addColumn(a -> join(a.legalBases())).setHeader(getTranslation("register.col.legalBases")).setFlexGrow(2);
        grid.addColumn(a -> join(a.dataSubjects())).setHeader(getTranslation("register.col.dataSubjects"));
        grid.addColumn(a -> a.personalDataCategories().stream().map(CategoryUse::category).map(Label::label)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("register.col.categories")).setFlexGrow(2);
        grid.addColumn(a -> a.systems().stream().map(LinkedRecord::title).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("register.col.systems"));
        grid.addColumn(ProcessingActivity::retentionPeriod).setHeader(getTranslation("register.col.retention"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.modified() == null ? "" : DATE.format(LocalDate.ofInstant(a.modified(), ZoneId.of("Europe/Amsterdam"))))
                .setHeader(getTranslation("register.col.modified")).setSortable(true)
                .setComparator(Comparator.comparing(a -> a.modified() == null ? java.time.Instant.EPOCH : a.modified()));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                open(e.getItem());
            }
        });
        add(filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        LinkedRecord chosen = system.getValue();
        List<ProcessingActivity> shown = register.list(
                new RegisterFilter(text.getValue(), chosen == null ? null : new SystemId(chosen.slug())), "title", false);
        grid.setItems(shown);
        count.setText(getTranslation("register.count", shown.size()));
    }

    /** Opens an activity as it is now (not as the list row had it). */
    void open(ProcessingActivity row) {
        new ActivityDialog(register, values, register.get(row.id()), this::refresh).open();
    }

    private Anchor download(String id, String labelKey, String extension, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "verwerkingsregister-" + LocalDate.now() + "." + extension, contentType, bytes.length);
        }), getTranslation(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("dw-download");
        return anchor;
    }

    private static String join(List<Label> labels) {
        return labels.stream().map(Label::label).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Datawijzer";
    }
}
