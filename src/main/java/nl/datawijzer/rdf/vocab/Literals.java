package nl.datawijzer.rdf.vocab;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Literal and IRI nodes for what services write. */
public final class Literals {

    private Literals() {
    }

    public static Node dutch(String text) {
        return NodeFactory.createLiteralLang(text.strip(), "nl");
    }

    public static Node plain(String text) {
        return NodeFactory.createLiteralString(text.strip());
    }

    public static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    public static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    /**
     * The current time to the millisecond: for history, where two decisions on one field within a second must still
     * come out in the order they were made.
     */
    public static Node nowPrecise() {
        return NodeFactory.createLiteralDT(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                XSDDatatype.XSDdateTime);
    }

    public static Node now() {
        return NodeFactory.createLiteralDT(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                XSDDatatype.XSDdateTime);
    }

    /** An IRI from user input: refused when it is not an absolute http(s) IRI without spaces. */
    public static Node iri(String value, String what) {
        if (value == null || !value.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException(what + " is geen geldige IRI: '" + value + "'");
        }
        return NodeFactory.createURI(value);
    }

    /** A functional mailbox as a mailto: IRI; refused when it does not look like an e-mail address. */
    public static Node mailto(String email) {
        String address = email.strip().replaceFirst("^mailto:", "");
        if (!address.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[A-Za-z]{2,}")) {
            throw nl.datawijzer.rdf.WriteRefusedException.of(nl.datawijzer.rdf.vocab.Terms.VCARD_HAS_EMAIL.getURI(),
                    "Geen geldig e-mailadres: '" + email + "'.", "Not a valid e-mail address: '" + email + "'.");
        }
        return NodeFactory.createURI("mailto:" + address);
    }

    public static Node text(String value) {
        return NodeFactory.createLiteralString(value == null ? "" : value);
    }
}
