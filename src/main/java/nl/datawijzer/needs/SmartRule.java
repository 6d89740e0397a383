package nl.datawijzer.needs;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SMART rules an information need must pass before it can be submitted (roadmap "Sturen met Data": Specifiek,
 * Meetbaar, Acceptabel, Realistisch, Tijdsgebonden). Each can be listed, shown with its own result and tested on its
 * own. Rules are pure (no store): they run on a draft while the requester types. That linked datasets exist and that
 * texts stay within their limits is checked apart ({@link NeedInput}), because those refuse even a draft.
 */
public enum SmartRule {

    QUESTION("smart.vraag", "Vraag in eigen woorden", "Question in your own words"),
    SPECIFIC_SUBJECT("smart.specifiek-onderwerp", "Specifiek: domein en onderwerp", "Specific: domain and subject"),
    SPECIFIC_UNIT("smart.specifiek-eenheid", "Specifiek: eenheid", "Specific: unit"),
    MEASURABLE_MEASURE("smart.meetbaar-maat", "Meetbaar: maat en definitie", "Measurable: measure and definition"),
    MEASURABLE_FIGURE("smart.meetbaar-cijfer", "Meetbaar: standcijfer of periodecijfer",
            "Measurable: figure at a date or over a period"),
    ACCEPTABLE_PURPOSE("smart.acceptabel-doel", "Acceptabel: doel en besluit", "Acceptable: purpose and decision"),
    ACCEPTABLE_USE("smart.acceptabel-gebruik", "Acceptabel: sturingsniveau en gebruikers",
            "Acceptable: steering level and users"),
    REALISTIC_SOURCES("smart.realistisch-bronnen", "Realistisch: bronnen of nieuwe gegevens",
            "Realistic: sources or new data"),
    TIMELY_PERIOD("smart.tijdsgebonden-periode", "Tijdsgebonden: periode", "Time-bound: period"),
    TIMELY_DEADLINE("smart.tijdsgebonden-termijn", "Tijdsgebonden: datum nodig en herhaling",
            "Time-bound: date needed and recurrence");

    /** Below these lengths a text is too short to say anything; the guidance names the length. */
    static final int MIN_QUESTION = 20;
    static final int MIN_DEFINITION = 10;

    private final String id;
    private final String titleNl;
    private final String titleEn;

    SmartRule(String id, String titleNl, String titleEn) {
        this.id = id;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
    }

    public String id() {
        return id;
    }

    public String titleNl() {
        return titleNl;
    }

