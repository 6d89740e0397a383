package nl.datawijzer.opendata.portal.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the portal writes values for people: dates, file sizes, format and media-type names, excerpts. */
final class PortalText {

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    private PortalText() {
    }

    /** A date or date-time of the view as a long local date ("2 maart 2026"); as given when it is neither. */
    static String date(String lexical, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        try {
            return OffsetDateTime.parse(lexical).toLocalDate().format(format);
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical).format(format);
            } catch (DateTimeParseException notADate) {
                return lexical;
            }
        }
    }

    /** Bytes in the largest unit that keeps the number at least 1, with one decimal ("1,5 MB" in Dutch). */
    static String fileSize(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1000) {
            return number.format(bytes) + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return number.format(value) + " " + UNITS[unit];
    }

    /** The name of an EU file type ("CSV" from .../file-type/CSV); the whole IRI when it has no last part. */
    static String formatName(String iri) {
        String tail = iri.substring(iri.lastIndexOf('/') + 1);
        return tail.isEmpty() ? iri : tail.replace('_', ' ');
    }

    /** A media type as people write it ("text/csv" from the IANA IRI). */
    static String mediaType(String iri) {
        return iri.startsWith(IANA) ? iri.substring(IANA.length()) : iri;
    }

    /** At most {@code max} characters, cut at a word, with an ellipsis when cut. */
    static String excerpt(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }
}
