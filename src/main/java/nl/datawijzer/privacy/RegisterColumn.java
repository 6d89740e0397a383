package nl.datawijzer.privacy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the register's export and import, in export order. Each has a Dutch and an English header and some
 * other names a hand-made spreadsheet may use; {@link #importable()} is false for columns that the portal computes
 * (derived categories, modification time): an import never writes those.
 */
public enum RegisterColumn {
    ID("Id", "Id", Ns.DCT + "identifier", false, true, "uuid", "identificatie", "identifier", "id verwerking"),
    TITLE("Naam", "Name", Ns.DCT + "title", false, true, "titel", "title", "verwerking", "naam verwerking", "naam van de verwerking",
            "processing activity", "activity"),
    DESCRIPTION("Omschrijving", "Description", Ns.DCT + "description", false, true, "beschrijving", "toelichting"),
    PURPOSES("Doelen", "Purposes", Ns.DW + "purpose", true, true, "doel", "doeleinden", "verwerkingsdoelen", "doel van de verwerking",
            "purpose", "purposes of processing"),
    LEGAL_BASES("Grondslag", "Legal basis", Ns.DPV + "hasLegalBasis", true, true, "grondslagen", "avg-grondslag", "grondslag avg",
            "legal bases", "lawful basis"),
    LEGAL_GROUND("Wettelijke grondslag", "Legal ground", Ns.DW + "legalGround", false, true, "wet", "specifieke wet", "wettelijk kader",
            "law", "legal provision"),
    DATA_SUBJECTS("Betrokkenen", "Data subjects", Ns.DW + "dataSubjectCategory", true, true, "categorieën betrokkenen", "betrokkene",
            "data subject categories", "data subject"),
    PERSONAL_DATA("Categorieën persoonsgegevens", "Personal data categories", Ns.DW + "personalDataCategory", true, true, "persoonsgegevens",
            "categorieën persoonsgegevens (handmatig)", "personal data", "categories of personal data"),
    DERIVED_PERSONAL_DATA("Afgeleide categorieën persoonsgegevens", "Derived personal data categories", "", true, false,
            "afgeleide categorieën", "derived categories"),
    RECIPIENTS("Ontvangers", "Recipients", Ns.DW + "recipient", true, true, "ontvanger", "categorieën ontvangers", "recipient",
            "categories of recipients"),
    RETENTION("Bewaartermijn", "Retention period", Ns.DW + "retentionPeriod", false, true, "bewaartermijnen", "retention",
            "retention periods"),
    SECURITY("Beveiligingsmaatregelen", "Security measures", Ns.DW + "securityMeasures", false, true, "beveiliging", "security",
            "technical and organisational measures"),
    DPIA("DPIA", "DPIA reference", Ns.DW + "dpiaReference", false, true, "dpia-referentie", "referentie dpia"),
    PROCESSOR_AGREEMENT("Verwerkersovereenkomst", "Processor agreement", Ns.DW + "processorAgreement", false, true, "verwerkersovereenkomsten",
            "data processing agreement", "dpa"),
    SYSTEMS("Systemen", "Systems", Ns.DW + "concernsSystem", true, true, "systeem", "applicaties", "applicatie", "system"),
    DATASETS("Datasets", "Datasets", Ns.DW + "concernsDataset", true, true, "dataset", "gegevensverzamelingen"),
    MODIFIED("Gewijzigd", "Modified", Ns.DCT + "modified", false, false, "laatst gewijzigd", "last modified");

    /** Namespaces of the properties (a nested class, so the constants above may use them). */
    private static final class Ns {
        static final String DW = "https://w3id.org/datawijzer/def#";
        static final String DCT = "http://purl.org/dc/terms/";
        static final String DPV = "https://w3id.org/dpv#";
    }

    /** How several values share one cell, in the export and the import. */
    public static final String SEPARATOR = " | ";

    private final String dutch;
    private final String english;
    private final String property;
    private final boolean multiValued;
    private final boolean importable;
    private final List<String> otherNames;

    RegisterColumn(String dutch, String english, String property, boolean multiValued, boolean importable,
            String... otherNames) {
        this.dutch = dutch;
        this.english = english;
        this.property = property;
        this.multiValued = multiValued;
        this.importable = importable;
        this.otherNames = List.of(otherNames);
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }

    public String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }

    /** The RDF property this column shows (empty for the derived categories, which are computed). */
    public String property() {
        return property;
    }

    /** The column that shows {@code propertyIri}, if any. */
    public static java.util.Optional<RegisterColumn> ofProperty(String propertyIri) {
        return java.util.Arrays.stream(values()).filter(c -> !c.property.isEmpty() && c.property.equals(propertyIri))
                .findFirst();
    }

    public boolean multiValued() {
        return multiValued;
    }

    public boolean importable() {
        return importable;
    }

    /** Whether a file's header names this column: Dutch, English or another known name, case and accents ignored. */
    public boolean matches(String header) {
        String wanted = key(header);
        if (wanted.isEmpty()) {
            return false;
        }
        return key(dutch).equals(wanted) || key(english).equals(wanted)
                || otherNames.stream().anyMatch(n -> key(n).equals(wanted));
    }

    /** Lowercase letters and digits only, accents removed: how headers and values are compared. */
    public static String key(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
