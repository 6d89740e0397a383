package nl.datawijzer.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.datawijzer.privacy.detect.FieldDescription;

/**
 * Made-up sample values for the detection benchmark: {@value #PER_FIELD} values for every field, of the kind its
 * name suggests (valid BSNs, IBANs, postcodes, e-mail addresses, phone numbers, dates of birth) and otherwise plain
 * words, numbers, amounts or codes. Lists are made once per kind and shared, so the benchmark times detection,
 * not the making of values. Nobody's data: BSNs pass the elfproef but are generated.
 */
final class SampleValuePool {

    static final int PER_FIELD = 100;

    private final List<String> bsn;
    private final List<String> iban;
    private final List<String> postcode;
    private final List<String> email;
    private final List<String> phone;
    private final List<String> birthDate;
    private final List<List<String>> plain;

    SampleValuePool(long seed) {
        Random r = new Random(seed);
        bsn = values(() -> bsn(r));
        iban = values(() -> iban(r));
        postcode = values(() -> (1000 + r.nextInt(9000)) + " " + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)));
        email = values(() -> "inwoner" + r.nextInt(100_000) + "@voorbeeld.nl");
        phone = values(() -> "06" + (10_000_000 + r.nextInt(89_999_999)));
        birthDate = values(() -> LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString());
        plain = List.of(
                values(() -> List.of("ja", "nee", "onbekend").get(r.nextInt(3))),
                values(() -> String.valueOf(r.nextInt(1_000_000))),
                values(() -> String.format(Locale.ROOT, "%.2f", r.nextDouble() * 10_000)),
                values(() -> "Z" + (100_000 + r.nextInt(900_000))),
                values(() -> List.of("Wmo", "Jeugd", "Participatie", "Schuldhulp", "Leerplicht").get(r.nextInt(5))),
                values(() -> LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString()));
    }

    /** The sample values of this field's column. */
    List<String> valuesFor(FieldDescription field) {
        String name = (field.technicalName() + " " + field.title()).toLowerCase(Locale.ROOT);
        if (name.contains("bsn") || name.contains("burgerservicenummer")) {
            return bsn;
        }
        if (name.contains("iban") || name.contains("rekeningnummer")) {
            return iban;
        }
        if (name.contains("postcode")) {
            return postcode;
        }
        if (name.contains("mail")) {
            return email;
        }
        if (name.contains("telefoon") || name.contains("phone")) {
            return phone;
        }
        if (name.contains("geboorte") || name.contains("birth")) {
            return birthDate;
        }
        return plain.get(Math.floorMod(field.technicalName().hashCode(), plain.size()));
    }

    private static List<String> values(java.util.function.Supplier<String> next) {
        List<String> values = new ArrayList<>(PER_FIELD);
        for (int i = 0; i < PER_FIELD; i++) {
            values.add(next.get());
        }
        return List.copyOf(values);
    }

    /** Nine digits passing the elfproef: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11. */
    private static String bsn(Random r) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = r.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10 && d[0] + d[1] > 0) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    text.append(d[i]);
                }
                return text.append(last).toString();
            }
        }
    }

    /** A Dutch IBAN with valid mod-97 check digits (made-up bank code and account number). */
    private static String iban(Random r) {
        String bank = List.of("ABNA", "INGB", "RABO", "SNSB", "TRIO").get(r.nextInt(5));
        String account = String.format(Locale.ROOT, "%010d", (long) (r.nextDouble() * 9_999_999_999L));
        String rearranged = bank + account + "NL00";
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "NL%02d%s%s", check, bank, account);
    }
}
