package nl.datawijzer.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemId;
import java.util.HashSet;
import java.util.Set;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.opendata.hosting.HostedFileType;
import nl.datawijzer.quality.internal.ProfileSettingsRepository;
import nl.datawijzer.quality.internal.QualityRepository;
import nl.datawijzer.rdf.WriteRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import nl.datawijzer.quality.internal.QualityRepository.DatasetFacts;
import nl.datawijzer.quality.internal.QualityRepository.Source;
import nl.datawijzer.quality.internal.QualityRepository.StoredMeasurement;
import nl.datawijzer.quality.internal.QualityRepository.StoredScore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The {@link QualityService}: scores from the in-memory cache of latest scores, history and measurements from the
 * store, runs through {@link ProfileRunner}. Every staff member reads; a manual run needs BEHEERDER (the stewards) or
 * ADMIN.
 */
@Service
public class ReliabilityService implements QualityService {

    /** The most alerts listed at once. */
    static final int MAX_ALERTS = 200;

    /** As the shapes (dwsh:DatabaseTable-tableName). */
    static final java.util.regex.Pattern TABLE_NAME =
            java.util.regex.Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$");
    /** As the shapes (dwsh:DatabaseTable-connectionName): only such names can be stored, so only they are offered. */
    static final java.util.regex.Pattern CONNECTION_NAME = java.util.regex.Pattern.compile("^[a-z][a-z0-9-]{0,39}$");
    private static final String DW = "https://w3id.org/datawijzer/def#";

    private final QualityRepository repository;
    private final ScoreCache cache;
    private final ProfileRunner runner;
    private final ProfileSettingsRepository settings;
    private final QualityProperties properties;
    private final ApplicationEventPublisher events;

