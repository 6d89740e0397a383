package nl.datawijzer.privacy.detect;

/**
 * The elfproef (eleven test) for the burgerservicenummer (BSN) and the RSIN, which use the same test.
 *
 * <p>Rule (the BSN elfproef as the Rijksdienst voor Identiteitsgegevens publishes it; the RSIN of the
 * Handelsregister uses the same test): nine digits, an eight-digit value is read with a leading 0 (older
 * numbers lost it in numeric columns), not all zeros, and
 * {@code 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9} is divisible by 11.
 * Example: 111222333 is valid (the sum is 66).
 */
public final class Elfproef {

    private Elfproef() {
    }

    /**
     * Whether the value passes the elfproef. Surrounding white space is ignored; any other character than a
     * digit makes the value invalid, because stored numbers should not carry dots or spaces.
     */
    public static boolean isValid(String value) {
        String digits = value.strip();
        if (digits.length() == 8) {
            digits = "0" + digits;
        }
        if (digits.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZero &= digit == 0;
            sum += (i < 8 ? 9 - i : -1) * digit;
        }
        return !allZero && sum % 11 == 0;
    }
}