    public String titleEn() {
        return titleEn;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    /** Every rule on the draft, in order; {@code today} decides whether the needed-by date lies in the past. */
    public static List<SmartResult> checkAll(NeedDraft draft, LocalDate today) {
        return Arrays.stream(values()).map(rule -> rule.check(draft, today)).toList();
    }

    public SmartResult check(NeedDraft d, LocalDate today) {
        return switch (this) {
            case QUESTION -> d.question().length() >= MIN_QUESTION ? SmartResult.pass(this) : SmartResult.fail(this,
                    "Schrijf uw vraag als een hele zin in uw eigen woorden (ten minste " + MIN_QUESTION
                            + " tekens), bijvoorbeeld 'Hoeveel inwoners wachten langer dan zes weken op een Wmo-onderzoek?'");
            case SPECIFIC_SUBJECT -> d.domain() == null
                    ? SmartResult.fail(this, "Kies het domein: Wmo, Jeugd, Participatie, Schuldhulp of Overig.")
                    : d.population().length() < 3 ? SmartResult.fail(this, "Beschrijf over wie of wat het gaat: welke "
                            + "inwoners, cliënten of zaken, bijvoorbeeld 'inwoners van 75 jaar en ouder met een Wmo-voorziening'.")
                    : SmartResult.pass(this);
            case SPECIFIC_UNIT -> d.unit().isEmpty()
                    ? SmartResult.fail(this, "Noem de eenheid: personen, huishoudens, zaken of euro's.")
                    : SmartResult.pass(this);
            case MEASURABLE_MEASURE -> d.measure() == null
                    ? SmartResult.fail(this, "Kies wat er berekend wordt: een aantal, een som, een gemiddelde of een aandeel.")
                    : d.measureDefinition().length() < MIN_DEFINITION ? SmartResult.fail(this, "Omschrijf hoe het cijfer "
                            + "berekend wordt (ten minste " + MIN_DEFINITION + " tekens), bijvoorbeeld 'dagen tussen melding "
                            + "en onderzoeksverslag'.")
                    : SmartResult.pass(this);
            case MEASURABLE_FIGURE -> measurableFigure(d);
            case ACCEPTABLE_PURPOSE -> d.purpose().isEmpty()
                    ? SmartResult.fail(this, "Vertel waarom u het wilt weten: wat is het doel?")
                    : d.decision().isEmpty() ? SmartResult.fail(this, "Noem het besluit of de actie die het antwoord "
                            + "ondersteunt, bijvoorbeeld 'herverdelen van casussen binnen het team'.")
                    : SmartResult.pass(this);
            case ACCEPTABLE_USE -> d.steeringLevel() == null
                    ? SmartResult.fail(this, "Kies het sturingsniveau: strategisch (college, raad), tactisch (team, wijk) "
                            + "of operationeel (dagelijks werk).")
                    : d.users().isEmpty() ? SmartResult.fail(this, "Noem wie het antwoord gaat gebruiken, bijvoorbeeld "
                            + "'teamleider Jeugd' of 'wethouder Zorg'.")
                    : SmartResult.pass(this);
            case REALISTIC_SOURCES -> realisticSources(d);
            case TIMELY_PERIOD -> timelyPeriod(d);
            case TIMELY_DEADLINE -> d.neededBy() == null
                    ? SmartResult.fail(this, "Noem de datum waarop u het antwoord nodig hebt.")
                    : d.neededBy().isBefore(today) ? SmartResult.fail(this, "De datum waarop u het antwoord nodig hebt ("
                            + d.neededBy() + ") ligt in het verleden; kies vandaag of later.")
                    : d.recurrence() == null ? SmartResult.fail(this, "Geef aan of de vraag terugkomt: eenmalig, "
                            + "maandelijks, per kwartaal of jaarlijks.")
                    : SmartResult.pass(this);
        };
    }

    private SmartResult measurableFigure(NeedDraft d) {
        if (d.figure() == null) {
            return SmartResult.fail(this, "Kies een standcijfer (iedereen op één peildatum) of een cijfer over een "
                    + "periode (iedereen in die periode).");
        }
        if (d.figure() == FigureKind.STANDCIJFER && d.referenceDate() == null) {
            return SmartResult.fail(this, "Noem de peildatum van het standcijfer, bijvoorbeeld 1 januari van dit jaar.");
        }
        if (d.figure() == FigureKind.PERIODECIJFER && (d.periodStart() == null || d.periodEnd() == null)) {
            return SmartResult.fail(this, "Een cijfer over een periode heeft een begin- en einddatum van de periode nodig.");
        }
        return SmartResult.pass(this);
    }

    private SmartResult realisticSources(NeedDraft d) {
        if (d.candidateDatasets().isEmpty() && !d.newDataNeeded()) {
            return SmartResult.fail(this, "Kies een of meer datasets uit de catalogus die de vraag kunnen beantwoorden, "
                    + "of vink 'nieuwe gegevens nodig' aan.");
        }
        if (!d.candidateDatasets().isEmpty() && d.newDataNeeded()) {
            return SmartResult.fail(this, "Kies datasets óf 'nieuwe gegevens nodig', niet allebei.");
        }
        return SmartResult.pass(this);
    }

    private SmartResult timelyPeriod(NeedDraft d) {
        if (d.periodStart() != null && d.periodEnd() != null && d.periodEnd().isBefore(d.periodStart())) {
            return SmartResult.fail(this, "De periode eindigt (" + d.periodEnd() + ") voordat hij begint ("
                    + d.periodStart() + ").");
        }
        if (d.figure() == FigureKind.STANDCIJFER && d.referenceDate() != null) {
            return SmartResult.pass(this);
        }
        if (d.periodStart() == null || d.periodEnd() == null) {
            return SmartResult.fail(this, "Noem over welke periode het gaat: een begin- en einddatum, bijvoorbeeld "
                    + "1 januari tot en met 31 december 2025 (of een peildatum bij een standcijfer).");
        }
        return SmartResult.pass(this);
    }
}