    ReliabilityService(QualityRepository repository, ScoreCache cache, ProfileRunner runner,
            ProfileSettingsRepository settings, QualityProperties properties, ApplicationEventPublisher events) {
        this.repository = repository;
        this.cache = cache;
        this.runner = runner;
        this.settings = settings;
        this.properties = properties;
        this.events = events;
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Optional<Score> latestScore(DatasetId dataset) {
        return cache.get(dataset).map(StoredScore::score);
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Map<DatasetId, DatasetScore> latestScores() {
        Map<DatasetId, DatasetScore> scores = new LinkedHashMap<>();
        cache.all().values().stream().sorted(Comparator.comparing(s -> s.dataset().slug()))
                .forEach(s -> scores.put(s.dataset(), datasetScore(s)));
        return scores;
    }

    private static DatasetScore datasetScore(StoredScore s) {
        return new DatasetScore(s.dataset(), s.title(), s.systemSlug(), s.score());
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public DatasetQuality dataset(DatasetId dataset) {
        DatasetFacts facts = repository.facts(dataset).orElseThrow(() -> new RecordNotFoundException("Dataset", dataset));
        Optional<StoredScore> latest = cache.get(dataset);
        List<FieldQuality> fields = latest.map(s -> fields(facts, s.runId())).orElse(List.of());
        List<ProfileRun> runs = repository.runs(dataset);
        SystemId system = SystemId.isValid(facts.systemSlug()) ? new SystemId(facts.systemSlug()) : null;
        return new DatasetQuality(dataset, facts.title(), java.util.Objects.requireNonNull(system,
                "dataset without system"), facts.systemTitle(), facts.source().map(ReliabilityService::describe),
                latest.map(StoredScore::score), latest.map(s -> s.score().computedAt()), fields,
                runs.isEmpty() ? Optional.empty() : Optional.of(runs.getLast()));
    }

    /** The source in words for people; never a secret (the connection is named, its address and password are not). */
    private static String describe(Source source) {
        return switch (source) {
            case Source.Hosted file -> "bestand " + file.fileName();
            case Source.Table table -> "database " + table.connection() + ", tabel " + table.table();
            case Source.Missing missing -> "onbekende bron";
        };
    }

    private List<FieldQuality> fields(DatasetFacts facts, String runId) {
        Map<String, Map<String, StoredMeasurement>> byField = new LinkedHashMap<>();
        for (StoredMeasurement m : repository.measurements(null, runId, null)) {
            if (!m.technicalName().isEmpty() || m.checked().isPresent()) {
                byField.computeIfAbsent(m.computedOnIri(), k -> new LinkedHashMap<>()).put(m.metric(), m);
            }
        }
        List<String> order = new ArrayList<>(facts.fields().stream().map(QualityRepository.FieldFacts::iri)
                .filter(byField::containsKey).toList());
        byField.keySet().stream().filter(iri -> !order.contains(iri)).forEach(order::add);
        List<FieldQuality> fields = new ArrayList<>();
        for (String iri : order) {
            Map<String, StoredMeasurement> m = byField.get(iri);
            StoredMeasurement completeness = m.get("completeness");
            StoredMeasurement validity = m.get("validity");
            if (completeness == null || validity == null) {
                continue;
            }
            String slug = iri.substring(iri.lastIndexOf('/') + 1);
            if (!DatasetId.isValid(slug)) {
                continue;
            }
            long rows = completeness.checked().orElse(0);
            long empty = completeness.failed().orElse(0);
            boolean present = !(rows > 0 && empty == rows && validity.checked().orElse(0) == rows);
            StoredMeasurement uniqueness = m.get("uniqueness");
            StoredMeasurement consistency = m.get("consistency");
            String technicalName = completeness.technicalName().isEmpty() ? slug : completeness.technicalName();
            fields.add(new FieldQuality(new FieldId(new DatasetId(facts.slug()), slug),
                    completeness.fieldTitle().isEmpty() ? technicalName : completeness.fieldTitle(), technicalName,
                    present, rows, empty, validity.failed().orElse(0),
                    uniqueness == null ? OptionalLong.empty() : uniqueness.failed(),
                    consistency == null ? OptionalLong.empty() : consistency.failed(), completeness.value(),
                    validity.value(), uniqueness == null ? OptionalDouble.empty() : OptionalDouble.of(uniqueness.value()),
                    consistency == null ? OptionalDouble.empty() : OptionalDouble.of(consistency.value())));
        }
        return fields;
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<ScorePoint> scoreTrend(DatasetId dataset) {
        return repository.scoreHistory(dataset).stream()
                .map(s -> new ScorePoint(s.score().computedAt(), s.score().value(), s.score().grade())).toList();
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<FieldTrendPoint> fieldTrend(DatasetId dataset) {
        Map<String, double[]> points = new LinkedHashMap<>();
        Map<String, Instant> times = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (StoredMeasurement m : repository.measurements(dataset, null, null)) {
            if (m.checked().isEmpty() || !("completeness".equals(m.metric()) || "validity".equals(m.metric()))) {
                continue;
            }
            String key = m.runId() + " " + m.computedOnIri();
            double[] values = points.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN});
            values["completeness".equals(m.metric()) ? 0 : 1] = m.value();
            times.put(key, m.time());
            names.put(key, m.technicalName().isEmpty() ? m.computedOnIri().substring(m.computedOnIri().lastIndexOf('/') + 1)
                    : m.technicalName());
        }
        return points.entrySet().stream().filter(e -> !Double.isNaN(e.getValue()[0]) && !Double.isNaN(e.getValue()[1]))
                .map(e -> new FieldTrendPoint(times.get(e.getKey()), names.get(e.getKey()), e.getValue()[0],
                        e.getValue()[1]))
                .sorted(Comparator.comparing(FieldTrendPoint::at).thenComparing(FieldTrendPoint::technicalName))
                .toList();
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<SystemQuality> systems() {
        Map<String, List<StoredScore>> bySystem = new TreeMap<>();
        cache.all().values().stream().filter(s -> SystemId.isValid(s.systemSlug()))
                .forEach(s -> bySystem.computeIfAbsent(s.systemSlug(), k -> new ArrayList<>()).add(s));
        List<SystemQuality> systems = new ArrayList<>();
        for (List<StoredScore> scores : bySystem.values()) {
            List<StoredScore> weakestFirst = scores.stream()
                    .sorted(Comparator.comparingInt((StoredScore s) -> s.score().value()).thenComparing(StoredScore::title))
                    .toList();
            StoredScore first = weakestFirst.getFirst();
            systems.add(new SystemQuality(new SystemId(first.systemSlug()),
                    first.systemTitle().isEmpty() ? first.systemSlug() : first.systemTitle(), systemScore(weakestFirst),
                    weakestFirst.stream().map(ReliabilityService::datasetScore).toList()));
        }
        systems.sort(Comparator.comparingInt((SystemQuality s) -> s.score().value()).thenComparing(SystemQuality::title));
        return systems;
    }

    /** The mean of the datasets' scores; its reasons are the weakest datasets (at most three). */
    static Score systemScore(List<StoredScore> weakestFirst) {
        int value = (int) Math.round(weakestFirst.stream().mapToInt(s -> s.score().value()).average().orElse(0));
        Grade grade = Grade.of(value);
        OptionalDouble data = weakestFirst.stream().filter(s -> s.score().dataQuality().isPresent())
                .mapToInt(s -> s.score().dataQuality().getAsInt()).average();
        OptionalDouble time = weakestFirst.stream().filter(s -> s.score().timeliness().isPresent())
                .mapToInt(s -> s.score().timeliness().getAsInt()).average();
        int metadata = (int) Math.round(weakestFirst.stream().mapToInt(s -> s.score().metadata()).average().orElse(0));
        List<Reason> reasons = new ArrayList<>();
        List<String> clausesNl = new ArrayList<>();
        List<String> clausesEn = new ArrayList<>();
        for (StoredScore s : weakestFirst.subList(0, Math.min(3, weakestFirst.size()))) {
            if (s.score().value() >= 100) {
                break;
            }
            int points = (int) Math.round((100.0 - s.score().value()) / weakestFirst.size());
            reasons.add(new Reason(points, Texts.nl("quality.system.reason", s.title(), s.score().value()),
                    Texts.en("quality.system.reason", s.title(), s.score().value())));
            clausesNl.add(Texts.nl("quality.system.clause", s.title(), s.score().value()));
            clausesEn.add(Texts.en("quality.system.clause", s.title(), s.score().value()));
        }
        String nl = clausesNl.isEmpty() ? Texts.nl("quality.explanation.none", grade.name(), value)
                : Texts.nl("quality.explanation.because", grade.name(), value, join(clausesNl, Texts.nl("quality.and")));
        String en = clausesEn.isEmpty() ? Texts.en("quality.explanation.none", grade.name(), value)
                : Texts.en("quality.explanation.because", grade.name(), value, join(clausesEn, Texts.en("quality.and")));
        Instant at = weakestFirst.stream().map(s -> s.score().computedAt()).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        return new Score(value, grade, rounded(data), metadata, rounded(time), reasons, nl, en, at);
    }

    private static OptionalInt rounded(OptionalDouble value) {
        return value.isPresent() ? OptionalInt.of((int) Math.round(value.getAsDouble())) : OptionalInt.empty();
    }

    private static String join(List<String> clauses, String and) {
        if (clauses.size() == 1) {
            return clauses.getFirst();
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " " + and + " " + clauses.getLast();
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<DatasetScore> weakest(int limit) {
        return cache.all().values().stream()
                .sorted(Comparator.comparingInt((StoredScore s) -> s.score().value()).thenComparing(StoredScore::title))
                .limit(Math.max(0, limit)).map(ReliabilityService::datasetScore).toList();
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<ScoreDrop> biggestDrops(int limit) {
        Map<DatasetId, StoredScore> before = new LinkedHashMap<>();
        List<ScoreDrop> drops = new ArrayList<>();
        for (StoredScore s : repository.scoreHistory(null)) {
            StoredScore previous = before.put(s.dataset(), s);
            if (previous != null && previous.score().value() > s.score().value()) {
                drops.add(new ScoreDrop(s.dataset(), s.title(), previous.score().value(), s.score().value(),
                        s.score().computedAt()));
            }
        }
        return drops.stream().sorted(Comparator.comparingInt(ScoreDrop::points).reversed()
                .thenComparing(ScoreDrop::at, Comparator.reverseOrder())).limit(Math.max(0, limit)).toList();
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<QualityAlert> alerts() {
        return repository.alerts(currentUser(), MAX_ALERTS);
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public void markAlertRead(String alertId) {
        if (!nl.datawijzer.rdf.Iris.isValidSlug(alertId) || !repository.markRead(alertId, currentUser())) {
            throw new RecordNotFoundException("Signaal", alertId);
        }
    }

    @Override
    @PreAuthorize("hasAnyRole('BEHEERDER', 'ADMIN')")
    public RunProgress startRun(DatasetId dataset) {
        Optional<DatasetFacts> facts = repository.facts(dataset);
        if (facts.isEmpty()) {
            throw new RecordNotFoundException("Dataset", dataset);
        }
        if (facts.get().source().isEmpty()) {
            throw new RunRefusedException(Texts.nl("quality.run.noSource"), Texts.en("quality.run.noSource"));
        }
        return runner.start(dataset, RunTrigger.MANUAL, currentUser());
    }

    @Override
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Optional<RunProgress> progress(DatasetId dataset) {
        return runner.progress(dataset);
    }

    @Override
    @PreAuthorize("hasAnyRole('BEHEERDER', 'ADMIN')")
    public ProfileSettings settings(DatasetId dataset) {
        DatasetFacts facts = repository.facts(dataset).orElseThrow(() -> new RecordNotFoundException("Dataset", dataset));
        return new ProfileSettings(settings.source(dataset), settings.fields(dataset, facts.title()).stream()
                .map(ProfileSettingsRepository.FieldSetting::rule).toList());
    }

    @Override
    @PreAuthorize("hasAnyRole('BEHEERDER', 'ADMIN')")
    public ProfileChoices choices(DatasetId dataset) {
        DatasetFacts facts = repository.facts(dataset).orElseThrow(() -> new RecordNotFoundException("Dataset", dataset));
        List<ProfileSettingsRepository.FieldSetting> fields = settings.fields(dataset, facts.title());
        List<FieldId> referenced = fields.stream().flatMap(f -> f.rule().references().stream()).distinct().toList();
        return new ProfileChoices(fields.stream().map(ProfileSettingsRepository.FieldSetting::field).toList(),
                profilable(dataset), connections(), settings.valueLists(), settings.fieldOptions(referenced));
    }

    private List<ProfileChoices.FileOption> profilable(DatasetId dataset) {
        return settings.hostedFiles(dataset).stream().filter(f -> HostedFileType.ofFileName(f.fileName())
                .filter(t -> t == HostedFileType.CSV || t == HostedFileType.XLSX).isPresent()).toList();
    }

    private List<String> connections() {
        return properties.connections().keySet().stream().filter(n -> CONNECTION_NAME.matcher(n).matches()).sorted()
                .toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('BEHEERDER', 'ADMIN')")
    public List<ProfileChoices.FieldOption> referenceCandidates(String text, int offset, int limit) {
        return settings.searchFields(text, Math.max(0, offset), Math.clamp(limit, 0, 200));
    }

    @Override
    @PreAuthorize("hasAnyRole('BEHEERDER', 'ADMIN')")
    public void saveSettings(DatasetId dataset, ProfileSettings chosen) {
        DatasetFacts facts = repository.facts(dataset).orElseThrow(() -> new RecordNotFoundException("Dataset", dataset));
        chosen.source().ifPresent(source -> checkSource(dataset, source));
        Map<String, String> fields = new LinkedHashMap<>();
        settings.fields(dataset, facts.title()).forEach(f -> fields.put(f.field().id().slug(), f.field().technicalName()));
        Set<String> lists = settings.valueLists().stream().map(ProfileChoices.ListOption::iri)
                .collect(java.util.stream.Collectors.toSet());
        Set<FieldId> seen = new HashSet<>();
        for (FieldRule rule : chosen.rules()) {
            FieldId field = rule.field();
            if (!field.dataset().equals(dataset) || !fields.containsKey(field.slug())) {
                throw refused("", "quality.settings.unknownField", field.toString());
            }
            String name = fields.get(field.slug());
            if (!seen.add(field)) {
                throw refused("", "quality.settings.duplicateField", name);
            }
            if (rule.valueList().isPresent() && !lists.contains(rule.valueList().get())) {
                throw refused(DW + "valueList", "quality.settings.unknownList", rule.valueList().get());
            }
            if (rule.references().isPresent()) {
                FieldId target = rule.references().get();
                if (target.equals(field)) {
                    throw refused(DW + "references", "quality.settings.selfReference", name);
                }
                if (!settings.isField(target)) {
                    throw refused(DW + "references", "quality.settings.notAField", target.toString());
                }
            }
        }
        settings.save(dataset, new ProfileSettings(chosen.source(),
                chosen.rules().stream().filter(r -> !r.isEmpty()).toList()));
        events.publishEvent(new CatalogChangedEvent("dataset", dataset.slug(), CatalogChangedEvent.Change.UPDATED));
    }

    private void checkSource(DatasetId dataset, SourceChoice source) {
        switch (source) {
            case SourceChoice.HostedFile file -> {
                ProfileChoices.FileOption own = settings.hostedFiles(dataset).stream()
                        .filter(f -> f.distributionIri().equals(file.distributionIri())).findFirst()
                        .orElseThrow(() -> refused(DW + "profileSource", "quality.settings.fileNotOfDataset"));
                if (profilable(dataset).stream().noneMatch(own::equals)) {
                    throw refused(DW + "profileSource", "quality.settings.unsupportedFile", own.fileName());
                }
            }
            case SourceChoice.DatabaseTable table -> {
                if (!connections().contains(table.connection())) {
                    throw refused(DW + "connectionName", "quality.settings.unknownConnection", table.connection());
                }
                if (!TABLE_NAME.matcher(table.table()).matches()) {
                    throw refused(DW + "tableName", "quality.settings.badTable", table.table());
                }
            }
        }
    }

    private static WriteRefusedException refused(String property, String key, Object... args) {
        return WriteRefusedException.of(property, Texts.nl(key, args), Texts.en(key, args));
    }

    /**
     * Measurements of complete runs since a moment, for the feeds.
     *
     * @param dataset one dataset, or null for all
     * @param since null for all
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<Measurement> measurements(@Nullable DatasetId dataset, @Nullable Instant since) {
        if (dataset != null && !repository.datasetExists(dataset)) {
            throw new RecordNotFoundException("Dataset", dataset);
        }
        return repository.measurements(dataset, null, since).stream()
                .map(m -> new Measurement(m.runId(), m.dataset(), m.technicalName(), m.metric(), m.value(), m.checked(),
                        m.failed(), m.time()))
                .toList();
    }

    /**
     * One stored measurement for the feeds.
     *
     * @param field the field's technical name, empty for a dataset metric
     * @param metric the metric's local name ({@code completeness}, ..., {@code reliabilityScore})
     */
    public record Measurement(String run, DatasetId dataset, String field, String metric, double value,
            OptionalLong checked, OptionalLong failed, Instant time) {
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null || authentication.getName().isBlank()) {
            throw new IllegalStateException("Geen aangemelde gebruiker / nobody signed in");
        }
        return authentication.getName();
    }
}
