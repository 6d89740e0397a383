package nl.datawijzer.quality;

import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.hosting.HostedFileService;
import nl.datawijzer.opendata.hosting.HostedFileType;
import nl.datawijzer.privacy.detect.CsvReader;
import nl.datawijzer.quality.ReliabilityFormula.DataInput;
import nl.datawijzer.quality.ReliabilityFormula.FieldInput;
import nl.datawijzer.quality.ReliabilityFormula.FieldMetrics;
import nl.datawijzer.quality.ReliabilityFormula.Frequency;
import nl.datawijzer.quality.ReliabilityFormula.MetadataCheck;
import nl.datawijzer.quality.internal.ProfilingEngine;
import nl.datawijzer.quality.internal.QualityRepository;
import nl.datawijzer.quality.internal.QualityRepository.AlertRecord;
import nl.datawijzer.quality.internal.QualityRepository.DatasetFacts;
import nl.datawijzer.quality.internal.QualityRepository.FieldFacts;
import nl.datawijzer.quality.internal.QualityRepository.MeasurementRecord;
import nl.datawijzer.quality.internal.QualityRepository.RunRecord;
import nl.datawijzer.quality.internal.QualityRepository.Source;
import nl.datawijzer.quality.internal.QualityRepository.StoredScore;
import nl.datawijzer.quality.profiling.ColumnRef;
import nl.datawijzer.quality.profiling.DatabaseConnection;
import nl.datawijzer.quality.profiling.DatasetProfile;
import nl.datawijzer.quality.profiling.FieldProfile;
import nl.datawijzer.quality.profiling.FieldSpec;
import nl.datawijzer.quality.profiling.ProfileSpec;
import nl.datawijzer.quality.profiling.ProfilingException;
import nl.datawijzer.quality.profiling.ProfilingProgress;
import nl.datawijzer.quality.profiling.ValueFormat;
import nl.datawijzer.rdf.WriteRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs profiling in the background, one run per dataset at a time, on two threads: gathers the dataset's facts, reads
 * its source through the engine, computes the score, and records the run with its measurements, score and alerts in
 * one write. A failure records a FAILED run with its message and nothing else, so the previous score stays. Progress
 * lives in memory.
 */
@Component
class ProfileRunner {

    static final String PLANNING = "planning";
    private static final Logger log = LoggerFactory.getLogger(ProfileRunner.class);
    /** How long a finished run stays visible to the page that started it. */
    private static final Duration KEEP_FINISHED = Duration.ofMinutes(10);

    private final QualityRepository repository;
    private final ObjectProvider<ProfilingEngine> engines;
    private final HostedFileService hosted;
    private final QualityProperties properties;
    private final ApplicationEventPublisher events;
    private final ScoreCache cache;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<DatasetId, Running> active = new ConcurrentHashMap<>();
    private final Map<DatasetId, RunProgress> finished = new ConcurrentHashMap<>();

    @Autowired
    ProfileRunner(QualityRepository repository, ObjectProvider<ProfilingEngine> engines, HostedFileService hosted,
            QualityProperties properties, ApplicationEventPublisher events, ScoreCache cache) {
        this(repository, engines, hosted, properties, events, cache, Clock.systemUTC());
    }

