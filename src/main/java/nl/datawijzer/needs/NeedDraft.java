package nl.datawijzer.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the requester writes: the question in their own words and the SMART parts. Any part may still be empty (a
 * draft may fail the SMART rules); texts are never null, only empty.
 *
 * @param question the question in the requester's own words
 * @param domain Specifiek: the domain
 * @param population Specifiek: the subject or population in words (which residents, cases)
 * @param unit Specifiek: what is counted (personen, huishoudens, zaken, euro's)
 * @param measure Meetbaar: count, sum, average or share
 * @param measureDefinition Meetbaar: how the figure is computed
 * @param figure Meetbaar: standcijfer on {@code referenceDate}, or a figure over the period
 * @param referenceDate Meetbaar: the peildatum of a standcijfer
 * @param purpose Acceptabel: why the requester wants to know
 * @param decision Acceptabel: the decision the figure supports
 * @param steeringLevel Acceptabel: strategisch, tactisch or operationeel
 * @param users Acceptabel: who will use the answer
 * @param candidateDatasets Realistisch: slugs of existing datasets that may answer it
 * @param newDataNeeded Realistisch: no existing dataset answers it
 * @param periodStart Tijdsgebonden: first day of the period of interest
 * @param periodEnd Tijdsgebonden: last day of the period of interest
 * @param neededBy Tijdsgebonden: the date the answer is needed
 * @param recurrence Tijdsgebonden: once, monthly, quarterly or yearly
 */
public record NeedDraft(String question, @Nullable NeedDomain domain, String population, String unit,
        @Nullable MeasureKind measure, String measureDefinition, @Nullable FigureKind figure,
        @Nullable LocalDate referenceDate, String purpose, String decision, @Nullable SteeringLevel steeringLevel,
        String users, List<String> candidateDatasets, boolean newDataNeeded, @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd, @Nullable LocalDate neededBy, @Nullable Recurrence recurrence) {

    public NeedDraft {
        question = clean(question);
        population = clean(population);
        unit = clean(unit);
        measureDefinition = clean(measureDefinition);
        purpose = clean(purpose);
        decision = clean(decision);
        users = clean(users);
        candidateDatasets = candidateDatasets == null ? List.of()
                : candidateDatasets.stream().map(NeedDraft::clean).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    public static NeedDraft empty() {
        return new Builder().build();
    }

    /** A draft with only the question: what a follow-up starts from. */
    public static NeedDraft ofQuestion(String question) {
        return new Builder().question(question).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a draft part by part (for the form and for tests). */
    public static final class Builder {
        private String question = "";
        private @Nullable NeedDomain domain;
        private String population = "";
        private String unit = "";
        private @Nullable MeasureKind measure;
        private String measureDefinition = "";
        private @Nullable FigureKind figure;
        private @Nullable LocalDate referenceDate;
        private String purpose = "";
        private String decision = "";
        private @Nullable SteeringLevel steeringLevel;
        private String users = "";
        private List<String> candidateDatasets = new ArrayList<>();
        private boolean newDataNeeded;
        private @Nullable LocalDate periodStart;
        private @Nullable LocalDate periodEnd;
        private @Nullable LocalDate neededBy;
        private @Nullable Recurrence recurrence;

        public Builder() {
        }

        Builder(NeedDraft d) {
            question = d.question;
            domain = d.domain;
            population = d.population;
            unit = d.unit;
            measure = d.measure;
            measureDefinition = d.measureDefinition;
            figure = d.figure;
            referenceDate = d.referenceDate;
            purpose = d.purpose;
            decision = d.decision;
            steeringLevel = d.steeringLevel;
            users = d.users;
            candidateDatasets = new ArrayList<>(d.candidateDatasets);
            newDataNeeded = d.newDataNeeded;
            periodStart = d.periodStart;
            periodEnd = d.periodEnd;
            neededBy = d.neededBy;
            recurrence = d.recurrence;
        }

        public Builder question(String v) { question = v; return this; }
        public Builder domain(@Nullable NeedDomain v) { domain = v; return this; }
        public Builder population(String v) { population = v; return this; }
        public Builder unit(String v) { unit = v; return this; }
        public Builder measure(@Nullable MeasureKind v) { measure = v; return this; }
        public Builder measureDefinition(String v) { measureDefinition = v; return this; }
        public Builder figure(@Nullable FigureKind v) { figure = v; return this; }
        public Builder referenceDate(@Nullable LocalDate v) { referenceDate = v; return this; }
        public Builder purpose(String v) { purpose = v; return this; }
        public Builder decision(String v) { decision = v; return this; }
        public Builder steeringLevel(@Nullable SteeringLevel v) { steeringLevel = v; return this; }
        public Builder users(String v) { users = v; return this; }
        public Builder candidateDatasets(List<String> v) { candidateDatasets = new ArrayList<>(v); return this; }
        public Builder newDataNeeded(boolean v) { newDataNeeded = v; return this; }
        public Builder periodStart(@Nullable LocalDate v) { periodStart = v; return this; }
        public Builder periodEnd(@Nullable LocalDate v) { periodEnd = v; return this; }
        public Builder neededBy(@Nullable LocalDate v) { neededBy = v; return this; }
        public Builder recurrence(@Nullable Recurrence v) { recurrence = v; return this; }

        public NeedDraft build() {
            return new NeedDraft(question, domain, population, unit, measure, measureDefinition, figure, referenceDate,
                    purpose, decision, steeringLevel, users, candidateDatasets, newDataNeeded, periodStart, periodEnd,
                    neededBy, recurrence);
        }
    }
}
