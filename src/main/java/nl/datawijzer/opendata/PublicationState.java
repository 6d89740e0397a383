package nl.datawijzer.opendata;

import java.util.Arrays;
import java.util.Optional;

/** The states of a dataset in the publication workflow: the concepts of {@code dwv:publicatiestatus}. */
public enum PublicationState {
    PROPOSED("voorgesteld", "Voorgesteld", "Proposed"),
    PUBLISHED("gepubliceerd", "Gepubliceerd", "Published"),
    REJECTED("afgewezen", "Afgewezen", "Rejected"),
    WITHDRAWN("ingetrokken", "Ingetrokken", "Withdrawn"),
    AUTO_WITHDRAWN("automatisch-ingetrokken", "Automatisch ingetrokken", "Automatically withdrawn");

    public static final String SCHEME = "https://w3id.org/datawijzer/vocab/publicatiestatus";

    private final String code;
    private final String labelNl;
    private final String labelEn;

    PublicationState(String code, String labelNl, String labelEn) {
        this.code = code;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    public String code() {
        return code;
    }

    public String iri() {
        return SCHEME + "/" + code;
    }

    public String label(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }

    public String labelNl() {
        return labelNl;
    }

    public static Optional<PublicationState> ofIri(String iri) {
        return Arrays.stream(values()).filter(state -> state.iri().equals(iri)).findFirst();
    }

    /** A dataset in this state may be proposed (again). */
    public boolean mayBeProposed() {
        return this == REJECTED || this == WITHDRAWN || this == AUTO_WITHDRAWN;
    }
}
