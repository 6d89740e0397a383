package nl.datawijzer.needs;

import java.util.Locale;
import java.util.Optional;

/**
 * A concept of one of the value lists of information needs ({@code ontology/vocabularies/information-needs.ttl}, and
 * {@code dwv:sturingsniveau} for the steering level): its IRI and its Dutch and English label.
 */
public interface NeedValue {

    String VOCAB = "https://w3id.org/datawijzer/vocab/";

    /** What every value of every list has: its code and its two labels, kept once by each enum constant. */
    record Term(String code, String labelNl, String labelEn) {
    }

    Term term();

    /** The scheme's name: the IRI of a concept is {@code VOCAB + scheme + "/" + code}. */
    String scheme();

    /** The last part of the IRI, unique in its list. */
    default String code() {
        return term().code();
    }

    default String labelNl() {
        return term().labelNl();
    }

    default String labelEn() {
        return term().labelEn();
    }

    default String iri() {
        return VOCAB + scheme() + "/" + code();
    }

    default String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn() : labelNl();
    }

    static <E extends Enum<E> & NeedValue> Optional<E> ofIri(Class<E> type, String iri) {
        for (E value : type.getEnumConstants()) {
            if (value.iri().equals(iri)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & NeedValue> Optional<E> ofCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
