package nl.datawijzer.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.ValueConcept;
import nl.datawijzer.privacy.RegisterImportReport.Outcome;
import nl.datawijzer.privacy.RegisterImportReport.Problem;
import nl.datawijzer.privacy.internal.ProcessingRegisterRepository.Target;
import nl.datawijzer.privacy.internal.ProcessingRegisterRepository.Targets;
import nl.datawijzer.rdf.WriteRefusedException;

/**
 * Reads the rows of a register file into drafts with a column mapping: concepts by Dutch label, English label,
 * notation or IRI; systems and datasets by slug or title; a row with a UUID updates that activity (its unmapped
 * properties keep their value), a row without one becomes a new activity. Every problem names its line and column.
 */
final class RegisterImport {

    /** One row as read: the draft to store (null when the row has a problem). */
    record Evaluated(int line, ProcessingActivityId id, String title, Outcome outcome,
            ProcessingActivityDraft draft, List<Problem> problems) {
    }

    private final RegisterTable table;
    private final ColumnMapping mapping;
    private final Map<ProcessingActivityId, ProcessingActivityDraft> existing;
    private final Map<String, String> legalBases;
    private final Map<String, String> dataSubjects;
    private final Map<String, String> categories;
    private final Map<String, List<String>> systems;
    private final Map<String, List<String>> datasets;

    RegisterImport(RegisterTable table, ColumnMapping mapping, Map<ProcessingActivityId, ProcessingActivityDraft> existing,
            List<ValueConcept> legalBases, List<ValueConcept> dataSubjects, List<ValueConcept> categories,
            Targets targets) {
        this.table = table;
        this.mapping = mapping;
        this.existing = existing;
        this.legalBases = concepts(legalBases);
        this.dataSubjects = concepts(dataSubjects);
        this.categories = concepts(categories);
        this.systems = records(targets.systems());
        this.datasets = records(targets.datasets());
        checkMapping();
    }

    private void checkMapping() {
        Map<RegisterColumn, Integer> seen = new EnumMap<>(RegisterColumn.class);
        for (int c = 0; c < table.headers().size(); c++) {
            RegisterColumn target = mapping.target(c);
            if (target == null) {
                continue;
            }
            if (!target.importable()) {
                throw new IllegalArgumentException("'" + target.dutch() + "' wordt door de portal berekend en kan niet "
                        + "worden geïmporteerd / is computed by the portal and cannot be imported");
            }
            Integer earlier = seen.putIfAbsent(target, c);
            if (earlier != null) {
                throw new IllegalArgumentException("De kolommen '" + header(earlier) + "' en '" + header(c)
                        + "' vullen allebei '" + target.dutch() + "'; koppel er één / both fill '" + target.english()
                        + "'; map only one");
            }
        }
    }

    /** Every data row, in file order. */
    List<Evaluated> evaluate() {
        List<Evaluated> result = new ArrayList<>();
        Map<ProcessingActivityId, Integer> lineOf = new HashMap<>();
        for (RegisterTable.Row row : table.rows()) {
            result.add(evaluate(row, lineOf));
        }
        return result;
    }

    private Evaluated evaluate(RegisterTable.Row row, Map<ProcessingActivityId, Integer> lineOf) {
        List<Problem> problems = new ArrayList<>();
        ProcessingActivityId id = null;
        int idColumn = mapping.columnOf(RegisterColumn.ID);
        String idText = idColumn < 0 ? "" : row.cell(idColumn).strip();
        if (!idText.isEmpty()) {
            if (ProcessingActivityId.isValid(idText)) {
                id = ProcessingActivityId.parse(idText);
                Integer earlier = lineOf.putIfAbsent(id, row.line());
                if (earlier != null) {
                    problems.add(problem(row, idColumn, "deze UUID staat ook op regel " + earlier + ".",
                            "this UUID is also on line " + earlier + "."));
                }
            } else {
                problems.add(problem(row, idColumn, "'" + idText + "' is geen geldige UUID.",
                        "'" + idText + "' is not a valid UUID."));
            }
        }
        ProcessingActivityDraft before = id == null ? null : existing.get(id);
        if (id == null) {
            id = ProcessingActivityId.random();
        }
        Values v = new Values(before == null ? ProcessingActivityDraft.empty() : before);
        for (int c = 0; c < table.headers().size(); c++) {
            RegisterColumn target = mapping.target(c);
            if (target != null && target != RegisterColumn.ID) {
                read(row, c, target, v, problems);
            }
        }
        ProcessingActivityDraft draft = v.draft();
        Outcome outcome = !problems.isEmpty() ? Outcome.ERROR
                : before == null ? Outcome.NEW : before.equals(draft) ? Outcome.UNCHANGED : Outcome.CHANGED;
        return new Evaluated(row.line(), id, draft.title(), outcome, draft, problems);
    }

