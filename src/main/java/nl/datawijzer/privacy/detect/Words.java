package nl.datawijzer.privacy.detect;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits technical names and texts into lower-case words without diacritics: {@code datumGeboorte},
 * {@code datum_geboorte}, {@code client.geboorteDatum2} and "Datum geboorte cliënt" all give their words.
 * Splits on every character that is not a letter or digit, between a lower-case and an upper-case letter,
 * before the last capital of an acronym ({@code BSNPartner} gives bsn, partner) and between letters and
 * digits.
 */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        String plain = withoutDiacritics(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (start >= 0) {
                    words.add(lower(plain, start, i));
                    start = -1;
                }
                continue;
            }
            if (start >= 0 && startsNewWord(plain, i)) {
                words.add(lower(plain, start, i));
                start = i;
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(lower(plain, start, plain.length()));
        }
        return words;
    }

    private static boolean startsNewWord(String text, int i) {
        char previous = text.charAt(i - 1);
        char current = text.charAt(i);
        if (Character.isDigit(previous) != Character.isDigit(current)) {
            return true;
        }
        if (Character.isLowerCase(previous) && Character.isUpperCase(current)) {
            return true;
        }
        return Character.isUpperCase(previous) && Character.isUpperCase(current)
                && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }

    private static String lower(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String withoutDiacritics(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
