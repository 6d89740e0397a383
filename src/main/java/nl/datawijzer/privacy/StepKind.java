package nl.datawijzer.privacy;

import java.util.Arrays;

/**
 * The kinds of derivation step the privacy officer can approve (value list {@code dwv:verwerkingsstap}): after such
 * a step a field no longer carries the personal data of its source.
 */
public enum StepKind {
    ANONYMISATION("anonimisering"),
    AGGREGATION("aggregatie");

    public static final String SCHEME = "https://w3id.org/datawijzer/vocab/verwerkingsstap";

    private final String code;

    StepKind(String code) {
        this.code = code;
    }

    public String iri() {
        return SCHEME + "/" + code;
    }

    public static StepKind ofIri(String iri) {
        return Arrays.stream(values()).filter(k -> k.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende soort verwerkingsstap / unknown step kind: " + iri));
    }
}
