package nl.datawijzer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.datawijzer.quality.profiling.FieldSpec;
import nl.datawijzer.quality.profiling.ProfileSpec;
import nl.datawijzer.quality.profiling.ValueFormat;

/**
 * A deterministic 20-column client extract with mixed types for the profiling benchmark: every row is a pure function
 * of (seed, index), so the CSV file and the PostgreSQL table hold the same values. About 2% of the values are empty
 * and about 1% break their rule, so every check does real work.
 */
final class QualityData {

    static final List<String> COLUMNS = List.of("id", "zaaknummer", "bsn", "naam", "geboortedatum", "postcode",
            "huisnummer", "email", "telefoon", "categorie", "startdatum", "gewijzigd", "bedrag", "aantal", "actief",
            "jaar", "url", "omschrijving", "iban", "opmerking");

    /** The column types in PostgreSQL: text where a file would hold text, native types where a warehouse would. */
    static final List<String> SQL_TYPES = List.of("bigint", "text", "text", "text", "text", "text", "integer", "text",
            "text", "text", "text", "timestamp", "text", "integer", "text", "text", "text", "text", "text", "text");

    private static final String[] NAMES = {"Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
            "de Wit", "Dijkstra", "Smits", "Çelik", "Yılmaz", "Nguyễn", "Østergaard"};
    private static final String[] WORDS = {"aanvraag", "huishoudelijke", "hulp", "begeleiding", "indicatie",
            "herindicatie", "woningaanpassing", "vervoer", "dagbesteding", "zorgaanbieder", "beschikking", "verlengd",
            "toegekend", "afgewezen", "bezwaar"};
    private static final String[] CATEGORIES = {"01", "02", "03", "04", "05", "06", "07", "08"};
    private static final String[] BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO"};

    private QualityData() {
    }

    static ProfileSpec spec() {
        return new ProfileSpec(List.of(
                field("id", "integer", null, true, Set.of()),
                field("zaaknummer", "string", null, true, Set.of()),
                field("bsn", "string", ValueFormat.BSN, false, Set.of()),
                field("naam", "string", null, false, Set.of()),
                field("geboortedatum", "date", ValueFormat.PARTIAL_DATE, false, Set.of()),
                field("postcode", "string", ValueFormat.POSTCODE, false, Set.of()),
                field("huisnummer", "integer", null, false, Set.of()),
                field("email", "string", ValueFormat.EMAIL, false, Set.of()),
                field("telefoon", "string", ValueFormat.PHONE, false, Set.of()),
                field("categorie", "string", null, false, Set.of(CATEGORIES)),
                field("startdatum", "date", null, false, Set.of()),
                field("gewijzigd", "dateTime", null, false, Set.of()),
                field("bedrag", "decimal", null, false, Set.of()),
                field("aantal", "integer", null, false, Set.of()),
                field("actief", "boolean", null, false, Set.of()),
                field("jaar", "gYear", null, false, Set.of()),
                field("url", "anyURI", null, false, Set.of()),
                field("omschrijving", "string", null, false, Set.of()),
                field("iban", "string", ValueFormat.IBAN, false, Set.of()),
                field("opmerking", "string", null, false, Set.of())));
    }

    private static FieldSpec field(String name, String datatype, ValueFormat format, boolean key, Set<String> codes) {
        return new FieldSpec(name, datatype, Optional.ofNullable(format), key, codes, Optional.empty());
    }

