package nl.datawijzer.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.datawijzer.quality.profiling.FieldProfile;

/**
 * The reliability score (see {@code ontology/MODEL.md}, "Reliability"): data quality D, metadata completeness M and
 * timeliness T weighted 0.6 / 0.2 / 0.2, absent parts dropping out with the other weights renormalised. Every
 * shortfall becomes a {@link Reason} carrying the points it takes off, so the score explains itself. Pure: no store,
 * no clock (the caller passes {@code now}).
 */
final class ReliabilityFormula {

    /** Weights in hundredths (0.6, 0.2, 0.2), so renormalising and rounding stay exact where the sums are. */
    static final int DATA_WEIGHT = 60;
    static final int METADATA_WEIGHT = 20;
    static final int TIMELINESS_WEIGHT = 20;

    private ReliabilityFormula() {
    }

    /** The expected interval between loads for each EU frequency; without one, T is absent. */
    enum Frequency {
        CONT(1), DAILY(1), WEEKLY(7), MONTHLY(31), QUARTERLY(92), ANNUAL_2(183), ANNUAL(366),
        IRREG(0), NEVER(0), UNKNOWN(0), OTHER(0);

        private static final String EU = "http://publications.europa.eu/resource/authority/frequency/";
        private final int days;

        Frequency(int days) {
            this.days = days;
        }

        OptionalInt intervalDays() {
            return days == 0 ? OptionalInt.empty() : OptionalInt.of(days);
        }

        /** The frequency an EU frequency IRI names; anything else counts as UNKNOWN. */
        static Frequency ofIri(String iri) {
            if (iri.startsWith(EU)) {
                String code = iri.substring(EU.length());
                for (Frequency f : values()) {
                    if (f.name().equals(code)) {
                        return f;
                    }
                }
            }
            return UNKNOWN;
        }
    }

    /** The ten metadata checks, each worth a tenth of M (in the spirit of data.europa.eu's MQA). */
    enum MetadataCheck {
        DESCRIPTION, OWNER, STEWARD, KEYWORD, EU_THEME, FREQUENCY, FIELD_DESCRIPTIONS, CLASSIFICATION_REVIEWED,
        CONTACT_POINT, LICENCE
    }

    /**
     * One declared field as measured.
     *
     * @param name how reasons name it (its technical name)
     * @param key whether uniqueness applies
     * @param consistencyRule whether a code list or reference is declared (consistency applies)
     * @param bsn whether its format rule is the BSN elfproef (reasons say so)
     */
    record FieldInput(String name, FieldProfile profile, boolean key, boolean consistencyRule, boolean bsn) {
    }

    /** What a run measured in the source. */
    record DataInput(long rows, List<FieldInput> fields) {
        DataInput {
            fields = List.copyOf(fields);
        }
    }

    /**
     * @param data empty when the dataset has no profile source (D absent)
     * @param failedChecks the metadata checks that fail
     * @param lastLoad the latest load known, if any
     */
    record Input(Optional<DataInput> data, Set<MetadataCheck> failedChecks, Frequency frequency,
            Optional<Instant> lastLoad, Instant now) {
        Input {
            failedChecks = failedChecks.isEmpty() ? EnumSet.noneOf(MetadataCheck.class) : EnumSet.copyOf(failedChecks);
        }
    }

    /** One field's metrics, percentages 0-100; uniqueness and consistency only where they apply. */
    record FieldMetrics(String name, boolean present, double completeness, double validity,
            OptionalDouble uniqueness, OptionalDouble consistency) {

        double mean() {
            double sum = completeness + validity;
            int n = 2;
            if (uniqueness.isPresent()) {
                sum += uniqueness.getAsDouble();
                n++;
            }
            if (consistency.isPresent()) {
                sum += consistency.getAsDouble();
                n++;
            }
            return sum / n;
        }

        int applicable() {
            return 2 + (uniqueness.isPresent() ? 1 : 0) + (consistency.isPresent() ? 1 : 0);
        }
    }

    /**
     * The outcome: the score, and the exact parts and field metrics the run stores as measurements.
     *
     * @param data D exactly, empty when absent
     * @param timeliness T exactly, empty when absent
     */
    record Result(Score score, OptionalDouble data, double metadata, OptionalDouble timeliness,
            List<FieldMetrics> fields) {
    }

    /** A shortfall: points off, its sentence, and its clause for "omdat ..." / "because ...". */
    private record Shortfall(double points, int part, String nl, String en, String clauseNl, String clauseEn) {
    }

