package nl.datawijzer.needs;

import java.util.List;

/**
 * Where an information need stands: a draft ({@link #CONCEPT}), one of the eight steps of the roadmap's data-driven
 * process (Behoefte .. Terugkoppeling), or finished as rejected or closed (list dwv:behoeftestap).
 *
 * <p>The transition table ({@link #mayMoveTo}): a draft leaves {@code CONCEPT} only by being submitted (when every
 * SMART rule passes), never by a move; the eight steps go forward one at a time; only a need still at Behoefte can be
 * rejected (afgewezen: triage found it not answerable or a duplicate); only a need at Terugkoppeling can be closed
 * (gesloten). Rejected and closed are final; a new question then starts as a follow-up. Nothing goes backwards: the
 * history shows what happened, and sharpening the question is a follow-up of kind "aanscherpen".
 */
public enum NeedStep implements NeedValue {
    CONCEPT("concept", 0, "Concept", "Draft"),
    BEHOEFTE("behoefte", 1, "Behoefte", "Need"),
    BRON("bron", 2, "Bron", "Source"),
    OPSLAAN("opslaan", 3, "Opslaan", "Store"),
    ONTSLUITEN("ontsluiten", 4, "Ontsluiten", "Make accessible"),
    ANALYSEREN("analyseren", 5, "Analyseren", "Analyse"),
    RAPPORTEREN("rapporteren", 6, "Rapporteren", "Report"),
    HANDELEN("handelen", 7, "Handelen", "Act"),
    TERUGKOPPELING("terugkoppeling", 8, "Terugkoppeling", "Feedback"),
    AFGEWEZEN("afgewezen", -1, "Afgewezen", "Rejected"),
    GESLOTEN("gesloten", -1, "Gesloten", "Closed");

    /** The eight steps of the process, in order. */
    public static final List<NeedStep> PROCESS = List.of(BEHOEFTE, BRON, OPSLAAN, ONTSLUITEN, ANALYSEREN, RAPPORTEREN,
            HANDELEN, TERUGKOPPELING);

    private final Term term;
    private final int number;

    NeedStep(String code, int number, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
        this.number = number;
    }

    /** 1..8 for the process steps, 0 for a draft, -1 for rejected and closed. */
    public int number() {
        return number;
    }

    public boolean isFinal() {
        return this == AFGEWEZEN || this == GESLOTEN;
    }

    /** Whether an analyst may move a need from this step to {@code to} (see the class comment for the table). */
    public boolean mayMoveTo(NeedStep to) {
        if (number < 1) {
            return false;
        }
        return switch (to) {
            case AFGEWEZEN -> this == BEHOEFTE;
            case GESLOTEN -> this == TERUGKOPPELING;
            case CONCEPT -> false;
            default -> to.number == number + 1;
        };
    }

    /** The steps an analyst may move a need at this step to. */
    public List<NeedStep> next() {
        return java.util.Arrays.stream(values()).filter(this::mayMoveTo).toList();
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "behoeftestap";
    }
}
