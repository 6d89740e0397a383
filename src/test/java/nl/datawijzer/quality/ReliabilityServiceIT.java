package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.quality.internal.QualityRepository;
import nl.datawijzer.quality.profiling.DatasetProfile;
import nl.datawijzer.quality.profiling.FieldProfile;
import nl.datawijzer.quality.profiling.FieldSpec;
import nl.datawijzer.quality.profiling.ProfilingException;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The quality service on the Huizen seed with a fake profiling engine: runs stored as DQV with history, scores that
 * explain themselves, failures that keep the previous score, alerts to the owner, one run per dataset at a time,
 * metadata-only runs, the schedule and the start-up runs.
 */
@SpringBootTest
@Import(FakeProfilingEngine.Configuration.class)
@ExtendWith(SecurityHolderIsolation.class)
@WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
class ReliabilityServiceIT {

    static final DatasetId POPULATION = new DatasetId("bevolking-per-wijk");
    static final DatasetId WMO_CLIENTS = new DatasetId("wmo-clienten-per-wijk");
    static final DatasetId YOUTH_CATEGORIES = new DatasetId("jeugdhulp-per-productcategorie");

    @Autowired ReliabilityService quality;
    @Autowired ProfileRunner runner;
    @Autowired FakeProfilingEngine engine;
    @Autowired FakeProfilingEngine.MeasuredEvents measured;
    @Autowired QualityRepository repository;
    @Autowired QualityProperties properties;
    @Autowired RdfStore store;
    @Autowired nl.datawijzer.catalog.DatasetService datasets;

    @BeforeEach
    void resetEngine() {
        awaitIdle();
        engine.reset();
    }

    private void awaitIdle() {
        RunWaits.idle(runner);
    }

    private ProfileRun run(DatasetId dataset) {
        quality.startRun(dataset);
        return await(dataset);
    }

    private ProfileRun await(DatasetId dataset) {
        return RunWaits.finished(quality, dataset, Duration.ofSeconds(30));
    }

    private long count(String sparqlFile) {
        return store.read(r -> Row.of(r.select(Sparql.query(sparqlFile)))).size();
    }

    @Test
    void aRunProfilesTheHostedFileStoresDqvMeasurementsAndTheScoreExplainsItself() throws IOException {
        engine.answer = call -> FakeProfilingEngine.withEmpty(call.spec(), 200, "inwoners_75_plus", 36);

        ProfileRun run = run(POPULATION);

        assertThat(run.state()).isEqualTo(RunState.COMPLETE);
        assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(run.startedBy()).isEqualTo("beheerder");
        assertThat(run.rows()).isEqualTo(200);
        FakeProfilingEngine.Call call = engine.calls.getLast();
        assertThat(call.kind()).isEqualTo("csv");
        try (InputStream extract = getClass().getResourceAsStream("/catalog-seed/extracts/bevolking-per-wijk.csv")) {
            assertThat(call.bytes()).isEqualTo(extract.readAllBytes());
        }
        assertThat(call.size()).isEqualTo(call.bytes().length);
        assertThat(call.spec().fields()).extracting(FieldSpec::technicalName).containsExactly("jaar", "wijkcode",
                "wijknaam", "inwoners_totaal", "inwoners_0_17", "inwoners_18_64", "inwoners_65_plus", "inwoners_75_plus");

        Score score = quality.latestScore(POPULATION).orElseThrow();
        assertThat(score.dataQuality()).isPresent();
        assertThat(score.reasons()).extracting(Reason::nl).contains("18% van inwoners_75_plus is leeg");
        assertThat(score.explanationNl()).startsWith(score.grade() + " (" + score.value() + ")");
        assertThat(quality.latestScores()).containsKey(POPULATION);

        DatasetQuality page = quality.dataset(POPULATION);
        assertThat(page.source()).hasValue("bestand bevolking-per-wijk.csv");
        assertThat(page.score()).hasValue(score);
        assertThat(page.fields()).hasSize(8);
        FieldQuality oldest = page.fields().getLast();
        assertThat(oldest.technicalName()).isEqualTo("inwoners_75_plus");
        assertThat(oldest.rows()).isEqualTo(200);
        assertThat(oldest.empty()).isEqualTo(36);
        assertThat(oldest.completeness()).isEqualTo(82.0);
        assertThat(oldest.present()).isTrue();
        assertThat(page.lastRun().orElseThrow().id()).isEqualTo(run.id());

        // Stored as DQV: per field four or fewer metrics, per dataset D, M, T and the score.
        List<QualityRepository.StoredMeasurement> stored = repository.measurements(POPULATION, run.id(), null);
        assertThat(stored).filteredOn(m -> m.metric().equals("completeness")).hasSize(8);
        assertThat(stored).extracting(QualityRepository.StoredMeasurement::metric)
                .contains("validity", "dataQuality", "metadataCompleteness", "timeliness", "reliabilityScore");
        assertThat(measured.events).contains(new QualityMeasuredEvent(POPULATION, run.id(), RunState.COMPLETE));
    }