    private void read(RegisterTable.Row row, int c, RegisterColumn target, Values v, List<Problem> problems) {
        String cell = row.cell(c).strip();
        switch (target) {
            case TITLE -> v.title = cell;
            case DESCRIPTION -> v.description = cell;
            case PURPOSES -> v.purposes = split(cell);
            case LEGAL_BASES -> v.legalBases = resolve(row, c, cell, legalBases, problems,
                    "is geen bekende grondslag (kies uit de lijst 'Grondslagen (AVG)')",
                    "is not a known legal basis (choose from the list 'Legal bases (GDPR)')");
            case LEGAL_GROUND -> v.legalGround = cell;
            case DATA_SUBJECTS -> v.dataSubjects = resolve(row, c, cell, dataSubjects, problems,
                    "is geen bekende categorie betrokkenen", "is not a known data subject category");
            case PERSONAL_DATA -> v.categories = resolve(row, c, cell, categories, problems,
                    "is geen bekende categorie persoonsgegevens", "is not a known personal data category");
            case RECIPIENTS -> v.recipients = split(cell);
            case RETENTION -> v.retention = cell;
            case SECURITY -> v.security = cell;
            case DPIA -> v.dpia = cell;
            case PROCESSOR_AGREEMENT -> v.processor = cell;
            case SYSTEMS -> v.systems = records(row, c, cell, systems, problems, "systeem", "system").stream()
                    .map(SystemId::new).toList();
            case DATASETS -> v.datasets = records(row, c, cell, datasets, problems, "dataset", "dataset").stream()
                    .map(DatasetId::new).toList();
            default -> {
                // ID is read above; computed columns are refused by checkMapping
            }
        }
    }

    private List<String> resolve(RegisterTable.Row row, int c, String cell, Map<String, String> known,
            List<Problem> problems, String unknownNl, String unknownEn) {
        List<String> iris = new ArrayList<>();
        for (String value : split(cell)) {
            String iri = known.containsKey(value) ? known.get(value) : known.get(RegisterColumn.key(value));
            if (iri == null) {
                problems.add(problem(row, c, "'" + value + "' " + unknownNl + ".", "'" + value + "' " + unknownEn + "."));
            } else {
                iris.add(iri);
            }
        }
        return iris;
    }

    private List<String> records(RegisterTable.Row row, int c, String cell, Map<String, List<String>> known,
            List<Problem> problems, String kindNl, String kindEn) {
        List<String> slugs = new ArrayList<>();
        for (String value : split(cell)) {
            List<String> found = Optional.ofNullable(known.get("=" + value)).orElse(known.get(RegisterColumn.key(value)));
            if (found == null || found.isEmpty()) {
                problems.add(problem(row, c, "'" + value + "' is geen bekend " + kindNl + " (naam of identificatie).",
                        "'" + value + "' is not a known " + kindEn + " (name or identifier)."));
            } else if (found.size() > 1) {
                problems.add(problem(row, c, "'" + value + "' past bij meer dan één " + kindNl + " (" + String.join(", ", found)
                                + "); gebruik de identificatie.",
                        "'" + value + "' matches more than one " + kindEn + " (" + String.join(", ", found)
                                + "); use the identifier."));
            } else {
                slugs.add(found.getFirst());
            }
        }
        return slugs;
    }

