package nl.datawijzer.needs;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identifier of an information need: {@code n} and 12 random hex digits, short enough to say over the phone and
 * random so that it reveals nothing (as the UUIDs of the processing register). It is the slug of the need's IRI
 * {@code need/{id}} and graph {@code graph/need/{id}}.
 */
public record NeedId(String value) {

    private static final Pattern FORM = Pattern.compile("n[0-9a-f]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public NeedId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Geen geldig nummer van een informatiebehoefte: '" + value
                    + "' (verwacht: n en 12 tekens 0-9 of a-f)");
        }
    }

    public static NeedId random() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return new NeedId("n" + HexFormat.of().formatHex(bytes));
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
