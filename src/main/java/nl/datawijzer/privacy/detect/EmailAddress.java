package nl.datawijzer.privacy.detect;

import java.util.regex.Pattern;

/**
 * E-mail addresses, pragmatically rather than the full RFC 5322 grammar: what people actually type in a
 * form. Rule: one {@code @}; a local part of at most 64 of the characters RFC 5322 allows unquoted
 * (letters, digits and {@code !#$%&'*+/=?^_`{|}~.-}), not starting or ending with a dot and without two dots
 * in a row; a domain of labels (letters, digits, inner hyphens) separated by dots, ending in a top-level
 * domain of at least two letters; at most 254 characters in all. Quoted local parts and IP-address domains
 * are rejected: they do not occur in municipal data.
 */
public final class EmailAddress {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?!\\.)(?!.*\\.\\.)[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}(?<!\\.)"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddress() {
    }

    public static boolean isValid(String value) {
        String address = value.strip();
        return address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