    static Result compute(Input input) {
        List<Shortfall> shortfalls = new ArrayList<>();
        List<FieldMetrics> fields = input.data().map(ReliabilityFormula::metrics).orElse(List.of());
        OptionalDouble data = input.data().isEmpty() ? OptionalDouble.empty() : dataQuality(input.data().get(), fields);
        double metadata = 100.0 * (MetadataCheck.values().length - input.failedChecks().size())
                / MetadataCheck.values().length;
        OptionalDouble timeliness = timeliness(input);

        int total = METADATA_WEIGHT + (data.isPresent() ? DATA_WEIGHT : 0)
                + (timeliness.isPresent() ? TIMELINESS_WEIGHT : 0);
        double wData = (double) DATA_WEIGHT / total;
        double wMeta = (double) METADATA_WEIGHT / total;
        double wTime = (double) TIMELINESS_WEIGHT / total;

        if (data.isPresent()) {
            dataShortfalls(input.data().get(), fields, wData, shortfalls);
        }
        for (MetadataCheck check : input.failedChecks()) {
            shortfalls.add(new Shortfall(wMeta * 100.0 / MetadataCheck.values().length, 1,
                    Texts.nl("quality.reason.meta." + check), Texts.en("quality.reason.meta." + check),
                    Texts.nl("quality.clause.meta." + check), Texts.en("quality.clause.meta." + check)));
        }
        if (timeliness.isPresent() && timeliness.getAsDouble() < 100.0) {
            shortfalls.add(timelinessShortfall(input, wTime * (100.0 - timeliness.getAsDouble())));
        }

        double weighted = (METADATA_WEIGHT * metadata + (data.isPresent() ? DATA_WEIGHT * data.getAsDouble() : 0)
                + (timeliness.isPresent() ? TIMELINESS_WEIGHT * timeliness.getAsDouble() : 0)) / total;
        int value = (int) Math.max(0, Math.min(100, Math.round(weighted)));
        Grade grade = Grade.of(value);

        List<Shortfall> counted = shortfalls.stream().filter(s -> Math.round(s.points()) >= 1)
                .sorted(Comparator.comparingDouble(Shortfall::points).reversed()).toList();
        List<Reason> reasons = counted.stream()
                .map(s -> new Reason((int) Math.round(s.points()), s.nl(), s.en())).toList();
        List<Shortfall> named = named(counted);
        String explanationNl;
        String explanationEn;
        if (named.isEmpty()) {
            explanationNl = Texts.nl("quality.explanation.none", grade.name(), value);
            explanationEn = Texts.en("quality.explanation.none", grade.name(), value);
        } else {
            explanationNl = Texts.nl("quality.explanation.because", grade.name(), value,
                    join(named.stream().map(Shortfall::clauseNl).toList(), Texts.nl("quality.and")));
            explanationEn = Texts.en("quality.explanation.because", grade.name(), value,
                    join(named.stream().map(Shortfall::clauseEn).toList(), Texts.en("quality.and")));
        }
        Score score = new Score(value, grade, rounded(data), (int) Math.round(metadata), rounded(timeliness), reasons,
                explanationNl, explanationEn, input.now());
        return new Result(score, data, metadata, timeliness, fields);
    }

    /**
     * The reasons the explanation names: the biggest, the second when it costs at least a point, and a third only when
     * it weighs at least half as much as the second, so a sentence names what matters and not every small lack. They
     * are told in the order data, metadata, timeliness, which reads as a cause and its symptom.
     */
    private static List<Shortfall> named(List<Shortfall> counted) {
        List<Shortfall> named = new ArrayList<>();
        for (Shortfall s : counted) {
            if (named.size() == 3 || s.points() < 1.0) {
                break;
            }
            if (named.size() == 2 && s.points() < named.get(1).points() / 2) {
                break;
            }
            named.add(s);
        }
        named.sort(Comparator.comparingInt(Shortfall::part));
        return named;
    }

