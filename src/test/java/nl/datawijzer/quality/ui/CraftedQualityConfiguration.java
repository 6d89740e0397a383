package nl.datawijzer.quality.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.quality.AlertKind;
import nl.datawijzer.quality.DatasetQuality;
import nl.datawijzer.quality.DatasetScore;
import nl.datawijzer.quality.FieldQuality;
import nl.datawijzer.quality.FieldTrendPoint;
import nl.datawijzer.quality.Grade;
import nl.datawijzer.quality.ProfileRun;
import nl.datawijzer.quality.QualityAlert;
import nl.datawijzer.quality.Reason;
import nl.datawijzer.quality.RunState;
import nl.datawijzer.quality.RunTrigger;
import nl.datawijzer.quality.Score;
import nl.datawijzer.quality.ScoreDrop;
import nl.datawijzer.quality.ScorePoint;
import nl.datawijzer.quality.SystemQuality;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Crafted reliability for seed datasets of the Datawarehouse Sociaal Domein, as a {@link Primary} bean so it is the one
 * the views get, also once the real service is a bean. Import it in a test class that checks what the pages show.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CraftedQualityConfiguration {

    public static final SystemId DWH = new SystemId("datawarehouse-sociaal-domein");
    public static final String DWH_TITLE = "Datawarehouse Sociaal Domein (GGM)";
    /** Scored C (62), three completed runs, falling. */
    public static final DatasetId WMO = new DatasetId("wmo-clienten-per-wijk");
    public static final String WMO_TITLE = "Wmo-cliënten per wijk en voorzieningsoort";
    /** Scored D (48), but its latest run failed; a run is refused: one is going already. */
    public static final DatasetId FAILED = new DatasetId("ggm-beschikking");
    public static final String FAILED_TITLE = "GGM Beschikking";
    /** In the catalogue but never profiled. */
    public static final DatasetId NEVER = new DatasetId("ggm-aanvraagwmojeugd");
    /** Scored B (74); a manual run reports 25% and 75% and then completes with 81. */
    public static final DatasetId RUNS = new DatasetId("jeugdhulptrajecten-per-wijk");

    public static final Instant SEPTEMBER = Instant.parse("2026-09-01T04:00:00Z");
    public static final Instant MID_SEPTEMBER = Instant.parse("2026-09-15T04:00:00Z");
    public static final Instant OCTOBER = Instant.parse("2026-10-01T04:00:00Z");
    public static final Instant FAILED_AT = Instant.parse("2026-10-02T04:05:00Z");
    public static final Instant RUN_ENDED = Instant.parse("2026-10-03T09:15:00Z");

    public static final String WMO_EXPLANATION =
            "C (62) omdat 18% van geboortedatum leeg is en de laatste lading 9 dagen oud is";
    public static final String FAILURE = "De database warehouse is niet bereikbaar.";
    public static final String REFUSAL = "Er loopt al een profilering van deze dataset";

    @Bean
    @Primary
    FakeQualityService craftedQuality() {
        return crafted();
    }

    public static Score score(int value, OptionalInt data, int metadata, OptionalInt timeliness, List<Reason> reasons,
            String nl, Instant at) {
        return new Score(value, Grade.of(value), data, metadata, timeliness, reasons, nl, "EN " + nl, at);
    }

    private static ProfileRun run(DatasetId dataset, RunState state, Instant ended, Optional<String> failure) {
        return new ProfileRun("r-" + dataset.slug() + "-" + ended.getEpochSecond(), dataset, state,
                state == RunState.FAILED ? RunTrigger.SCHEDULE : RunTrigger.MANUAL, "planning", ended.minusSeconds(60),
                Optional.of(ended), 120, failure, failure.map(f -> "The database warehouse cannot be reached."));
    }

    private static FieldQuality field(DatasetId dataset, String slug, String title, boolean present, long empty,
            long invalid, double completeness, double validity, OptionalDouble consistency) {
        return new FieldQuality(new FieldId(dataset, slug), title, slug, present, 120, empty, invalid,
                OptionalLong.empty(), consistency.isPresent() ? OptionalLong.of(3) : OptionalLong.empty(), completeness,
                validity, OptionalDouble.empty(), consistency);
    }

    public static FakeQualityService crafted() {
        Score wmoScore = score(62, OptionalInt.of(55), 80, OptionalInt.of(70),
                List.of(new Reason(5, "18% van geboortedatum is leeg", "18% of geboortedatum is empty"),
                        new Reason(4, "de laatste lading is 9 dagen oud (verwacht: dagelijks)",
                                "the last load is 9 days old (expected: daily)")),
                WMO_EXPLANATION, OCTOBER);
        List<FieldQuality> wmoFields = List.of(
                field(WMO, "wijk", "Wijk", true, 0, 0, 100, 100, OptionalDouble.of(97.5)),
                field(WMO, "geboortedatum", "Geboortedatum", true, 22, 4, 81.7, 95.9, OptionalDouble.empty()),
                field(WMO, "bsn", "BSN", false, 0, 0, 0, 0, OptionalDouble.empty()));
        DatasetQuality wmo = new DatasetQuality(WMO, WMO_TITLE, DWH, DWH_TITLE,
                Optional.of("bestand wmo-clienten-per-wijk.csv"), Optional.of(wmoScore), Optional.of(OCTOBER), wmoFields,
                Optional.of(run(WMO, RunState.COMPLETE, OCTOBER, Optional.empty())));

        Score failedScore = score(48, OptionalInt.of(40), 70, OptionalInt.empty(), List.of(),
                "D (48) omdat 30% van datum-besluit leeg is", MID_SEPTEMBER);
        DatasetQuality failed = new DatasetQuality(FAILED, FAILED_TITLE, DWH, DWH_TITLE,
                Optional.of("database warehouse, tabel dwh.beschikking"), Optional.of(failedScore),
                Optional.of(MID_SEPTEMBER), List.of(),
                Optional.of(run(FAILED, RunState.FAILED, FAILED_AT, Optional.of(FAILURE))));

        DatasetQuality never = new DatasetQuality(NEVER, "GGM AanvraagWmoJeugd", DWH, DWH_TITLE, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());

        Score before = score(74, OptionalInt.of(70), 80, OptionalInt.of(85), List.of(), "B (74) omdat ...", OCTOBER);
        Score after = score(81, OptionalInt.of(80), 80, OptionalInt.of(85), List.of(), "B (81) na de nieuwe run",
                RUN_ENDED);
        DatasetQuality runsBefore = new DatasetQuality(RUNS, "Jeugdhulptrajecten per wijk", DWH, DWH_TITLE,
                Optional.of("bestand jeugdhulptrajecten-per-wijk.csv"), Optional.of(before), Optional.of(OCTOBER),
                List.of(), Optional.empty());
        ProfileRun completed = run(RUNS, RunState.COMPLETE, RUN_ENDED, Optional.empty());
        DatasetQuality runsAfter = new DatasetQuality(RUNS, "Jeugdhulptrajecten per wijk", DWH, DWH_TITLE,
                runsBefore.source(), Optional.of(after), Optional.of(RUN_ENDED), List.of(), Optional.of(completed));

        SystemQuality dwh = new SystemQuality(DWH, DWH_TITLE,
                score(58, OptionalInt.empty(), 0, OptionalInt.empty(), List.of(),
                        "C (58) omdat GGM Beschikking en Wmo-cliënten per wijk zwak zijn", OCTOBER),
                List.of(new DatasetScore(FAILED, FAILED_TITLE, DWH.slug(), failedScore),
                        new DatasetScore(WMO, WMO_TITLE, DWH.slug(), wmoScore)));

        return new FakeQualityService().put(wmo).put(failed).put(never).put(runsBefore)
                .trend(WMO, List.of(new ScorePoint(SEPTEMBER, 80, Grade.B), new ScorePoint(MID_SEPTEMBER, 71, Grade.B),
                        new ScorePoint(OCTOBER, 62, Grade.C)),
                        List.of(new FieldTrendPoint(SEPTEMBER, "wijk", 100, 100),
                                new FieldTrendPoint(SEPTEMBER, "geboortedatum", 95, 99),
                                new FieldTrendPoint(MID_SEPTEMBER, "wijk", 100, 100),
                                new FieldTrendPoint(MID_SEPTEMBER, "geboortedatum", 90, 97),
                                new FieldTrendPoint(OCTOBER, "wijk", 100, 100),
                                new FieldTrendPoint(OCTOBER, "geboortedatum", 81.7, 95.9)))
                .system(dwh)
                .drop(new ScoreDrop(WMO, WMO_TITLE, 80, 71, MID_SEPTEMBER))
                .drop(new ScoreDrop(FAILED, FAILED_TITLE, 75, 48, MID_SEPTEMBER))
                .alert(new QualityAlert("a1", WMO, WMO_TITLE, "Team Wmo", AlertKind.SCORE_BELOW_THRESHOLD,
                        "De score van Wmo-cliënten per wijk is gezakt naar 62.", "The score fell to 62.", OCTOBER, false))
                .alert(new QualityAlert("a2", FAILED, FAILED_TITLE, "Team Wmo", AlertKind.COMPLETENESS_DROP,
                        "datum-besluit is 12 punten minder gevuld.", "datum-besluit is 12 points less filled.",
                        MID_SEPTEMBER, true))
                .refuse(FAILED, REFUSAL, "A profiling run of this dataset is already going")
                .script(RUNS, List.of(0.25, 0.75), completed, runsAfter);
    }
}
