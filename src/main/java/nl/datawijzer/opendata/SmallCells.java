package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.datawijzer.opendata.PublicationCandidate.Distribution;
import nl.datawijzer.opendata.PublicationCandidate.Field;

/**
 * CBS-style disclosure control on the hosted files of a dataset that counts persons: no count from 1 to 7 may be
 * published (0..7 go out as "geheim", the rest rounded to fives; domain brief section 5).
 *
 * <p>Which datasets count persons: every dataset with a dw:disclosureControl other than {@code geen-persoonsgegevens}
 * (the steward said it is built on persons), and, when no disclosure control is recorded at all, every dataset with
 * a column named {@code aantal...} or {@code count...}. An explicit {@code geen-persoonsgegevens} is trusted: those
 * datasets (amounts of money, for instance) are not checked.
 *
 * <p>Which columns hold counts: those the catalogue describes as xsd:integer or xsd:decimal, and those named
 * {@code aantal...}/{@code count...}. A code column ("02" Begeleiding) or a year is not a count and is left alone.
 * Only whole numbers are counts: 5.5 or 3.25 (a percentage, an amount) is not.
 */
final class SmallCells {

    static final int LOWEST = 1;
    static final int HIGHEST = 7;
    private static final Pattern WHOLE = Pattern.compile("[0-9]+(\\.0+)?");

    private SmallCells() {
    }

    static GateResult check(GateRule rule, PublicationCandidate candidate) {
        if (!countsPersons(candidate)) {
            return GateResult.pass(rule,
                    "De dataset telt geen personen (onthullingsbeheersing 'geen persoonsgegevens' of geen kolom "
                            + "met aantallen); er is niets te controleren.",
                    "The dataset does not count persons (disclosure control 'no personal data' or no count "
                            + "column); there is nothing to check.");
        }
        List<String> cellsNl = new ArrayList<>();
        List<String> cellsEn = new ArrayList<>();
        List<String> unreadableNl = new ArrayList<>();
        List<String> unreadableEn = new ArrayList<>();
        int checkedFiles = 0;
        for (Distribution distribution : candidate.distributions()) {
            Optional<byte[]> hosted = distribution.hosted();
            if (hosted.isEmpty()) {
                continue;
            }
            checkedFiles++;
            CsvTable table;
            try {
                table = CsvTable.parse(hosted.get());
            } catch (CsvTable.MalformedCsvException e) {
                unreadableNl.add(distribution.label() + " (regel " + e.line() + ")");
                unreadableEn.add(distribution.label() + " (line " + e.line() + ")");
                continue;
            }
            List<Integer> countColumns = new ArrayList<>();
            for (int i = 0; i < table.header().size(); i++) {
                if (isCount(candidate, table.header().get(i))) {
                    countColumns.add(i);
                }
            }
            for (CsvTable.Record record : table.records()) {
                for (int column : countColumns) {
                    if (small(record.cells().get(column))) {
                        cellsNl.add(distribution.label() + ": kolom " + table.header().get(column) + " op regel "
                                + record.line());
                        cellsEn.add(distribution.label() + ": column " + table.header().get(column) + " on line "
                                + record.line());
                    }
                }
            }
        }
        if (!unreadableNl.isEmpty()) {
            return GateResult.fail(rule,
                    "Deze bestanden zijn geen leesbare CSV (UTF-8, kopregel, gelijke kolommen): " + Names.nl(unreadableNl)
                            + ". Zonder controle op kleine aantallen kan de dataset niet open.",
                    "These files are not readable CSV (UTF-8, header, equal columns): " + Names.en(unreadableEn)
                            + ". Without a check for small counts the dataset cannot "
                            + "be opened.");
        }
        if (checkedFiles == 0) {
            return GateResult.fail(rule,
                    "De dataset telt personen, maar er is geen gehost bestand om op kleine aantallen te controleren.",
                    "The dataset counts persons, but there is no hosted file to check for small counts.");
        }
        if (cellsNl.isEmpty()) {
            return GateResult.pass(rule, "Geen aantal van 1 tot en met 7 gevonden in " + checkedFiles
                            + (checkedFiles == 1 ? " bestand." : " bestanden."),
                    "No count from 1 to 7 found in " + checkedFiles + (checkedFiles == 1 ? " file." : " files."));
        }
        return GateResult.fail(rule,
                cellsNl.size() + (cellsNl.size() == 1 ? " cel heeft" : " cellen hebben")
                        + " een aantal van 1 tot en met 7: " + Names.nl(cellsNl)
                        + ". Publiceer zulke aantallen als 'geheim' en rond de rest af op vijftallen.",
                cellsEn.size() + (cellsEn.size() == 1 ? " cell has" : " cells have")
                        + " a count from 1 to 7: " + Names.en(cellsEn)
                        + ". Publish such counts as 'geheim' and round the rest to multiples of five.");
    }

    static boolean countsPersons(PublicationCandidate candidate) {
        String control = candidate.disclosureControl();
        if (control != null) {
            return !control.equals(PublicationCandidate.NO_PERSONAL_DATA_CONTROL);
        }
        return candidate.fields().stream().anyMatch(field -> countName(field.technicalName()))
                || candidate.distributions().stream().map(Distribution::hosted).flatMap(Optional::stream)
                        .anyMatch(SmallCells::headerHasCountName);
    }

    private static boolean headerHasCountName(byte[] bytes) {
        try {
            return CsvTable.parse(bytes).header().stream().anyMatch(SmallCells::countName);
        } catch (CsvTable.MalformedCsvException e) {
            // Unreadable: treated as counting persons, so that the check reports the file instead of passing it.
            return true;
        }
    }

    private static boolean isCount(PublicationCandidate candidate, String column) {
        return countName(column) || candidate.fieldForColumn(column).map(Field::numeric).orElse(false);
    }

    static boolean countName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("aantal") || lower.startsWith("count");
    }

    static boolean small(String cell) {
        String value = cell.strip();
        if (!WHOLE.matcher(value).matches() || value.length() > 12) {
            return false;
        }
        long count = Long.parseLong(value.contains(".") ? value.substring(0, value.indexOf('.')) : value);
        return count >= LOWEST && count <= HIGHEST;
    }
}
