package nl.datawijzer.needs.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedEvent;
import nl.datawijzer.needs.NeedValue;
import org.jspecify.annotations.Nullable;

/** The JSON form of a need: value-list entries as code and Dutch label, dates as ISO text. */
record NeedJson(String id, String question, Value step, @Nullable Value type, @Nullable String assignee, String requester,
        Smart smart, List<String> datasets, List<String> kpis, @Nullable String followUpOf, @Nullable Value followUpKind,
        @Nullable Value feedbackVerdict, @Nullable String feedbackText, Instant created, Instant modified,
        @Nullable List<Event> history) {

    /** A value-list entry: its code (as used in filters), IRI and Dutch label. */
    record Value(String code, String iri, String label) {
        static @Nullable Value of(@Nullable NeedValue value) {
            return value == null ? null : new Value(value.code(), value.iri(), value.labelNl());
        }
    }

    record Smart(@Nullable Value domain, String population, String unit, @Nullable Value measure,
            String measureDefinition, @Nullable Value figure, @Nullable LocalDate referenceDate, String purpose,
            String decision, @Nullable Value steeringLevel, String users, List<String> candidateDatasets,
            boolean newDataNeeded, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
            @Nullable LocalDate neededBy, @Nullable Value recurrence) {
    }

    record Event(String id, Instant at, String by, Value kind, @Nullable Value from, @Nullable Value to, String text) {
    }

    static NeedJson of(Need n, @Nullable List<NeedEvent> history) {
        NeedDraft d = n.draft();
        Smart smart = new Smart(Value.of(d.domain()), d.population(), d.unit(), Value.of(d.measure()),
                d.measureDefinition(), Value.of(d.figure()), d.referenceDate(), d.purpose(), d.decision(),
                Value.of(d.steeringLevel()), d.users(), d.candidateDatasets(), d.newDataNeeded(), d.periodStart(),
                d.periodEnd(), d.neededBy(), Value.of(d.recurrence()));
        return new NeedJson(n.id().value(), n.question(), java.util.Objects.requireNonNull(Value.of(n.step())),
                Value.of(n.type()), n.assignee(), n.requester(), smart, n.datasets(), n.kpis(),
                n.followUpOf() == null ? null : n.followUpOf().value(), Value.of(n.followUpKind()),
                n.feedback() == null ? null : Value.of(n.feedback().verdict()),
                n.feedback() == null ? null : n.feedback().text(), n.created(), n.modified(),
                history == null ? null : history.stream().map(e -> new Event(e.id(), e.at(), e.by(),
                        java.util.Objects.requireNonNull(Value.of(e.kind())), Value.of(e.from()), Value.of(e.to()),
                        e.text())).toList());
    }
}
