package nl.datawijzer.privacy;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.ValueConcept;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.RegisterImportReport.Outcome;
import nl.datawijzer.privacy.RegisterImportReport.Problem;
import nl.datawijzer.privacy.RegisterImportReport.RowResult;
import nl.datawijzer.privacy.internal.ProcessingRegisterRepository;
import nl.datawijzer.privacy.internal.RegisterFiles;
import nl.datawijzer.rdf.WriteRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The processing register (art. 30 GDPR) that the privacy officer keeps: its activities, their export to CSV and XLSX,
 * and an import from either with a column mapping, a dry run that reports every row, and an all-or-nothing apply. Only
 * the FG reads and writes it; the check is here, not only in the menu.
 */
@Service
public class ProcessingRegisterService {

    /** Sort keys of {@link #list}. */
    public static final List<String> SORT_KEYS = List.of("title", "modified");
    public static final int MAX_IMPORT_BYTES = RegisterFiles.MAX_BYTES;
    public static final int MAX_IMPORT_ROWS = RegisterFiles.MAX_ROWS;

    private final ProcessingRegisterRepository repository;
    private final ValueListService values;
    private final ApplicationEventPublisher events;

    ProcessingRegisterService(ProcessingRegisterRepository repository, ValueListService values,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.values = values;
        this.events = events;
    }

