package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the gate rules need to know about one dataset: what the internal store records about it, plus the
 * contents of the files the municipality hosts for its distributions (when known). The hosted contents may hold
 * personal data: keep a candidate only for one gate check, never cache or log it.
 *
 * @param datasetIri the dataset's IRI
 * @param slug the dataset's identifier
 * @param title the Dutch title, or empty
 * @param accessRights the dct:accessRights IRIs (normally exactly one)
 * @param publishers the dct:publisher IRIs
 * @param euThemes the dcat:theme IRIs from the EU data-theme scheme
 * @param governmentThemes the dcat:theme IRIs from {@code dwv:overheidsthema} (data.overheid.nl themes)
 * @param disclosureControl the dw:disclosureControl concept, or null
 * @param dcatViolations what the official DCAT-AP-NL 3.0 shapes say against the dataset's entry in the open-data view
 *        as it would be published (empty: conforms), or null when not checked
 */
public record PublicationCandidate(
        String datasetIri,
        String slug,
        String title,
        List<Field> fields,
        List<String> accessRights,
        List<Distribution> distributions,
        List<ContactPoint> contactPoints,
        List<String> publishers,
        List<String> euThemes,
        List<String> governmentThemes,
        @Nullable String disclosureControl,
        @Nullable List<String> dcatViolations) {

    public static final String PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    public static final String SUGGESTED = "https://w3id.org/datawijzer/vocab/beoordeling/voorgesteld";
    public static final String NO_PERSONAL_DATA_CONTROL =
            "https://w3id.org/datawijzer/vocab/onthullingsbeheersing/geen-persoonsgegevens";

    public PublicationCandidate {
        Objects.requireNonNull(datasetIri, "datasetIri");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
        accessRights = List.copyOf(accessRights);
        distributions = List.copyOf(distributions);
        contactPoints = List.copyOf(contactPoints);
        publishers = List.copyOf(publishers);
        euThemes = List.copyOf(euThemes);
        governmentThemes = List.copyOf(governmentThemes);
        dcatViolations = dcatViolations == null ? null : List.copyOf(dcatViolations);
    }

    /** A candidate whose conformance to DCAT-AP-NL has not been checked. */
    public PublicationCandidate(String datasetIri, String slug, String title, List<Field> fields,
            List<String> accessRights, List<Distribution> distributions, List<ContactPoint> contactPoints,
            List<String> publishers, List<String> euThemes, List<String> governmentThemes,
            @Nullable String disclosureControl) {
        this(datasetIri, slug, title, fields, accessRights, distributions, contactPoints, publishers, euThemes,
                governmentThemes, disclosureControl, null);
    }

    /** A copy with the outcome of the DCAT-AP-NL conformance check. */
    public PublicationCandidate withDcatViolations(List<String> violations) {
        return new PublicationCandidate(datasetIri, slug, title, fields, accessRights, distributions, contactPoints,
                publishers, euThemes, governmentThemes, disclosureControl, violations);
    }

    /** A copy whose fields and distributions are replaced (same order and IRIs expected). */
    public PublicationCandidate with(List<Field> newFields, List<Distribution> newDistributions) {
        return new PublicationCandidate(datasetIri, slug, title, newFields, accessRights, newDistributions,
                contactPoints, publishers, euThemes, governmentThemes, disclosureControl, dcatViolations);
    }

    /** A copy in which the distribution with this IRI carries the contents of its hosted CSV file. */
    public PublicationCandidate withHostedFile(String distributionIri, byte[] csv) {
        List<Distribution> copy = new ArrayList<>(distributions.size());
        boolean found = false;
        for (Distribution distribution : distributions) {
            if (distribution.iri().equals(distributionIri)) {
                copy.add(distribution.withHostedCsv(csv));
                found = true;
            } else {
                copy.add(distribution);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No distribution " + distributionIri + " in dataset " + slug);
        }
        return with(fields, copy);
    }

    /** The field whose technical name matches a column header, ignoring case, {@code _}, {@code -} and spaces. */
    public Optional<Field> fieldForColumn(String column) {
        String key = key(column);
        return fields.stream().filter(field -> key(field.technicalName()).equals(key)).findFirst();
    }

    static String key(String name) {
        return name.replaceAll("[_\\- ]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A field (column) of the dataset.
     *
     * @param status the dw:classificationStatus concept, or empty when the field has none
     * @param personalDataCategories the dw:personalDataCategory concepts
     * @param datatype the dw:datatype IRI, or empty
     * @param inheritedFrom the upstream fields ("dataset › veld") that pass personal data on to this one along
     *        lineage (no FG-approved anonymisation or aggregation step between); empty when none
     */
    public record Field(String iri, String technicalName, String title, boolean containsPersonalData, String status,
            List<String> personalDataCategories, String datatype, List<String> inheritedFrom) {

        public Field {
            personalDataCategories = List.copyOf(personalDataCategories);
            inheritedFrom = List.copyOf(inheritedFrom);
        }

        /** A field that inherits nothing. */
        public Field(String iri, String technicalName, String title, boolean containsPersonalData, String status,
                List<String> personalDataCategories, String datatype) {
            this(iri, technicalName, title, containsPersonalData, status, personalDataCategories, datatype, List.of());
        }

        public Field inheriting(List<String> sources) {
            return new Field(iri, technicalName, title, containsPersonalData, status, personalDataCategories, datatype,
                    sources);
        }

        public boolean suggested() {
            return status.isEmpty() || status.equals(SUGGESTED);
        }

        /** "titel (technische_naam)", how explanations name a field. */
        public String label() {
            return title.isEmpty() || title.equals(technicalName) ? technicalName : title + " (" + technicalName + ")";
        }

        public boolean numeric() {
            return datatype.equals("http://www.w3.org/2001/XMLSchema#integer")
                    || datatype.equals("http://www.w3.org/2001/XMLSchema#decimal");
        }
    }

    /**
     * A distribution of the dataset.
     *
     * @param title the Dutch title, or empty
     * @param accessUrl the dcat:accessURL, or empty
     * @param hostedCsv the contents of the file the municipality hosts for it, or null when not known
     * @param reachability whether its address answers (hosted: the file is stored intact), or null when not checked
     */
    public record Distribution(String iri, String title, String accessUrl, List<Licence> licences,
            byte @Nullable [] hostedCsv, @Nullable Reachability reachability) {

        public Distribution {
            licences = List.copyOf(licences);
            hostedCsv = hostedCsv == null ? null : hostedCsv.clone();
        }

        /** A distribution whose reachability has not been checked. */
        public Distribution(String iri, String title, String accessUrl, List<Licence> licences,
                byte @Nullable [] hostedCsv) {
            this(iri, title, accessUrl, licences, hostedCsv, null);
        }

        public Distribution withHostedCsv(byte[] csv) {
            return new Distribution(iri, title, accessUrl, licences, csv, reachability);
        }

        public Distribution withReachability(Reachability checked) {
            return new Distribution(iri, title, accessUrl, licences, hostedCsv, checked);
        }

        /** The hosted contents (a copy), if known. */
        public Optional<byte[]> hosted() {
            return Optional.ofNullable(hostedCsv).map(byte[]::clone);
        }

        /** How explanations name a distribution: its title, else its access URL, else its IRI. */
        public String label() {
            return !title.isEmpty() ? title : !accessUrl.isEmpty() ? accessUrl : iri;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Distribution d && iri.equals(d.iri) && title.equals(d.title)
                    && accessUrl.equals(d.accessUrl) && licences.equals(d.licences)
                    && Arrays.equals(hostedCsv, d.hostedCsv) && Objects.equals(reachability, d.reachability);
        }

        @Override
        public int hashCode() {
            return Objects.hash(iri, title, accessUrl, licences, Arrays.hashCode(hostedCsv), reachability);
        }

        /** Shows the size of the hosted file only, never its contents. */
        @Override
        public String toString() {
            return "Distribution[" + iri + ", licences=" + licences + ", hosted="
                    + (hostedCsv == null ? "unknown" : hostedCsv.length + " bytes") + "]";
        }
    }

    /**
     * Whether a distribution's address answered when the gate looked.
     *
     * @param reachable true when it answered with success (or, hosted here, the file is stored intact)
     * @param reasonNl why not (or how it answered), in Dutch
     * @param reasonEn the same in English
     */
    public record Reachability(boolean reachable, String reasonNl, String reasonEn) {
    }

    /** A licence of a distribution; open as marked in {@code vocabularies/licences.ttl} (dw:open). */
    public record Licence(String iri, boolean open) {
    }

    /**
     * A dcat:contactPoint (vcard:Kind).
     *
     * @param email the vcard:hasEmail, or empty
     * @param telephone the vcard:hasTelephone (a tel: IRI or its vcard:hasValue), or empty
     */
    public record ContactPoint(String email, String telephone) {
    }
}
