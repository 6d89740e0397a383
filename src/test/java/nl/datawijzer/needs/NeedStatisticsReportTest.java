package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.needs.NeedStatisticsReport.Count;
import nl.datawijzer.needs.NeedStatisticsReport.StepDuration;
import nl.datawijzer.needs.NeedStatisticsReport.TypeLeadTime;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the needs overview on hand-made histories with answers worked out by hand: one need carried
 * through every step and closed, two still at Terugkoppeling, one rejected, two still open, and a draft that must not
 * count.
 */
class NeedStatisticsReportTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final List<NeedStep> ALL_STEPS = NeedStep.PROCESS;

    private final List<Need> needs = new ArrayList<>();
    private final Map<NeedId, List<NeedEvent>> histories = new HashMap<>();

    /** A need with its history: created an hour before T0, submitted at T0, then each next step after the given days. */
    private void need(String id, NeedType type, NeedDomain domain, List<NeedStep> steps, double... daysAfterT0) {
        NeedId needId = new NeedId(id);
        NeedStep now = steps.isEmpty() ? NeedStep.CONCEPT : steps.getLast();
        needs.add(new Need(needId, Drafts.smart().domain(domain).build(), "jansen", now, type, null, List.of(),
                List.of(), null, null, null, T0, T0));
        List<NeedEvent> history = new ArrayList<>();
        history.add(event(needId, T0.minus(Duration.ofHours(1)), EventKind.CREATED, null, NeedStep.CONCEPT));
        // A comment in between must not end a stay.
        history.add(event(needId, T0.plus(Duration.ofMinutes(30)), EventKind.COMMENT, null, null));
        NeedStep previous = NeedStep.CONCEPT;
        for (int i = 0; i < steps.size(); i++) {
            Instant at = i == 0 ? T0 : T0.plusMillis((long) (daysAfterT0[i - 1] * 86_400_000L));
            history.add(event(needId, at, i == 0 ? EventKind.SUBMITTED : EventKind.TRANSITION, previous, steps.get(i)));
            previous = steps.get(i);
        }
        // The order the store hands them over in must not matter.
        histories.put(needId, history.reversed());
    }

    private static NeedEvent event(NeedId need, Instant at, EventKind kind, NeedStep from, NeedStep to) {
        return new NeedEvent("e" + at.toEpochMilli() + kind.code(), need, at, "analist", kind, from, to, "");
    }

    private NeedStatisticsReport report() {
        // A: every step, one day each, four in Handelen, Terugkoppeling at day 10, closed at day 12.
        List<NeedStep> closed = new ArrayList<>(ALL_STEPS);
        closed.add(NeedStep.GESLOTEN);
        need("n00000000000a", NeedType.STANDARD_DASHBOARD, NeedDomain.WMO, closed, 1, 2, 3, 4, 5, 6, 10, 12);
        // B: three days in each step, at Terugkoppeling since day 21.
        need("n00000000000b", NeedType.STANDARD_DASHBOARD, NeedDomain.WMO, ALL_STEPS, 3, 6, 9, 12, 15, 18, 21);
        // C: two days in each step, at Terugkoppeling since day 14.
        need("n00000000000c", NeedType.AD_HOC, NeedDomain.JEUGD, ALL_STEPS, 2, 4, 6, 8, 10, 12, 14);
        // D: never triaged, rejected after five days at Behoefte.
        need("n00000000000d", null, NeedDomain.JEUGD, List.of(NeedStep.BEHOEFTE, NeedStep.AFGEWEZEN), 5);
        // E: one day at Behoefte, still at Bron.
        need("n00000000000e", NeedType.AD_HOC, NeedDomain.SCHULDHULP, List.of(NeedStep.BEHOEFTE, NeedStep.BRON), 1);
        // F: a draft, counted nowhere.
        need("n00000000000f", null, NeedDomain.OVERIG, List.of());
        // G: just submitted, not triaged, no domain.
        need("n000000000001", null, null, List.of(NeedStep.BEHOEFTE));
        return NeedStatisticsReport.of(needs, histories);
    }

    @Test
    void countsEverySubmittedNeedByStepTypeLevelAndDomainButNoDrafts() {
        NeedStatisticsReport report = report();
        assertThat(report.total()).isEqualTo(6);
        assertThat(report.byStep()).extracting(Count::value).containsExactlyElementsOf(NeedStatisticsReport.STEPS);
        assertThat(report.byStep()).extracting(Count::count).containsExactly(1, 1, 0, 0, 0, 0, 0, 2, 1, 1);
        assertThat(report.byType()).containsExactly(new Count<>(NeedType.STANDARD_DASHBOARD, 2),
                new Count<>(NeedType.AD_HOC, 2), new Count<>(null, 2));
        assertThat(report.byLevel()).containsExactly(new Count<>(SteeringLevel.STRATEGIC, 0),
                new Count<>(SteeringLevel.TACTICAL, 6), new Count<>(SteeringLevel.OPERATIONAL, 0));
        assertThat(report.byDomain()).containsExactly(new Count<>(NeedDomain.WMO, 2), new Count<>(NeedDomain.JEUGD, 2),
                new Count<>(NeedDomain.PARTICIPATIE, 0), new Count<>(NeedDomain.SCHULDHULP, 1),
                new Count<>(NeedDomain.OVERIG, 0), new Count<>(null, 1));
    }

    @Test
    void leadTimeRunsFromSubmissionToTheFirstArrivalAtTerugkoppelingOverTheNeedsThatGotThere() {
        NeedStatisticsReport report = report();
        // 10, 14 and 21 days: median 14; 80th percentile 14 + 0.6 * (21 - 14) = 18.2.
        assertThat(report.leadTime().needs()).isEqualTo(3);
        assertThat(report.leadTime().median()).isCloseTo(14.0, within(1e-9));
        assertThat(report.leadTime().percentile80()).isCloseTo(18.2, within(1e-9));
        // Standard dashboard 10 and 21: median 15.5, 80th percentile 10 + 0.8 * 11 = 18.8; ad hoc only 14.
        assertThat(report.leadTimeByType()).extracting(TypeLeadTime::type)
                .containsExactly(NeedType.STANDARD_DASHBOARD, NeedType.AD_HOC);
        assertThat(report.leadTimeByType().get(0).leadTime().median()).isCloseTo(15.5, within(1e-9));
        assertThat(report.leadTimeByType().get(0).leadTime().percentile80()).isCloseTo(18.8, within(1e-9));
        assertThat(report.leadTimeByType().get(1).leadTime().needs()).isEqualTo(1);
        assertThat(report.leadTimeByType().get(1).leadTime().median()).isCloseTo(14.0, within(1e-9));
        assertThat(report.leadTimeByType().get(1).leadTime().percentile80()).isCloseTo(14.0, within(1e-9));
    }

    @Test
    void daysInAStepAreTheMedianOfTheStaysThatEnded() {
        List<StepDuration> days = report().daysInStep();
        assertThat(days).extracting(StepDuration::step).containsExactlyElementsOf(NeedStep.PROCESS);
        // Behoefte: A 1, B 3, C 2, rejected D 5, E 1 (G is still there): 1 1 2 3 5.
        assertThat(days.get(0)).isEqualTo(new StepDuration(NeedStep.BEHOEFTE, 5, 2.0));
        // Bron: A 1, B 3, C 2; E is still at Bron and adds nothing.
        assertThat(days.get(1).stays()).isEqualTo(3);
        assertThat(days.get(1).medianDays()).isCloseTo(2.0, within(1e-9));
        // Handelen: A 4, B 3, C 2.
        assertThat(days.get(6).medianDays()).isCloseTo(3.0, within(1e-9));
        // Terugkoppeling: only A left it (after two days); B and C are still there.
        assertThat(days.get(7).stays()).isEqualTo(1);
        assertThat(days.get(7).medianDays()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void withoutAnyNeedEveryCountIsZeroAndNoLeadTimeIsInvented() {
        NeedStatisticsReport empty = NeedStatisticsReport.of(List.of(), Map.of());
        assertThat(empty.total()).isZero();
        assertThat(empty.byType()).containsExactly(new Count<>(NeedType.STANDARD_DASHBOARD, 0),
                new Count<>(NeedType.AD_HOC, 0), new Count<>(null, 0));
        assertThat(empty.leadTime()).isEqualTo(new NeedStatisticsReport.LeadTime(0, null, null));
        assertThat(empty.leadTimeByType()).isEmpty();
        assertThat(empty.daysInStep()).allSatisfy(d -> assertThat(d.medianDays()).isNull());
    }

    @Test
    void percentilesInterpolateBetweenTheNearestObservations() {
        assertThat(NeedStatisticsReport.percentile(List.of(4.0), 0.8)).isEqualTo(4.0);
        assertThat(NeedStatisticsReport.percentile(List.of(4.0, 1.0, 3.0, 2.0), 0.5)).isEqualTo(2.5);
        assertThat(NeedStatisticsReport.percentile(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), 0.8)).isCloseTo(5.0,
                within(1e-9));
    }
}
