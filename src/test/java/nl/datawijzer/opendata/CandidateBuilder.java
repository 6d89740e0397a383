package nl.datawijzer.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.opendata.PublicationCandidate.ContactPoint;
import nl.datawijzer.opendata.PublicationCandidate.Distribution;
import nl.datawijzer.opendata.PublicationCandidate.Field;
import nl.datawijzer.opendata.PublicationCandidate.Licence;

/** A candidate that passes every rule, to be broken one thing at a time. */
final class CandidateBuilder {

    static final String BASE = "https://data.huizen.nl/id/dataset/wmo-clienten/";
    static final String CONFIRMED = "https://w3id.org/datawijzer/vocab/beoordeling/bevestigd";
    static final String CC0 = "http://publications.europa.eu/resource/authority/licence/CC0";
    static final String CLOSED = "https://w3id.org/datawijzer/vocab/licentie/geslotenlicentie";
    static final String CBS_ROUNDING = "https://w3id.org/datawijzer/vocab/onthullingsbeheersing/cbs-afronding-5";
    static final String INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
    static final String STRING = "http://www.w3.org/2001/XMLSchema#string";
    static final String NAW = "https://w3id.org/datawijzer/vocab/persoonsgegevens/naw";

    List<Field> fields = new ArrayList<>(List.of(
            field("wijkcode", "Wijkcode", STRING),
            field("voorzieningsoort", "Voorzieningsoort", STRING),
            field("aantal_clienten", "Aantal cliënten", INTEGER)));
    List<String> accessRights = new ArrayList<>(List.of(PublicationCandidate.PUBLIC));
    List<Distribution> distributions = new ArrayList<>(List.of(distribution("csv", "Wmo-cliënten (CSV)",
            new Licence(CC0, true),
            "wijkcode;voorzieningsoort;aantal_clienten\nWK040600;Begeleiding;15\nWK040601;Begeleiding;geheim\n")));
    List<ContactPoint> contactPoints = new ArrayList<>(List.of(
            new ContactPoint("mailto:opendata@huizen.nl", "tel:+31355281911")));
    List<String> publishers = new ArrayList<>(List.of("https://data.huizen.nl/id/agent/gemeente-huizen"));
    List<String> euThemes = new ArrayList<>(List.of("http://publications.europa.eu/resource/authority/data-theme/SOCI"));
    List<String> governmentThemes = new ArrayList<>(List.of("http://standaarden.overheid.nl/owms/terms/Zorg_en_gezondheid"));
    String disclosureControl = CBS_ROUNDING;
    List<String> dcatViolations = new ArrayList<>();

    static final PublicationCandidate.Reachability ANSWERS = new PublicationCandidate.Reachability(true,
            "antwoordt met 200", "answers 200");

    static Field field(String name, String title, String datatype) {
        return new Field(BASE + "field/" + name.replace('_', '-'), name, title, false, CONFIRMED, List.of(), datatype);
    }

    static Field personal(String name, String title, String status) {
        return new Field(BASE + "field/" + name, name, title, true, status, List.of(NAW), STRING);
    }

    static Distribution distribution(String slug, String title, Licence licence, String csv) {
        return new Distribution(BASE + "distribution/" + slug, title, "https://data.huizen.nl/opendata/" + slug,
                List.of(licence), csv == null ? null : csv.getBytes(StandardCharsets.UTF_8), ANSWERS);
    }

    CandidateBuilder with(java.util.function.Consumer<CandidateBuilder> change) {
        change.accept(this);
        return this;
    }

    /** Replaces the hosted file of the one distribution. */
    CandidateBuilder hosted(String csv) {
        Distribution only = distributions.getFirst();
        distributions.set(0, only.withHostedCsv(csv.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    PublicationCandidate build() {
        return new PublicationCandidate(BASE.substring(0, BASE.length() - 1), "wmo-clienten", "Wmo-cliënten", fields,
                accessRights, distributions, contactPoints, publishers, euThemes, governmentThemes, disclosureControl,
                dcatViolations);
    }
}
