package nl.datawijzer.catalog;

/** An identifier that cannot name a record (wrong characters or length). Answered with 400/404, never stored. */
public class InvalidIdException extends IllegalArgumentException {
    public InvalidIdException(String value) {
        super("Ongeldige identificatie: '" + value + "' (alleen kleine letters, cijfers en '-', beginnend met een letter)");
    }
}
