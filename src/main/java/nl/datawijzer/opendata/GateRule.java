package nl.datawijzer.opendata;

import java.util.function.BiFunction;

/**
 * The named rules of the publication gate (issue 5). Each can be listed, shown with its own result and tested on
 * its own. Rules are pure: what needs the store, the network or the file store (inherited personal data, whether
 * distributions answer, the DCAT-AP-NL check of the would-be view entry, hosted file contents) is gathered into the
 * {@link PublicationCandidate} by {@link GateService} first.
 */
public enum GateRule {

    NO_PERSONAL_DATA("gate.geen-persoonsgegevens",
            "Geen veld met persoonsgegevens (ook niet geërfd)",
            "No field with personal data (inherited included)",
            true, MetadataChecks::noPersonalData),
    FIELDS_REVIEWED("gate.velden-beoordeeld",
            "Elk veld beoordeeld door de FG",
            "Every field reviewed by the privacy officer",
            true, MetadataChecks::fieldsReviewed),
    PUBLIC_ACCESS("gate.openbare-toegang",
            "Toegang openbaar",
            "Public access rights",
            true, MetadataChecks::publicAccess),
    OPEN_LICENCE("gate.open-licentie",
            "Open licentie op elke distributie",
            "An open licence on every distribution",
            true, MetadataChecks::openLicence),
    CONTACT_POINT("gate.contactpunt",
            "Contactpunt met e-mailadres en telefoonnummer",
            "A contact point with e-mail address and phone number",
            true, MetadataChecks::contactPoint),
    PUBLISHER("gate.uitgever",
            "Uitgever vastgelegd",
            "Publisher recorded",
            true, MetadataChecks::publisher),
    EU_THEME("gate.eu-thema",
            "Ten minste één EU-datathema",
            "At least one EU data theme",
            true, MetadataChecks::euTheme),
    GOVERNMENT_THEME("gate.overheidsthema",
            "Overheidsthema voor data.overheid.nl (waarschuwing, blokkeert niet)",
            "Dutch government theme for data.overheid.nl (warning, does not block)",
            false, MetadataChecks::governmentTheme),
    DCAT_AP_NL("gate.dcat-ap-nl",
            "Voldoet aan DCAT-AP-NL 3.0",
            "Conforms to DCAT-AP-NL 3.0",
            true, MetadataChecks::dcatApNl),
    DISTRIBUTIONS_REACHABLE("gate.distributies-bereikbaar",
            "Elke distributie bereikbaar",
            "Every distribution reachable",
            true, MetadataChecks::distributionsReachable),
    NO_PRIVACY_VALUES("gate.geen-privacywaarden",
            "Geen herkenbare persoonsgegevens in gehoste bestanden",
            "No recognisable personal data in hosted files",
            true, HostedFileScan::check),
    NO_SMALL_CELLS("gate.kleine-aantallen",
            "Geen aantallen van 1 tot en met 7 (onthullingsbeheersing zoals CBS)",
            "No counts from 1 to 7 (disclosure control as CBS does)",
            true, SmallCells::check);

    private final String id;
    private final String titleNl;
    private final String titleEn;
    private final boolean blocking;
    private final BiFunction<GateRule, PublicationCandidate, GateResult> check;

    GateRule(String id, String titleNl, String titleEn, boolean blocking,
            BiFunction<GateRule, PublicationCandidate, GateResult> check) {
        this.id = id;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.blocking = blocking;
        this.check = check;
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

    public String title(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    /** False for a rule whose failure is only a warning: publication goes on. */
    public boolean blocking() {
        return blocking;
    }

    public GateResult check(PublicationCandidate candidate) {
        return check.apply(this, candidate);
    }
}
