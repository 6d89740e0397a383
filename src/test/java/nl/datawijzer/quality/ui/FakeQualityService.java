package nl.datawijzer.quality.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.quality.DatasetQuality;
import nl.datawijzer.quality.DatasetScore;
import nl.datawijzer.quality.FieldTrendPoint;
import nl.datawijzer.quality.ProfileRun;
import nl.datawijzer.quality.QualityAlert;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.RunProgress;
import nl.datawijzer.quality.RunRefusedException;
import nl.datawijzer.quality.Score;
import nl.datawijzer.quality.ScoreDrop;
import nl.datawijzer.quality.ScorePoint;
import nl.datawijzer.quality.SystemQuality;

/**
 * An in-memory {@link QualityService} for view tests: whatever a test puts in is what the pages show. A scripted run
 * reports its fractions one poll at a time and, when its last fraction is read, finishes with the given outcome and
 * replaces the dataset's quality with the one after the run.
 */
public class FakeQualityService implements QualityService {

    private record Script(Deque<Double> fractions, ProfileRun outcome, DatasetQuality after) {
    }

    private final Map<DatasetId, DatasetQuality> datasets = new ConcurrentHashMap<>();
    private final Map<DatasetId, List<ScorePoint>> scoreTrends = new ConcurrentHashMap<>();
    private final Map<DatasetId, List<FieldTrendPoint>> fieldTrends = new ConcurrentHashMap<>();
    private final Map<DatasetId, RunRefusedException> refusals = new ConcurrentHashMap<>();
    private final Map<DatasetId, Script> scripts = new ConcurrentHashMap<>();
    private final Map<DatasetId, RunProgress> progress = new ConcurrentHashMap<>();
    private final List<SystemQuality> systems = new ArrayList<>();
    private final List<ScoreDrop> drops = new ArrayList<>();
    private final Map<String, QualityAlert> alerts = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    public synchronized FakeQualityService put(DatasetQuality quality) {
        datasets.put(quality.dataset(), quality);
        return this;
    }

    public synchronized FakeQualityService trend(DatasetId dataset, List<ScorePoint> scores,
            List<FieldTrendPoint> fields) {
        scoreTrends.put(dataset, List.copyOf(scores));
        fieldTrends.put(dataset, List.copyOf(fields));
        return this;
    }

    public synchronized FakeQualityService system(SystemQuality system) {
        systems.add(system);
        return this;
    }

    public synchronized FakeQualityService drop(ScoreDrop drop) {
        drops.add(drop);
        return this;
    }

    public synchronized FakeQualityService alert(QualityAlert alert) {
        alerts.put(alert.id(), alert);
        return this;
    }

    public synchronized FakeQualityService refuse(DatasetId dataset, String nl, String en) {
        refusals.put(dataset, new RunRefusedException(nl, en));
        return this;
    }

    public synchronized FakeQualityService script(DatasetId dataset, List<Double> fractions, ProfileRun outcome,
            DatasetQuality after) {
        scripts.put(dataset, new Script(new ArrayDeque<>(fractions), outcome, after));
        return this;
    }

    @Override
    public Optional<Score> latestScore(DatasetId dataset) {
        return Optional.ofNullable(datasets.get(dataset)).flatMap(DatasetQuality::score);
    }

    @Override
    public Map<DatasetId, DatasetScore> latestScores() {
        Map<DatasetId, DatasetScore> scores = new LinkedHashMap<>();
        datasets.values().forEach(q -> q.score().ifPresent(s -> scores.put(q.dataset(),
                new DatasetScore(q.dataset(), q.title(), q.system().slug(), s))));
        return scores;
    }

    @Override
    public DatasetQuality dataset(DatasetId dataset) {
        DatasetQuality quality = datasets.get(dataset);
        if (quality == null) {
            throw new RecordNotFoundException("Dataset", dataset);
        }
        return quality;
    }

    @Override
    public List<ScorePoint> scoreTrend(DatasetId dataset) {
        return scoreTrends.getOrDefault(dataset, List.of());
    }

    @Override
    public List<FieldTrendPoint> fieldTrend(DatasetId dataset) {
        return fieldTrends.getOrDefault(dataset, List.of());
    }

    @Override
    public synchronized List<SystemQuality> systems() {
        return systems.stream().sorted(Comparator.comparingInt(s -> s.score().value())).toList();
    }

    @Override
    public List<DatasetScore> weakest(int limit) {
        return latestScores().values().stream().sorted(Comparator.comparingInt(s -> s.score().value()))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<ScoreDrop> biggestDrops(int limit) {
        return drops.stream().sorted(Comparator.comparingInt(ScoreDrop::points).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<QualityAlert> alerts() {
        return alerts.values().stream().map(a -> read.contains(a.id()) ? new QualityAlert(a.id(), a.dataset(),
                a.datasetTitle(), a.ownerName(), a.kind(), a.textNl(), a.textEn(), a.created(), true) : a)
                .sorted(Comparator.comparing(QualityAlert::created).reversed()).toList();
    }

    @Override
    public synchronized void markAlertRead(String alertId) {
        read.add(alertId);
    }

    public synchronized boolean isRead(String alertId) {
        return read.contains(alertId);
    }

    @Override
    public synchronized RunProgress startRun(DatasetId dataset) {
        RunRefusedException refusal = refusals.get(dataset);
        if (refusal != null) {
            throw refusal;
        }
        if (!scripts.containsKey(dataset)) {
            throw new RunRefusedException("Deze dataset heeft geen bron om te profileren",
                    "This dataset has no source to profile");
        }
        RunProgress started = new RunProgress(dataset, 0, Optional.empty());
        progress.put(dataset, started);
        return started;
    }

    @Override
    public synchronized Optional<RunProgress> progress(DatasetId dataset) {
        RunProgress current = progress.get(dataset);
        Script script = scripts.get(dataset);
        if (current == null || current.finished() || script == null) {
            return Optional.ofNullable(current);
        }
        Double next = script.fractions().poll();
        RunProgress now;
        if (next == null) {
            datasets.put(dataset, script.after());
            now = new RunProgress(dataset, 1, Optional.of(script.outcome()));
        } else {
            now = new RunProgress(dataset, next, Optional.empty());
        }
        progress.put(dataset, now);
        return Optional.of(now);
    }

    private final Map<DatasetId, nl.datawijzer.quality.ProfileSettings> settings = new ConcurrentHashMap<>();

    /** Settings as saved here; a dataset never saved has no source and no rules. */
    @Override
    public nl.datawijzer.quality.ProfileSettings settings(DatasetId dataset) {
        return settings.getOrDefault(dataset, new nl.datawijzer.quality.ProfileSettings(Optional.empty(), List.of()));
    }

    /** Nothing to choose from: the crafted pages are about scores, not settings. */
    @Override
    public nl.datawijzer.quality.ProfileChoices choices(DatasetId dataset) {
        return new nl.datawijzer.quality.ProfileChoices(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public List<nl.datawijzer.quality.ProfileChoices.FieldOption> referenceCandidates(String text, int offset,
            int limit) {
        return List.of();
    }

    @Override
    public void saveSettings(DatasetId dataset, nl.datawijzer.quality.ProfileSettings chosen) {
        settings.put(dataset, chosen);
    }
}