    @Test
    void referencedFieldsAndCodeListsBecomeTheAllowedValues() {
        run(WMO_CLIENTS);
        FieldSpec district = engine.calls.getLast().spec().fields().stream()
                .filter(f -> f.technicalName().equals("wijkcode")).findFirst().orElseThrow();
        assertThat(district.allowedValues()).hasSize(13).contains("WK040600", "WK040601");

        run(YOUTH_CATEGORIES);
        FieldSpec category = engine.calls.getLast().spec().fields().stream()
                .filter(f -> f.technicalName().equals("productcategorie")).findFirst().orElseThrow();
        assertThat(category.allowedValues()).containsExactlyInAnyOrder("45", "48", "54");
    }

    @Test
    void historyIsKeptAndTheTrendShowsEveryCompleteRun() {
        int before = quality.scoreTrend(POPULATION).size();
        run(POPULATION);
        engine.answer = call -> FakeProfilingEngine.withEmpty(call.spec(), 100, "wijknaam", 50);
        run(POPULATION);

        List<ScorePoint> trend = quality.scoreTrend(POPULATION);
        assertThat(trend).hasSize(before + 2);
        assertThat(trend.getLast().score()).isLessThan(trend.get(trend.size() - 2).score());
        assertThat(quality.fieldTrend(POPULATION)).filteredOn(p -> p.technicalName().equals("wijknaam"))
                .extracting(FieldTrendPoint::completeness).endsWith(100.0, 50.0);
        assertThat(quality.biggestDrops(100)).extracting(ScoreDrop::dataset).contains(POPULATION);
    }