    /** The problems a refused trial write names, each at the row of its activity and the column of its property. */
    Map<ProcessingActivityId, List<Problem>> problems(List<WriteRefusedException.Violation> violations,
            Function<String, Optional<ProcessingActivityId>> activityOf, Map<ProcessingActivityId, Integer> lines) {
        Map<ProcessingActivityId, List<Problem>> byActivity = new LinkedHashMap<>();
        for (WriteRefusedException.Violation violation : violations) {
            Optional<ProcessingActivityId> id = activityOf.apply(violation.focusNode());
            Integer line = id.map(lines::get).orElse(null);
            if (id.isEmpty() || line == null) {
                continue;
            }
            String column = RegisterColumn.ofProperty(violation.path())
                    .map(col -> mapping.columnOf(col) >= 0 ? header(mapping.columnOf(col)) : col.dutch())
                    .orElse("-");
            Problem problem = new Problem(line, column, violation.messageNl(), violation.messageEn());
            List<Problem> list = byActivity.computeIfAbsent(id.get(), k -> new ArrayList<>());
            if (!list.contains(problem)) {
                list.add(problem);
            }
        }
        return byActivity;
    }

    private Problem problem(RegisterTable.Row row, int column, String nl, String en) {
        return new Problem(row.line(), header(column), nl, en);
    }

    private String header(int column) {
        String header = column < table.headers().size() ? table.headers().get(column) : "";
        return header.isBlank() ? String.valueOf(column + 1) : header;
    }

    static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Concept by exact IRI, and by the key of its Dutch label, English label and notation. */
    private static Map<String, String> concepts(List<ValueConcept> concepts) {
        Map<String, String> byKey = new HashMap<>();
        for (ValueConcept concept : concepts) {
            byKey.put(concept.iri(), concept.iri());
            for (String name : new String[] {concept.labelNl(), concept.labelEn(), concept.notation()}) {
                if (name != null && !RegisterColumn.key(name).isEmpty()) {
                    byKey.putIfAbsent(RegisterColumn.key(name), concept.iri());
                }
            }
        }
        return byKey;
    }

    /** Records by "=" + exact slug, and by the key of each title (a title may fit several). */
    private static Map<String, List<String>> records(Map<String, Target> targets) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (Target target : targets.values()) {
            byKey.put("=" + target.slug(), List.of(target.slug()));
            for (String title : target.titles()) {
                List<String> slugs = byKey.computeIfAbsent(RegisterColumn.key(title), k -> new ArrayList<>());
                if (!slugs.contains(target.slug())) {
                    slugs.add(target.slug());
                }
            }
        }
        return byKey;
    }

    /** The values of one row, starting from the activity's current ones. */
    private static final class Values {
        String title;
        String description;
        List<String> purposes;
        List<String> legalBases;
        String legalGround;
        List<String> dataSubjects;
        List<String> categories;
        List<String> recipients;
        String retention;
        String security;
        String dpia;
        String processor;
        List<SystemId> systems;
        List<DatasetId> datasets;

        Values(ProcessingActivityDraft d) {
            title = d.title();
            description = d.description();
            purposes = d.purposes();
            legalBases = d.legalBasisIris();
            legalGround = d.legalGround();
            dataSubjects = d.dataSubjectIris();
            categories = d.personalDataCategoryIris();
            recipients = d.recipients();
            retention = d.retentionPeriod();
            security = d.securityMeasures();
            dpia = d.dpiaReference();
            processor = d.processorAgreement();
            systems = d.systems();
            datasets = d.datasets();
        }

        ProcessingActivityDraft draft() {
            return new ProcessingActivityDraft(title, description, purposes, legalBases, legalGround, dataSubjects,
                    categories, recipients, retention, security, dpia, processor, systems, datasets);
        }
    }
}
