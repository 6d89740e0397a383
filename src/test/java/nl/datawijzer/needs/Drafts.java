package nl.datawijzer.needs;

import java.time.LocalDate;
import java.util.List;

/** A draft that passes every SMART rule on {@link #TODAY}, for tests to spoil one part at a time. */
final class Drafts {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Drafts() {
    }

    static NeedDraft.Builder smart(List<String> datasets) {
        return new NeedDraft.Builder()
                .question("Hoeveel inwoners wachten per wijk langer dan zes weken op een Wmo-onderzoek?")
                .domain(NeedDomain.WMO)
                .population("inwoners met een Wmo-melding")
                .unit("personen")
                .measure(MeasureKind.COUNT)
                .measureDefinition("meldingen zonder onderzoeksverslag na 42 dagen")
                .figure(FigureKind.PERIODECIJFER)
                .purpose("wachttijden per wijk zichtbaar maken")
                .decision("inzet van extra consulenten per wijk")
                .steeringLevel(SteeringLevel.TACTICAL)
                .users("teamleider Wmo")
                .candidateDatasets(datasets)
                .periodStart(LocalDate.of(2025, 1, 1))
                .periodEnd(LocalDate.of(2025, 12, 31))
                .neededBy(TODAY.plusMonths(1))
                .recurrence(Recurrence.QUARTERLY);
    }

    static NeedDraft.Builder smart() {
        return smart(List.of("wmo-meldingen-per-kwartaal"));
    }
}