    @Test
    void aFailedRunKeepsThePreviousScoreAndWritesNothingElse() {
        run(POPULATION);
        Score before = quality.latestScore(POPULATION).orElseThrow();
        long triples = count("quality/record-triples.rq");
        int alerts = quality.alerts().size();
        engine.answer = call -> {
            throw new ProfilingException("Het bestand is geen geldige CSV (regel 3).", "The file is no valid CSV (line 3).");
        };

        ProfileRun failed = run(POPULATION);

        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.failureNl()).hasValue("Het bestand is geen geldige CSV (regel 3).");
        assertThat(failed.failureEn()).hasValue("The file is no valid CSV (line 3).");
        assertThat(quality.latestScore(POPULATION)).hasValue(before);
        assertThat(quality.dataset(POPULATION).lastRun().orElseThrow().state()).isEqualTo(RunState.FAILED);
        assertThat(quality.dataset(POPULATION).score()).hasValue(before);
        // Only the failed run itself: its type, dataset, state, trigger, starter, times and two messages.
        assertThat(count("quality/record-triples.rq") - triples).isEqualTo(9);
        assertThat(quality.alerts()).hasSize(alerts);
        assertThat(repository.measurements(POPULATION, failed.id(), null)).isEmpty();
    }

    @Test
    void anUnexpectedErrorIsAFailedRunWithOurOwnWords() {
        engine.answer = call -> {
            throw new IllegalStateException("internal detail");
        };
        ProfileRun failed = run(POPULATION);
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.failureNl()).hasValue("De profilering is mislukt door een onverwachte fout.");
    }

    @Test
    void alertsGoToTheOwnerWhenTheScoreFallsBelowTheThresholdOrAFieldsCompletenessDrops() {
        run(POPULATION);
        int before = quality.alerts().size();
        engine.answer = call -> new DatasetProfile(0, 0, call.spec().fields().stream()
                .map(f -> new FieldProfile(f.technicalName(), true, 0, 0, 0, java.util.OptionalLong.empty(),
                        java.util.OptionalLong.empty())).toList(), List.of());
        run(POPULATION);
        List<QualityAlert> alerts = quality.alerts();
        assertThat(alerts).hasSize(before + 1);
        QualityAlert below = alerts.getFirst();
        assertThat(below.kind()).isEqualTo(AlertKind.SCORE_BELOW_THRESHOLD);
        assertThat(below.dataset()).isEqualTo(POPULATION);
        assertThat(below.ownerName()).isNotBlank();
        assertThat(below.textNl()).contains("onder de drempel van " + properties.alert().scoreBelow());
        assertThat(below.read()).isFalse();

        // Back to full, then a field drops from 100% to 70%: more than the 10 points allowed.
        engine.answer = call -> FakeProfilingEngine.perfect(call.spec(), 10);
        run(POPULATION);
        engine.answer = call -> FakeProfilingEngine.withEmpty(call.spec(), 10, "wijkcode", 3);
        run(POPULATION);
        QualityAlert drop = quality.alerts().getFirst();
        assertThat(drop.kind()).isEqualTo(AlertKind.COMPLETENESS_DROP);
        assertThat(drop.textNl()).contains("wijkcode").contains("van 100% naar 70%");

        quality.markAlertRead(drop.id());
        assertThat(quality.alerts().getFirst().read()).isTrue();
        assertThatThrownBy(() -> quality.markAlertRead("a-bestaat-niet"))
                .isInstanceOf(nl.datawijzer.catalog.RecordNotFoundException.class);
    }

    @Test
    void oneRunPerDatasetAtATime() {
        CountDownLatch gate = new CountDownLatch(1);
        engine.gate = gate;
        quality.startRun(POPULATION);
        try {
            assertThatThrownBy(() -> quality.startRun(POPULATION)).isInstanceOf(RunRefusedException.class)
                    .satisfies(e -> assertThat(((RunRefusedException) e).messageNl())
                            .isEqualTo("Er loopt al een profilering van deze dataset."));
            RunProgress going = quality.progress(POPULATION).orElseThrow();
            assertThat(going.finished()).isFalse();
            // Another dataset runs meanwhile: the limit is per dataset.
            quality.startRun(WMO_CLIENTS);
        } finally {
            gate.countDown();
        }
        assertThat(await(POPULATION).state()).isEqualTo(RunState.COMPLETE);
        assertThat(await(WMO_CLIENTS).state()).isEqualTo(RunState.COMPLETE);
    }

    @Test
    void aDatasetWithoutSourceGetsAMetadataOnlyRunAndNoManualOne() {
        DatasetId plain = repository.datasets().stream().filter(d -> !d.hasSource()).findFirst().orElseThrow().dataset();
        assertThatThrownBy(() -> quality.startRun(plain)).isInstanceOf(RunRefusedException.class);

        runner.start(plain, RunTrigger.SCHEDULE, ProfileRunner.PLANNING);
        ProfileRun run = await(plain);

        assertThat(run.state()).isEqualTo(RunState.COMPLETE);
        assertThat(run.startedBy()).isEqualTo("planning");
        Score score = quality.latestScore(plain).orElseThrow();
        assertThat(score.dataQuality()).isEmpty();
        assertThat(quality.dataset(plain).fields()).isEmpty();
        assertThat(quality.dataset(plain).source()).isEmpty();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void staffReadButOnlyStewardsAndAdministratorsStartARun() {
        assertThatThrownBy(() -> quality.startRun(POPULATION)).isInstanceOf(AccessDeniedException.class);
        assertThat(quality.weakest(5)).hasSizeLessThanOrEqualTo(5);
        assertThat(quality.systems()).isNotNull();
    }

    @Test
    @WithMockUser(username = "nobody", roles = {})
    void withoutARoleNothingIsRead() {
        assertThatThrownBy(() -> quality.latestScores()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theScheduleAndTheStartUpGiveEveryDatasetAScore() {
        int datasets = repository.datasets().size();
        Map<DatasetId, Integer> runsBefore = runsPerDataset();

        long start = System.nanoTime();
        new QualityStartup(runner, new QualityProperties("0 30 5 * * *", false, true, properties.alert(), Map.of()))
                .profileUnscored();
        long queued = System.nanoTime() - start;
        awaitIdle();
        long done = System.nanoTime() - start;
        System.out.printf("Start-up profiling of %d datasets: queued in %d ms, all done in %d ms%n", datasets,
                queued / 1_000_000, done / 1_000_000);

        Map<DatasetId, Integer> runsAfter = runsPerDataset();
        // Runs of a deleted dataset stay as history; every existing dataset now has one.
        assertThat(runsAfter.keySet()).containsAll(repository.datasets().stream()
                .map(QualityRepository.DatasetEntry::dataset).toList());
        runsBefore.forEach((dataset, n) -> assertThat(runsAfter.get(dataset)).as("%s ran again", dataset).isEqualTo(n));
        assertThat(quality.latestScores()).hasSize(datasets);
        assertThat(quality.systems()).isNotEmpty().allSatisfy(s -> assertThat(s.datasets()).isNotEmpty());

        new QualitySchedule(runner).profileEveryDataset();
        awaitIdle();
        Map<DatasetId, Integer> scheduled = runsPerDataset();
        repository.datasets().forEach(d -> assertThat(scheduled.get(d.dataset())).isEqualTo(runsAfter.get(d.dataset()) + 1));
        assertThat(repository.runs(null)).filteredOn(r -> r.trigger() == RunTrigger.SCHEDULE)
                .extracting(ProfileRun::startedBy).containsOnly("planning");
    }

    private Map<DatasetId, Integer> runsPerDataset() {
        Map<DatasetId, Integer> runs = new java.util.HashMap<>();
        repository.runs(null).forEach(r -> runs.merge(r.dataset(), 1, Integer::sum));
        return runs;
    }

    @Test
    void theProgressOfAFinishedRunIsKeptForThePage() {
        ProfileRun run = run(POPULATION);
        RunProgress progress = quality.progress(POPULATION).orElseThrow();
        assertThat(progress.fraction()).isEqualTo(1.0);
        assertThat(progress.outcome()).hasValue(run);
        assertThat(run.ended().orElseThrow()).isAfterOrEqualTo(run.started());
    }

    @Test
    void aDatasetWithQualityHistoryCanStillBeDeletedAndItsHistoryStays() {
        List<DatasetId> plain = repository.datasets().stream().filter(d -> !d.hasSource())
                .map(QualityRepository.DatasetEntry::dataset).toList().reversed();
        DatasetId deleted = null;
        for (DatasetId candidate : plain) {
            runner.start(candidate, RunTrigger.SCHEDULE, ProfileRunner.PLANNING);
            assertThat(await(candidate).state()).isEqualTo(RunState.COMPLETE);
            quality.alerts(); // an alert may have been written too; it must not block either
            try {
                datasets.delete(candidate);
                deleted = candidate;
                break;
            } catch (RuntimeException e) {
                // Refused for a catalogue reference (lineage, a need, a KPI): never for its quality history.
                assertThat(e.getMessage()).doesNotContainIgnoringCase("profile-run").doesNotContainIgnoringCase("profilering")
                        .doesNotContainIgnoringCase("quality-alert").doesNotContainIgnoringCase("meting");
            }
        }
        assertThat(deleted).as("a dataset without references to delete").isNotNull();
        DatasetId gone = deleted;
        assertThat(repository.runs(gone)).isNotEmpty();
        assertThat(quality.latestScores()).doesNotContainKey(gone);
    }
}