    private static String join(List<String> clauses, String and) {
        if (clauses.size() == 1) {
            return clauses.getFirst();
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " " + and + " " + clauses.getLast();
    }

    private static OptionalInt rounded(OptionalDouble part) {
        return part.isPresent() ? OptionalInt.of((int) Math.round(part.getAsDouble())) : OptionalInt.empty();
    }

    static List<FieldMetrics> metrics(DataInput data) {
        List<FieldMetrics> metrics = new ArrayList<>();
        for (FieldInput field : data.fields()) {
            FieldProfile p = field.profile();
            OptionalDouble uniqueness = field.key() ? OptionalDouble.of(0) : OptionalDouble.empty();
            OptionalDouble consistency = field.consistencyRule() ? OptionalDouble.of(0) : OptionalDouble.empty();
            if (!p.present()) {
                metrics.add(new FieldMetrics(field.name(), false, 0, 0, uniqueness, consistency));
                continue;
            }
            long rows = data.rows();
            long filled = Math.max(0, rows - p.empty());
            double completeness = rows == 0 ? 0 : 100.0 * filled / rows;
            double validity = share(filled, p.invalid());
            if (field.key()) {
                uniqueness = OptionalDouble.of(share(filled, p.duplicates().orElse(0)));
            }
            if (field.consistencyRule()) {
                consistency = OptionalDouble.of(share(filled, p.outsideList().orElse(0)));
            }
            metrics.add(new FieldMetrics(field.name(), true, completeness, validity, uniqueness, consistency));
        }
        return metrics;
    }

    /** The share of {@code filled} values that are not {@code bad}; 100 when nothing is filled. */
    private static double share(long filled, long bad) {
        return filled == 0 ? 100.0 : 100.0 * Math.max(0, filled - bad) / filled;
    }

    private static OptionalDouble dataQuality(DataInput data, List<FieldMetrics> fields) {
        if (data.rows() == 0) {
            return OptionalDouble.of(0);
        }
        if (fields.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(fields.stream().mapToDouble(FieldMetrics::mean).average().orElse(0));
    }

    private static void dataShortfalls(DataInput data, List<FieldMetrics> fields, double weight, List<Shortfall> out) {
        if (data.rows() == 0) {
            out.add(new Shortfall(weight * 100, 0, Texts.nl("quality.reason.sourceEmpty"),
                    Texts.en("quality.reason.sourceEmpty"), Texts.nl("quality.clause.sourceEmpty"),
                    Texts.en("quality.clause.sourceEmpty")));
            return;
        }
        double perField = weight / fields.size();
        for (int i = 0; i < fields.size(); i++) {
            FieldMetrics m = fields.get(i);
            FieldInput field = data.fields().get(i);
            double perMetric = perField / m.applicable();
            String name = m.name();
            if (!m.present()) {
                out.add(new Shortfall(perField * 100, 0, Texts.nl("quality.reason.absent", name),
                        Texts.en("quality.reason.absent", name), Texts.nl("quality.clause.absent", name),
                        Texts.en("quality.clause.absent", name)));
                continue;
            }
            add(out, perMetric, m.completeness(), "empty", name);
            add(out, perMetric, m.validity(), field.bsn() ? "invalid.bsn" : "invalid", name);
            if (m.uniqueness().isPresent() && m.uniqueness().getAsDouble() < 100) {
                long duplicates = field.profile().duplicates().orElse(0);
                out.add(new Shortfall(perMetric * (100 - m.uniqueness().getAsDouble()), 0,
                        Texts.nl("quality.reason.duplicates", duplicates, name),
                        Texts.en("quality.reason.duplicates", duplicates, name),
                        Texts.nl("quality.clause.duplicates", duplicates, name),
                        Texts.en("quality.clause.duplicates", duplicates, name)));
            }
            if (m.consistency().isPresent()) {
                add(out, perMetric, m.consistency().getAsDouble(), "outside", name);
            }
        }
    }

    private static void add(List<Shortfall> out, double perMetric, double metric, String kind, String name) {
        if (metric >= 100) {
            return;
        }
        String percent = percent(100 - metric);
        out.add(new Shortfall(perMetric * (100 - metric), 0, Texts.nl("quality.reason." + kind, percent, name),
                Texts.en("quality.reason." + kind, percent, name), Texts.nl("quality.clause." + kind, percent, name),
                Texts.en("quality.clause." + kind, percent, name)));
    }

    /** A shortfall as a whole percentage; a small one that would round to 0 still shows as 1, since it is not none. */
    private static String percent(double shortfall) {
        return Long.toString(Math.max(1, Math.round(shortfall)));
    }

    private static OptionalDouble timeliness(Input input) {
        OptionalInt interval = input.frequency().intervalDays();
        if (interval.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (input.lastLoad().isEmpty()) {
            return OptionalDouble.of(0);
        }
        double age = Math.max(0, Duration.between(input.lastLoad().get(), input.now()).toMillis()) / 86_400_000.0;
        double full = interval.getAsInt() + 1.0;
        double zero = 4.0 * interval.getAsInt();
        if (age <= full) {
            return OptionalDouble.of(100);
        }
        if (age >= zero) {
            return OptionalDouble.of(0);
        }
        return OptionalDouble.of(100.0 * (zero - age) / (zero - full));
    }

    private static Shortfall timelinessShortfall(Input input, double points) {
        String frequencyNl = Texts.nl("quality.frequency." + input.frequency().name());
        String frequencyEn = Texts.en("quality.frequency." + input.frequency().name());
        if (input.lastLoad().isEmpty()) {
            return new Shortfall(points, 2, Texts.nl("quality.reason.noLoad", frequencyNl),
                    Texts.en("quality.reason.noLoad", frequencyEn), Texts.nl("quality.clause.noLoad"),
                    Texts.en("quality.clause.noLoad"));
        }
        long days = Duration.between(input.lastLoad().get(), input.now()).toDays();
        String ageNl = Texts.nl("quality.days", days);
        String ageEn = Texts.en("quality.days", days);
        return new Shortfall(points, 2, Texts.nl("quality.reason.age", ageNl, frequencyNl),
                Texts.en("quality.reason.age", ageEn, frequencyEn), Texts.nl("quality.clause.age", ageNl),
                Texts.en("quality.clause.age", ageEn));
    }

    /** The percentage {@code value} as text with at most one decimal, as stored and fed ("82.5"). */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