    /**
     * The activities that pass the filter, sorted by {@code sort} ("title" or "modified"; empty: title).
     *
     * @throws IllegalArgumentException for another sort key, naming the ones offered
     */
    @PreAuthorize("hasRole('FG')")
    public List<ProcessingActivity> list(RegisterFilter filter, String sort, boolean descending) {
        Comparator<ProcessingActivity> order = switch (sort == null || sort.isEmpty() ? "title" : sort) {
            case "title" -> Comparator.comparing((ProcessingActivity a) -> fold(a.title()));
            case "modified" -> Comparator.comparing((ProcessingActivity a) -> a.modified() == null ? Instant.EPOCH
                    : a.modified());
            default -> throw new IllegalArgumentException("Onbekende sortering '" + sort + "'; kies uit "
                    + String.join(", ", SORT_KEYS));
        };
        order = (descending ? order.reversed() : order).thenComparing(a -> a.id().toString());
        List<String> words = Arrays.stream(fold(filter.text()).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        Map<String, String> holder = filter.system() == null ? Map.of() : datasetHolders();
        return repository.all().stream()
                .filter(a -> words.stream().allMatch(w -> searchable(a).contains(w)))
                .filter(a -> filter.system() == null || concerns(a, filter.system(), holder))
                .sorted(order).toList();
    }

    private Map<String, String> datasetHolders() {
        Map<String, String> holder = new HashMap<>();
        repository.targets().datasets().values().forEach(t -> {
            if (t.system() != null) {
                holder.put(t.slug(), t.system());
            }
        });
        return holder;
    }

    private static boolean concerns(ProcessingActivity activity, SystemId system, Map<String, String> holder) {
        return activity.systems().stream().anyMatch(s -> s.slug().equals(system.slug()))
                || activity.datasets().stream().anyMatch(d -> system.slug().equals(holder.get(d.slug())));
    }

    private static String searchable(ProcessingActivity a) {
        return fold(String.join(" ", a.title(), a.description(), String.join(" ", a.purposes()), a.legalGround(),
                String.join(" ", a.recipients()), a.dataSubjects().stream().map(Label::label).collect(Collectors.joining(" ")),
                a.personalDataCategories().stream().map(u -> u.category().label()).collect(Collectors.joining(" "))));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @PreAuthorize("hasRole('FG')")
    public ProcessingActivity get(ProcessingActivityId id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException("Verwerking", id));
    }

    /** The systems an activity can link to (slug and title), in title order. */
    @PreAuthorize("hasRole('FG')")
    public List<LinkedRecord> systemOptions() {
        return repository.targets().systems().values().stream().map(t -> new LinkedRecord(t.slug(), t.title())).toList();
    }

    /** The datasets an activity can link to (slug and title), in title order. */
    @PreAuthorize("hasRole('FG')")
    public List<LinkedRecord> datasetOptions() {
        return repository.targets().datasets().values().stream().map(t -> new LinkedRecord(t.slug(), t.title())).toList();
    }

    /** @throws WriteRefusedException when the activity breaks a rule of the shapes (messages in Dutch and English) */
    @PreAuthorize("hasRole('FG')")
    public ProcessingActivityId create(ProcessingActivityDraft draft) {
        ProcessingActivityId id = ProcessingActivityId.random();
        repository.save(id, draft, true);
        events.publishEvent(new ProcessingRegisterChangedEvent(id, ProcessingRegisterChangedEvent.Change.CREATED));
        return id;
    }

    /** Replaces the activity with the draft. */
    @PreAuthorize("hasRole('FG')")
    public void update(ProcessingActivityId id, ProcessingActivityDraft draft) {
        repository.save(id, draft, false);
        events.publishEvent(new ProcessingRegisterChangedEvent(id, ProcessingRegisterChangedEvent.Change.UPDATED));
    }

    @PreAuthorize("hasRole('FG')")
    public void delete(ProcessingActivityId id) {
        repository.delete(id);
        events.publishEvent(new ProcessingRegisterChangedEvent(id, ProcessingRegisterChangedEvent.Change.DELETED));
    }

    /** The whole register as CSV for Dutch Excel: UTF-8 with BOM, {@code ;}, one row per activity. */
    @PreAuthorize("hasRole('FG')")
    public byte[] exportCsv() {
        return RegisterFiles.csv(headers(), rows());
    }

    /** The whole register as an XLSX workbook with the same columns as the CSV. */
    @PreAuthorize("hasRole('FG')")
    public byte[] exportXlsx() {
        return RegisterFiles.xlsx(headers(), rows());
    }

    private static List<String> headers() {
        return Arrays.stream(RegisterColumn.values()).map(RegisterColumn::dutch).toList();
    }

    private List<List<String>> rows() {
        Map<String, String> dutch = new HashMap<>();
        for (ValueList list : List.of(ValueList.LEGAL_BASIS, ValueList.DATA_SUBJECT, ValueList.PERSONAL_DATA_CATEGORY)) {
            values.concepts(list).forEach(c -> dutch.put(c.iri(), c.labelNl()));
        }
        Function<List<Label>, String> labels = list -> list.stream().map(l -> dutch.getOrDefault(l.iri(), l.label()))
                .sorted().collect(Collectors.joining(RegisterColumn.SEPARATOR));
        List<List<String>> rows = new ArrayList<>();
        for (ProcessingActivity a : list(RegisterFilter.ALL, "title", false)) {
            List<String> row = new ArrayList<>();
            for (RegisterColumn column : RegisterColumn.values()) {
                row.add(switch (column) {
                    case ID -> a.id().toString();
                    case TITLE -> a.title();
                    case DESCRIPTION -> a.description();
                    case PURPOSES -> String.join(RegisterColumn.SEPARATOR, a.purposes());
                    case LEGAL_BASES -> labels.apply(a.legalBases());
                    case LEGAL_GROUND -> a.legalGround();
                    case DATA_SUBJECTS -> labels.apply(a.dataSubjects());
                    case PERSONAL_DATA -> labels.apply(a.manualCategories());
                    case DERIVED_PERSONAL_DATA -> a.personalDataCategories().stream().filter(CategoryUse::derived)
                            .map(u -> dutch.getOrDefault(u.category().iri(), u.category().label()) + " ("
                                    + u.sources().stream().map(LinkedRecord::slug).collect(Collectors.joining(", ")) + ")")
                            .sorted().collect(Collectors.joining(RegisterColumn.SEPARATOR));
                    case RECIPIENTS -> String.join(RegisterColumn.SEPARATOR, a.recipients());
                    case RETENTION -> a.retentionPeriod();
                    case SECURITY -> a.securityMeasures();
                    case DPIA -> a.dpiaReference();
                    case PROCESSOR_AGREEMENT -> a.processorAgreement();
                    case SYSTEMS -> a.systems().stream().map(LinkedRecord::slug)
                            .collect(Collectors.joining(RegisterColumn.SEPARATOR));
                    case DATASETS -> a.datasets().stream().map(LinkedRecord::slug)
                            .collect(Collectors.joining(RegisterColumn.SEPARATOR));
                    case MODIFIED -> a.modified() == null ? "" : a.modified().toString();
                });
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Reads an uploaded register file (CSV or XLSX, at most 5 MB and 2,000 rows) without interpreting its values.
     *
     * @throws RegisterFileException when it cannot be read, with line and column where known
     */
    @PreAuthorize("hasRole('FG')")
    public RegisterTable read(byte[] file, String fileName) {
        return RegisterFiles.read(file, fileName);
    }

    /** What importing the table with this mapping would do, row by row; writes nothing. */
    @PreAuthorize("hasRole('FG')")
    public RegisterImportReport dryRun(RegisterTable table, ColumnMapping mapping) {
        return evaluate(table, mapping).report();
    }

    /**
     * Imports the table: every new and changed activity in one write transaction, and only when no row has a problem.
     *
     * @throws RegisterImportRefusedException when a row has a problem; nothing is written
     */
    @PreAuthorize("hasRole('FG')")
    public RegisterImportReport apply(RegisterTable table, ColumnMapping mapping) {
        Evaluation evaluation = evaluate(table, mapping);
        RegisterImportReport report = evaluation.report();
        if (report.hasErrors()) {
            throw new RegisterImportRefusedException(report);
        }
        Map<ProcessingActivityId, ProcessingActivityDraft> writes = evaluation.writes();
        repository.saveAll(writes);
        report.rows().stream().filter(r -> r.outcome() == Outcome.NEW || r.outcome() == Outcome.CHANGED)
                .forEach(r -> events.publishEvent(new ProcessingRegisterChangedEvent(r.id(), r.outcome() == Outcome.NEW
                        ? ProcessingRegisterChangedEvent.Change.CREATED : ProcessingRegisterChangedEvent.Change.UPDATED)));
        return report;
    }

    private record Evaluation(List<RegisterImport.Evaluated> rows, Map<ProcessingActivityId, List<Problem>> shapes) {
        RegisterImportReport report() {
            return new RegisterImportReport(rows.stream().map(r -> {
                List<Problem> problems = new ArrayList<>(r.problems());
                problems.addAll(shapes.getOrDefault(r.id(), List.of()));
                Outcome outcome = problems.isEmpty() ? r.outcome() : Outcome.ERROR;
                return new RowResult(r.line(), r.id(), r.title(), outcome, problems);
            }).toList());
        }

        Map<ProcessingActivityId, ProcessingActivityDraft> writes() {
            Map<ProcessingActivityId, ProcessingActivityDraft> writes = new LinkedHashMap<>();
            rows.stream().filter(r -> r.outcome() == Outcome.NEW || r.outcome() == Outcome.CHANGED)
                    .forEach(r -> writes.put(r.id(), r.draft()));
            return writes;
        }
    }

    private Evaluation evaluate(RegisterTable table, ColumnMapping mapping) {
        Map<ProcessingActivityId, ProcessingActivityDraft> existing = new HashMap<>();
        repository.all().forEach(a -> existing.put(a.id(), a.draft()));
        List<ValueConcept> legalBases = values.concepts(ValueList.LEGAL_BASIS);
        RegisterImport reader = new RegisterImport(table, mapping, existing, legalBases,
                values.concepts(ValueList.DATA_SUBJECT), values.concepts(ValueList.PERSONAL_DATA_CATEGORY),
                repository.targets());
        List<RegisterImport.Evaluated> rows = reader.evaluate();
        Evaluation plain = new Evaluation(rows, Map.of());
        Map<ProcessingActivityId, ProcessingActivityDraft> writes = plain.writes();
        if (writes.isEmpty()) {
            return plain;
        }
        Map<ProcessingActivityId, Integer> lines = new HashMap<>();
        rows.forEach(r -> lines.put(r.id(), r.line()));
        List<WriteRefusedException.Violation> violations = repository.trial(writes);
        return new Evaluation(rows, reader.problems(violations, repository::activityOf, lines));
    }
}