    /** @param engines the profiling engine, when one is wired in; without it, profiled runs fail with a message */
    ProfileRunner(QualityRepository repository, ObjectProvider<ProfilingEngine> engines, HostedFileService hosted,
            QualityProperties properties, ApplicationEventPublisher events, ScoreCache cache, Clock clock) {
        this.repository = repository;
        this.engines = engines;
        this.hosted = hosted;
        this.properties = properties;
        this.events = events;
        this.cache = cache;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "profiling-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** A run going on, for its progress bar. */
    private static final class Running {
        final DatasetId dataset;
        volatile double fraction;

        Running(DatasetId dataset) {
            this.dataset = dataset;
        }
    }

    /**
     * Starts a run in the background.
     *
     * @throws RunRefusedException when one is already going for the dataset
     */
    RunProgress start(DatasetId dataset, RunTrigger trigger, String startedBy) {
        Running running = new Running(dataset);
        if (active.putIfAbsent(dataset, running) != null) {
            throw new RunRefusedException(Texts.nl("quality.run.running"), Texts.en("quality.run.running"));
        }
        finished.remove(dataset);
        try {
            executor.execute(() -> execute(running, trigger, startedBy));
        } catch (RuntimeException e) {
            active.remove(dataset);
            throw e;
        }
        return new RunProgress(dataset, 0, Optional.empty());
    }

    /**
     * Starts a run for every dataset ({@code onlyUnprofiled}: only those never profiled), skipping those with a run
     * going. Datasets with a source are profiled; the others get a metadata-only run.
     *
     * @return how many runs were started
     */
    int startAll(RunTrigger trigger, boolean onlyUnprofiled) {
        int started = 0;
        for (QualityRepository.DatasetEntry entry : repository.datasets()) {
            if (onlyUnprofiled && entry.profiled()) {
                continue;
            }
            try {
                start(entry.dataset(), trigger, PLANNING);
                started++;
            } catch (RunRefusedException e) {
                // one is going already: that one counts
            }
        }
        return started;
    }

    Optional<RunProgress> progress(DatasetId dataset) {
        Running running = active.get(dataset);
        if (running != null) {
            return Optional.of(new RunProgress(dataset, running.fraction, Optional.empty()));
        }
        RunProgress done = finished.get(dataset);
        if (done != null && done.outcome().flatMap(ProfileRun::ended)
                .map(end -> end.plus(KEEP_FINISHED).isAfter(clock.instant())).orElse(false)) {
            return Optional.of(done);
        }
        return Optional.empty();
    }

    /** Whether any run is going (for tests and a calm shutdown). */
    boolean busy() {
        return !active.isEmpty();
    }

    /** A run that cannot go on, with its message for people. */
    private static final class RunFailure extends RuntimeException {
        final String nl;
        final String en;

        RunFailure(String key, Object... args) {
            super(Texts.en(key, args));
            this.nl = Texts.nl(key, args);
            this.en = Texts.en(key, args);
        }
    }

    private void execute(Running running, RunTrigger trigger, String startedBy) {
        DatasetId dataset = running.dataset;
        Instant started = clock.instant();
        String runId = QualityRepository.newRunId();
        RunRecord record;
        try {
            record = complete(running, runId, trigger, startedBy, started);
        } catch (ProfilingException e) {
            record = failed(runId, dataset, trigger, startedBy, started, e.messageNl(), e.messageEn());
        } catch (RunFailure e) {
            record = failed(runId, dataset, trigger, startedBy, started, e.nl, e.en);
        } catch (RuntimeException e) {
            // The class only: a driver's message may quote a connection string or a value.
            log.warn("Profiling run of {} failed unexpectedly ({})", dataset, e.getClass().getName());
            record = failed(runId, dataset, trigger, startedBy, started, Texts.nl("quality.run.failed"),
                    Texts.en("quality.run.failed"));
        }
        try {
            record = store(record);
            if (record.state() == RunState.COMPLETE) {
                cache.refresh(dataset);
            }
            ProfileRun outcome = new ProfileRun(record.id(), dataset, record.state(), trigger, startedBy, started,
                    Optional.of(record.ended()), record.rows().orElse(0), record.failureNl(), record.failureEn());
            finished.put(dataset, new RunProgress(dataset, 1.0, Optional.of(outcome)));
            events.publishEvent(new QualityMeasuredEvent(dataset, record.id(), record.state()));
        } catch (RuntimeException e) {
            log.warn("Profiling run of {} could not be recorded ({})", dataset, e.getClass().getName());
        } finally {
            active.remove(dataset);
        }
    }

    /** Writes the run; when the store refuses a complete one, records it as failed with the store's reason. */
    private RunRecord store(RunRecord record) {
        try {
            repository.write(record);
            return record;
        } catch (WriteRefusedException e) {
            if (record.state() != RunState.COMPLETE) {
                throw e;
            }
            String nl = e.violations().isEmpty() ? "" : e.violations().getFirst().messageNl();
            String en = e.violations().isEmpty() ? "" : e.violations().getFirst().messageEn();
            RunRecord failed = failed(record.id(), record.dataset(), record.trigger(), record.startedBy(),
                    record.started(), Texts.nl("quality.run.refused", nl), Texts.en("quality.run.refused", en));
            repository.write(failed);
            return failed;
        }
    }

    private RunRecord failed(String runId, DatasetId dataset, RunTrigger trigger, String startedBy, Instant started,
            String nl, String en) {
        return new RunRecord(runId, dataset, RunState.FAILED, trigger, startedBy, started, clock.instant(),
                OptionalLong.empty(), Optional.of(nl), Optional.of(en), List.of(), Optional.empty(), List.of());
    }

    private RunRecord complete(Running running, String runId, RunTrigger trigger, String startedBy, Instant started) {
        DatasetId dataset = running.dataset;
        DatasetFacts facts = repository.facts(dataset)
                .orElseThrow(() -> new RunFailure("quality.run.unknownDataset", dataset.slug()));
        Optional<DataInput> data = Optional.empty();
        OptionalLong rows = OptionalLong.empty();
        if (facts.source().isPresent()) {
            DatasetProfile profile = profile(facts, facts.source().get(), fraction -> running.fraction = fraction);
            data = Optional.of(dataInput(facts, profile));
            rows = OptionalLong.of(profile.rows());
        }
        Instant now = clock.instant();
        ReliabilityFormula.Result result = ReliabilityFormula.compute(new ReliabilityFormula.Input(data,
                failedChecks(facts), Frequency.ofIri(facts.frequencyIri().orElse("")), lastLoad(facts), now));
        List<MeasurementRecord> measurements = measurements(facts, data, result);
        List<AlertRecord> alerts = alerts(facts, result);
        return new RunRecord(runId, dataset, RunState.COMPLETE, trigger, startedBy, started, now, rows,
                Optional.empty(), Optional.empty(), measurements, Optional.of(result.score()), alerts);
    }

    // ------------------------------------------------------------------ profiling the source

    private DatasetProfile profile(DatasetFacts facts, Source source, ProfilingProgress progress) {
        ProfileSpec spec = spec(facts, source);
        ProfilingEngine engine = engines.getIfAvailable();
        if (engine == null) {
            throw new RunFailure("quality.run.noEngine");
        }
        switch (source) {
            case Source.Hosted file -> {
                HostedFileType type = HostedFileType.ofFileName(file.fileName()).orElse(HostedFileType.JSON);
                if (type == HostedFileType.JSON) {
                    throw new RunFailure("quality.run.unsupportedFile", file.fileName());
                }
                Optional<HostedFileService.OpenedFile> opened = hosted.open(file.distributionIri());
                if (opened.isEmpty()) {
                    throw new RunFailure("quality.run.fileMissing", file.fileName());
                }
                try (HostedFileService.OpenedFile f = opened.get()) {
                    return type == HostedFileType.CSV ? engine.csv(f.contents(), f.size(), spec, progress)
                            : engine.xlsx(f.contents(), f.size(), spec, progress);
                } catch (java.io.IOException e) {
                    throw new RunFailure("quality.run.fileMissing", file.fileName());
                }
            }
            case Source.Table table -> {
                return engine.database(connection(table.connection()), table.table(), spec, progress);
            }
            case Source.Missing missing -> throw new RunFailure("quality.run.fileMissing",
                    missing.iri().substring(missing.iri().lastIndexOf('/') + 1));
        }
    }

    private DatabaseConnection connection(String name) {
        QualityProperties.Connection connection = properties.connections().get(name);
        if (connection == null || connection.url() == null || connection.url().isBlank()) {
            throw new RunFailure("quality.run.noConnection", name);
        }
        return new DatabaseConnection(name, connection.url(), connection.username(), connection.password());
    }

    private ProfileSpec spec(DatasetFacts facts, Source source) {
        List<FieldSpec> fields = new ArrayList<>();
        for (FieldFacts field : facts.fields()) {
            Optional<ValueFormat> format = field.formatSlug().flatMap(ProfileRunner::format);
            Set<String> allowed = field.allowedValues();
            Optional<ColumnRef> column = Optional.empty();
            if (field.reference().isPresent()) {
                QualityRepository.Reference reference = field.reference().get();
                if (source instanceof Source.Table table && reference.source().orElse(null) instanceof Source.Table ref
                        && ref.connection().equals(table.connection())) {
                    column = Optional.of(new ColumnRef(ref.table(), reference.technicalName()));
                } else if (!(source instanceof Source.Table) && reference.source().orElse(null) instanceof Source.Hosted ref) {
                    Set<String> values = new HashSet<>(allowed);
                    values.addAll(columnValues(ref, reference.technicalName()));
                    allowed = values;
                }
            }
            fields.add(new FieldSpec(field.technicalName(), field.datatype().isEmpty() ? "string" : field.datatype(),
                    format, field.key(), allowed, column));
        }
        return new ProfileSpec(fields);
    }

    private static Optional<ValueFormat> format(String slug) {
        try {
            return Optional.of(ValueFormat.ofSlug(slug));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The values of one column of a referenced dataset's hosted file (its first sheet for XLSX). */
    private Set<String> columnValues(Source.Hosted file, String column) {
        Optional<byte[]> csv = hosted.asCsv(file.distributionIri());
        if (csv.isEmpty()) {
            throw new RunFailure("quality.run.fileMissing", file.fileName());
        }
        String text = new String(csv.get(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvReader reader = new CsvReader(text, CsvReader.separatorOf(text));
        List<String> header = reader.next();
        if (header == null) {
            return Set.of();
        }
        int index = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(column)) {
                index = i;
            }
        }
        if (index < 0) {
            return Set.of();
        }
        Set<String> values = new HashSet<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            if (index < row.size() && !row.get(index).isBlank()) {
                values.add(row.get(index).strip());
            }
        }
        return values;
    }

    private static DataInput dataInput(DatasetFacts facts, DatasetProfile profile) {
        Map<String, FieldProfile> byName = new HashMap<>();
        profile.fields().forEach(p -> byName.putIfAbsent(p.technicalName().toLowerCase(Locale.ROOT), p));
        List<FieldInput> fields = new ArrayList<>();
        for (FieldFacts field : facts.fields()) {
            FieldProfile measured = byName.getOrDefault(field.technicalName().toLowerCase(Locale.ROOT),
                    new FieldProfile(field.technicalName(), false, profile.rows(), 0, 0, OptionalLong.empty(),
                            OptionalLong.empty()));
            boolean consistency = !field.allowedValues().isEmpty() || field.hasList() || field.reference().isPresent();
            fields.add(new FieldInput(field.technicalName(), measured, field.key(), consistency,
                    field.formatSlug().filter("bsn"::equals).isPresent()));
        }
        return new DataInput(profile.rows(), fields);
    }

    // ------------------------------------------------------------------ metadata and timeliness

    static Set<MetadataCheck> failedChecks(DatasetFacts facts) {
        Set<MetadataCheck> failed = EnumSet.noneOf(MetadataCheck.class);
        if (facts.description().strip().length() < 80) {
            failed.add(MetadataCheck.DESCRIPTION);
        }
        if (facts.ownerIri().isEmpty()) {
            failed.add(MetadataCheck.OWNER);
        }
        if (!facts.steward()) {
            failed.add(MetadataCheck.STEWARD);
        }
        if (!facts.keyword()) {
            failed.add(MetadataCheck.KEYWORD);
        }
        if (!facts.euTheme()) {
            failed.add(MetadataCheck.EU_THEME);
        }
        if (facts.frequencyIri().map(Frequency::ofIri).orElse(Frequency.UNKNOWN) == Frequency.UNKNOWN) {
            failed.add(MetadataCheck.FREQUENCY);
        }
        if (facts.fields().stream().anyMatch(f -> !f.described())) {
            failed.add(MetadataCheck.FIELD_DESCRIPTIONS);
        }
        if (facts.fields().stream().anyMatch(f -> !f.reviewed())) {
            failed.add(MetadataCheck.CLASSIFICATION_REVIEWED);
        }
        if (!facts.contactPoint()) {
            failed.add(MetadataCheck.CONTACT_POINT);
        }
        if (facts.licensedDistributions() == 0) {
            failed.add(MetadataCheck.LICENCE);
        }
        return failed;
    }

    /**
     * The latest load: the end of the latest complete ETL run or the upload of the hosted source file; the dataset's
     * own dct:modified only when neither is known, since editing a description is not loading data.
     */
    static Optional<Instant> lastLoad(DatasetFacts facts) {
        Optional<Instant> upload = facts.source().flatMap(s -> s instanceof Source.Hosted h ? h.modified() : Optional.empty());
        Optional<Instant> load = facts.lastJobRun();
        if (upload.isPresent() && (load.isEmpty() || upload.get().isAfter(load.get()))) {
            load = upload;
        }
        return load.isPresent() ? load : facts.modified();
    }

    // ------------------------------------------------------------------ what is stored

    private static List<MeasurementRecord> measurements(DatasetFacts facts, Optional<DataInput> data,
            ReliabilityFormula.Result result) {
        List<MeasurementRecord> out = new ArrayList<>();
        for (int i = 0; i < result.fields().size(); i++) {
            FieldMetrics m = result.fields().get(i);
            FieldFacts field = facts.fields().get(i);
            FieldProfile p = data.orElseThrow().fields().get(i).profile();
            long rows = data.get().rows();
            if (!m.present()) {
                out.add(field(field, "completeness", 0, rows, rows));
                out.add(field(field, "validity", 0, rows, rows));
                m.uniqueness().ifPresent(u -> out.add(field(field, "uniqueness", 0, rows, rows)));
                m.consistency().ifPresent(u -> out.add(field(field, "consistency", 0, rows, rows)));
                continue;
            }
            long filled = Math.max(0, rows - p.empty());
            out.add(field(field, "completeness", m.completeness(), rows, Math.min(rows, p.empty())));
            out.add(field(field, "validity", m.validity(), filled, Math.min(filled, p.invalid())));
            m.uniqueness().ifPresent(u -> out.add(field(field, "uniqueness", u, filled,
                    Math.min(filled, p.duplicates().orElse(0)))));
            m.consistency().ifPresent(c -> out.add(field(field, "consistency", c, filled,
                    Math.min(filled, p.outsideList().orElse(0)))));
        }
        result.data().ifPresent(d -> out.add(dataset("dataQuality", d)));
        out.add(dataset("metadataCompleteness", result.metadata()));
        result.timeliness().ifPresent(t -> out.add(dataset("timeliness", t)));
        return out;
    }

    private static MeasurementRecord dataset(String metric, double value) {
        return new MeasurementRecord(metric, Optional.empty(), clamp(value), OptionalLong.empty(), OptionalLong.empty());
    }

    private static MeasurementRecord field(FieldFacts field, String metric, double value, long checked, long failed) {
        return new MeasurementRecord(metric, Optional.of(field.iri()), clamp(value), OptionalLong.of(checked),
                OptionalLong.of(failed));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }

    // ------------------------------------------------------------------ alerts

    private List<AlertRecord> alerts(DatasetFacts facts, ReliabilityFormula.Result result) {
        if (facts.ownerIri().isEmpty()) {
            return List.of();
        }
        String owner = facts.ownerIri().get();
        List<AlertRecord> alerts = new ArrayList<>();
        Optional<StoredScore> previous = repository.latestScore(new DatasetId(facts.slug()));
        int threshold = properties.alert().scoreBelow();
        Score score = result.score();
        if (score.value() < threshold && previous.map(p -> p.score().value() >= threshold).orElse(true)) {
            alerts.add(new AlertRecord(AlertKind.SCORE_BELOW_THRESHOLD, owner,
                    Texts.nl("quality.alert.scoreBelow", facts.title(), score.value(), score.grade().name(), threshold),
                    Texts.en("quality.alert.scoreBelow", facts.title(), score.value(), score.grade().name(), threshold)));
        }
        // An empty source is one alert (the score), not one per field.
        boolean empty = result.fields().stream().allMatch(f -> f.completeness() == 0);
        if (previous.isPresent() && !empty) {
            Map<String, Double> before = new HashMap<>();
            repository.measurements(null, previous.get().runId(), null).stream()
                    .filter(m -> "completeness".equals(m.metric()))
                    .forEach(m -> before.put(m.computedOnIri(), m.value()));
            for (int i = 0; i < result.fields().size(); i++) {
                FieldFacts field = facts.fields().get(i);
                Double was = before.get(field.iri());
                double now = result.fields().get(i).completeness();
                if (was != null && was - now > properties.alert().completenessDrop()) {
                    alerts.add(new AlertRecord(AlertKind.COMPLETENESS_DROP, owner,
                            Texts.nl("quality.alert.completenessDrop", facts.title(), field.technicalName(),
                                    Math.round(was), Math.round(now)),
                            Texts.en("quality.alert.completenessDrop", facts.title(), field.technicalName(),
                                    Math.round(was), Math.round(now))));
                }
            }
        }
        return alerts;
    }
}
