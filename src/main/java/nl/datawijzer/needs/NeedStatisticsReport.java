package nl.datawijzer.needs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Figures about all submitted information needs (drafts are left out): how many are in each step, of each type, steering
 * level and domain; how long it takes from submission to Terugkoppeling; and how long a need typically stays in each
 * step. Pure arithmetic on needs and their histories ({@link #of}), so it is tested with hand-made histories.
 *
 * <p>Durations are in days (with fractions). The median and the 80th percentile are interpolated between the two
 * nearest observations (as Excel's PERCENTILE.INC), so the median of an even number is the mean of the middle two.
 *
 * @param byStep every step of the process, then Afgewezen and Gesloten, each with its number of needs (zeros included)
 * @param byType each type and, with a null value, needs not yet triaged ("nog niet bepaald")
 * @param byLevel each steering level (null: not given, only when there are such needs)
 * @param byDomain each domain (null: not given, only when there are such needs)
 * @param leadTime days from submission to first reaching Terugkoppeling, over all needs that got there
 * @param leadTimeByType the same per type (null: not triaged), only types with at least one such need
 * @param daysInStep the median days needs spent in each of the eight steps, counted only for stays that ended (a need
 *     still in a step, or finished in it, adds nothing for that step)
 */
public record NeedStatisticsReport(List<Count<NeedStep>> byStep, List<Count<NeedType>> byType,
        List<Count<SteeringLevel>> byLevel, List<Count<NeedDomain>> byDomain, LeadTime leadTime,
        List<TypeLeadTime> leadTimeByType, List<StepDuration> daysInStep) {

    /** The steps counted: the eight of the process, then the two final ones. */
    public static final List<NeedStep> STEPS = java.util.stream.Stream.concat(NeedStep.PROCESS.stream(),
            java.util.stream.Stream.of(NeedStep.AFGEWEZEN, NeedStep.GESLOTEN)).toList();

    private static final double SECONDS_PER_DAY = 24 * 60 * 60;

    public NeedStatisticsReport {
        byStep = List.copyOf(byStep);
        byType = List.copyOf(byType);
        byLevel = List.copyOf(byLevel);
        byDomain = List.copyOf(byDomain);
        leadTimeByType = List.copyOf(leadTimeByType);
        daysInStep = List.copyOf(daysInStep);
    }

    /** How many needs have this value; a null value means "not given". */
    public record Count<T>(@Nullable T value, int count) {
    }

    /**
     * Lead times of a group of needs in days; median and 80th percentile are null when no need of the group got there.
     */
    public record LeadTime(int needs, @Nullable Double median, @Nullable Double percentile80) {
    }

    /** The lead time of the needs of one type (null: not triaged). */
    public record TypeLeadTime(@Nullable NeedType type, LeadTime leadTime) {
    }

    /** The median days spent in one step over {@code stays} finished stays (median null when there were none). */
    public record StepDuration(NeedStep step, int stays, @Nullable Double medianDays) {
    }

    /** The submitted needs among {@code needs} with their histories (any order); a need without history counts only. */
    public static NeedStatisticsReport of(List<Need> needs, Map<NeedId, List<NeedEvent>> histories) {
        List<Need> submitted = needs.stream().filter(n -> n.step() != NeedStep.CONCEPT).toList();
        List<Count<NeedStep>> byStep = STEPS.stream()
                .map(step -> new Count<>(step, (int) submitted.stream().filter(n -> n.step() == step).count())).toList();
        List<Count<NeedType>> byType = counts(submitted, Need::type, NeedType.values(), true);
        List<Count<SteeringLevel>> byLevel = counts(submitted, n -> n.draft().steeringLevel(), SteeringLevel.values(),
                false);
        List<Count<NeedDomain>> byDomain = counts(submitted, n -> n.draft().domain(), NeedDomain.values(), false);

        List<Double> all = new ArrayList<>();
        Map<NeedType, List<Double>> perType = new EnumMap<>(NeedType.class);
        List<Double> untriaged = new ArrayList<>();
        Map<NeedStep, List<Double>> stays = new EnumMap<>(NeedStep.class);
        for (Need need : submitted) {
            List<NeedEvent> history = histories.getOrDefault(need.id(), List.of()).stream()
                    .filter(e -> e.to() != null).sorted(Comparator.comparing(NeedEvent::at)).toList();
            Double lead = leadDays(history);
            if (lead != null) {
                all.add(lead);
                (need.type() == null ? untriaged : perType.computeIfAbsent(need.type(), t -> new ArrayList<>())).add(lead);
            }
            for (int i = 1; i < history.size(); i++) {
                NeedStep left = Objects.requireNonNull(history.get(i - 1).to());
                if (left.number() >= 1) {
                    stays.computeIfAbsent(left, s -> new ArrayList<>())
                            .add(days(history.get(i - 1).at(), history.get(i).at()));
                }
            }
        }
        List<TypeLeadTime> leadTimeByType = new ArrayList<>();
        for (NeedType type : NeedType.values()) {
            if (perType.containsKey(type)) {
                leadTimeByType.add(new TypeLeadTime(type, leadTime(perType.get(type))));
            }
        }
        if (!untriaged.isEmpty()) {
            leadTimeByType.add(new TypeLeadTime(null, leadTime(untriaged)));
        }
        List<StepDuration> daysInStep = NeedStep.PROCESS.stream().map(step -> {
            List<Double> d = stays.getOrDefault(step, List.of());
            return new StepDuration(step, d.size(), d.isEmpty() ? null : percentile(d, 0.5));
        }).toList();
        return new NeedStatisticsReport(byStep, byType, byLevel, byDomain, leadTime(all), leadTimeByType, daysInStep);
    }

    /** The number of submitted needs counted. */
    public int total() {
        return byStep.stream().mapToInt(Count::count).sum();
    }

    /** Days from the first entry into Behoefte (the submission) to the first entry into Terugkoppeling, if both. */
    private static @Nullable Double leadDays(List<NeedEvent> moves) {
        Instant submitted = first(moves, NeedStep.BEHOEFTE);
        Instant answered = first(moves, NeedStep.TERUGKOPPELING);
        return submitted == null || answered == null || answered.isBefore(submitted) ? null
                : days(submitted, answered);
    }

    private static @Nullable Instant first(List<NeedEvent> moves, NeedStep step) {
        return moves.stream().filter(e -> e.to() == step).map(NeedEvent::at).findFirst().orElse(null);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / SECONDS_PER_DAY;
    }

    private static <E extends Enum<E>> List<Count<E>> counts(List<Need> needs, Function<Need, @Nullable E> of,
            E[] values, boolean alwaysNull) {
        List<Count<E>> counts = new ArrayList<>(Arrays.stream(values)
                .map(v -> new Count<>(v, (int) needs.stream().filter(n -> of.apply(n) == v).count())).toList());
        int none = (int) needs.stream().filter(n -> of.apply(n) == null).count();
        if (alwaysNull || none > 0) {
            counts.add(new Count<>(null, none));
        }
        return counts;
    }

    private static LeadTime leadTime(List<Double> days) {
        return days.isEmpty() ? new LeadTime(0, null, null)
                : new LeadTime(days.size(), percentile(days, 0.5), percentile(days, 0.8));
    }

    /** The q-quantile (0..1) by linear interpolation between closest ranks (PERCENTILE.INC). */
    static double percentile(List<Double> values, double q) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Geen waarden");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double h = (sorted.length - 1) * q;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