    /** Row {@code i}; null is an empty cell (NULL in the table). */
    static String[] row(long seed, long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String[] row = new String[20];
        row[0] = Long.toString(i + 1);
        long zaak = i % 997 == 0 && i > 0 ? i - 1 : i;
        row[1] = "Z-" + (2015 + zaak % 10) + "-" + String.format(Locale.ROOT, "%07d", zaak);
        row[2] = random.nextInt(100) == 0 ? null : bsn(random);
        row[3] = NAMES[random.nextInt(NAMES.length)] + ", " + (char) ('A' + random.nextInt(26)) + ".";
        int year = 1930 + random.nextInt(90);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        row[4] = random.nextInt(50) == 0 ? String.format(Locale.ROOT, "%04d-%02d-00", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        row[5] = (1000 + random.nextInt(9000)) + (random.nextBoolean() ? " " : "")
                + (char) ('A' + random.nextInt(26)) + (char) ('B' + random.nextInt(24));
        row[6] = Integer.toString(1 + random.nextInt(250));
        row[7] = random.nextInt(10) == 0 ? null : "inwoner" + random.nextInt(100000) + "@voorbeeld.nl";
        row[8] = random.nextBoolean() ? "06" + (10000000 + random.nextInt(90000000))
                : "035 " + (5000000 + random.nextInt(4999999));
        row[9] = random.nextInt(100) == 0 ? "99" : CATEGORIES[random.nextInt(CATEGORIES.length)];
        row[10] = String.format(Locale.ROOT, "%02d-%02d-%04d", day, month, 2015 + random.nextInt(10));
        row[11] = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", 2015 + random.nextInt(10), month, day,
                random.nextInt(24), random.nextInt(60), random.nextInt(60));
        row[12] = random.nextInt(100) + "," + String.format(Locale.ROOT, "%02d", random.nextInt(100));
        row[13] = random.nextInt(20) == 0 ? null : Integer.toString(random.nextInt(40));
        row[14] = random.nextBoolean() ? "ja" : "nee";
        row[15] = Integer.toString(2015 + random.nextInt(10));
        row[16] = "https://zaken.huizen.nl/zaak/" + zaak;
        StringBuilder text = new StringBuilder();
        int words = 2 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : random.nextInt(15) == 0 ? "; " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(200) == 0) {
            text.append("\n\"zie dossier\"");
        }
        row[17] = text.toString();
        row[18] = random.nextInt(5) == 0 ? null : iban(random);
        row[19] = random.nextInt(10) == 0 ? "nagebeld op " + (1 + random.nextInt(28)) + "-" + month : null;
        return row;
    }

    private static String bsn(SplittableRandom random) {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            digits[0] = 1 + random.nextInt(9);
            for (int d = 0; d < 8; d++) {
                if (d > 0) {
                    digits[d] = random.nextInt(10);
                }
                sum += (9 - d) * digits[d];
            }
            int last = sum % 11;
            if (last < 10) {
                digits[8] = random.nextInt(100) == 0 ? (last + 1) % 10 : last;
                StringBuilder bsn = new StringBuilder(9);
                for (int d : digits) {
                    bsn.append(d);
                }
                return bsn.toString();
            }
        }
    }

    private static String iban(SplittableRandom random) {
        String bank = BANKS[random.nextInt(BANKS.length)];
        String account = String.format(Locale.ROOT, "%010d", random.nextLong(10_000_000_000L));
        String rearranged = bank + account + "NL00";
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            remainder = c >= '0' && c <= '9' ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return String.format(Locale.ROOT, "NL%02d", 98 - remainder) + bank + account;
    }

    /** Writes rows until the file holds at least {@code minBytes}; returns the number of rows. */
    static long writeCsv(Path file, long seed, long minBytes) throws IOException {
        long rows = 0;
        long bytes;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write('\uFEFF');
            out.write(String.join(";", COLUMNS));
            out.write("\r\n");
            long chars = 0;
            // UTF-8 takes at least a byte a character, so counting characters never stops short
            while (chars < minBytes) {
                String line = csvLine(row(seed, rows));
                out.write(line);
                chars += line.length();
                rows++;
            }
        }
        bytes = Files.size(file);
        if (bytes < minBytes) {
            throw new IllegalStateException("generated only " + bytes + " bytes");
        }
        return rows;
    }

    static String csvLine(String[] row) {
        StringBuilder line = new StringBuilder(256);
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                line.append(';');
            }
            String value = row[c];
            if (value == null) {
                continue;
            }
            if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString();
    }
}
