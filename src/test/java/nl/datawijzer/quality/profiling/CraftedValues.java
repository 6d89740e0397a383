package nl.datawijzer.quality.profiling;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Values with a known verdict per datatype and format, used by {@link ValueChecksTest} for the Java rules and by
 * {@code CsvSqlAgreementIT} to hold the SQL rules to them.
 */
final class CraftedValues {

    record Case(String column, FieldSpec spec, List<String> valid, List<String> invalid) {
    }

    private CraftedValues() {
    }

    static FieldSpec typed(String column, String datatype) {
        return new FieldSpec(column, datatype, Optional.empty(), false, Set.of(), Optional.empty());
    }

    static FieldSpec formatted(String column, String datatype, ValueFormat format) {
        return new FieldSpec(column, datatype, Optional.of(format), false, Set.of(), Optional.empty());
    }

    static final List<Case> CASES = List.of(
            new Case("c_string", typed("c_string", "string"), List.of("x", "élan", "1 2 3", "  padded  "), List.of()),
            new Case("c_integer", typed("c_integer", "integer"), List.of("0", "-12", "+7", "007", " 42 "),
                    List.of("1.0", "1e3", "12a", "+", "--1", "١٢", "1 000")),
            new Case("c_decimal", typed("c_decimal", "decimal"), List.of("12", "12.50", "12,5", "-0,25", "+3.0"),
                    List.of(".5", "5.", "1.2.3", "1,234.5", "1e5", "abc", "12,")),
            new Case("c_boolean", typed("c_boolean", "boolean"),
                    List.of("true", "FALSE", "Ja", "nee", "J", "n", "0", "1", "yes", "No"),
                    List.of("2", "waar", "y", "t", "jaa", "on")),
            new Case("c_date", typed("c_date", "date"),
                    List.of("2024-02-29", "29-02-2024", "20240229", "0001-01-01", "31-12-9999"),
                    List.of("2023-02-29", "2024-13-01", "2024-04-31", "1970-05-00", "0000-00-00", "2024/01/01",
                            "2024-1-1", "1-1-2024", "202401011", "1900-02-29", "2024-01-01T10:00")),
            new Case("c_datetime", typed("c_datetime", "dateTime"),
                    List.of("2024-01-01T10:00", "2024-01-01 10:00:00", "2024-01-01T23:59:59.123Z",
                            "2024-01-01T10:00:00+01:00", "2024-01-01 10:00:00+01", "2024-01-01T10:00-0530",
                            "2000-02-29T00:00:00.123456789"),
                    List.of("2024-01-01", "2024-01-01T24:00", "2024-01-01T10:60", "2024-01-01T10:00:61",
                            "2023-02-29T10:00", "2024-01-01T10:00:00.", "2024-01-01T10:00:00.1234567890",
                            "2024-01-01T10:00+1", "2024-01-01T10:00z", "01-01-2024 10:00", "2024-01-01T10:00:00+01:")),
            new Case("c_gyear", typed("c_gyear", "gYear"), List.of("2024", "0001", "1900"),
                    List.of("0000", "24", "20245", "2024-01")),
            new Case("c_gyearmonth", typed("c_gyearmonth", "gYearMonth"), List.of("2024-01", "1999-12"),
                    List.of("2024-13", "2024-00", "0000-01", "202401", "2024-1")),
            new Case("c_uri", typed("c_uri", "anyURI"),
                    List.of("https://data.huizen.nl/id/x?a=1#b", "HTTP://example.org", "urn:isbn:123",
                            "mailto:info@huizen.nl", "https://example.org/a%20b"),
                    List.of("ftp://example.org", "https://", "www.huizen.nl", "https://exa mple.org",
                            "https://example.org/é", "urn:", "https://example.org/<x>")),
            new Case("c_bsn", formatted("c_bsn", "string", ValueFormat.BSN),
                    List.of("111222333", "12345672", "123456782"),
                    List.of("111222334", "000000000", "00000000", "1112223330", "11122233a", "111 222 333")),
            new Case("c_bsn_int", formatted("c_bsn_int", "integer", ValueFormat.BSN), List.of("12345672"),
                    List.of("1122233")),
            new Case("c_postcode", formatted("c_postcode", "string", ValueFormat.POSTCODE),
                    List.of("1234 AB", "1234AB", "1234ab", "9999 zz"),
                    List.of("0123 AB", "1234 SA", "1234 ss", "1234  AB", "12345 AB", "1234 A", "1234-AB")),
            new Case("c_datum", formatted("c_datum", "date", ValueFormat.DATE),
                    List.of("2024-02-29", "01-03-2024", "20240301"),
                    List.of("2023-02-29", "1970-05-00", "1970-00-00", "0000-00-00", "2024-00-01")),
            new Case("c_partial", formatted("c_partial", "date", ValueFormat.PARTIAL_DATE),
                    List.of("1970-05-00", "1970-00-00", "0000-00-00", "00-05-1970", "19700500", "2024-02-29"),
                    List.of("1970-00-12", "1970-02-30", "0000-01-00", "0000-00-01", "1970-13-00", "19700532")),
            new Case("c_iban", formatted("c_iban", "string", ValueFormat.IBAN),
                    List.of("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300",
                            "DE89370400440532013000", "BE68539007547034", "XK051212012345678906"),
                    List.of("NL91ABNA0417164301", "NL91ABNA041716430", "DE8937040044053201300", "NL9112340417164300",
                            "NL91-ABNA-0417-1643-00", "XX00")),
            new Case("c_email", formatted("c_email", "string", ValueFormat.EMAIL),
                    List.of("info@huizen.nl", "a.b+c@sub.huizen.nl", "x_y@example-domain.org"),
                    List.of("a..b@huizen.nl", ".a@huizen.nl", "a.@huizen.nl", "a@huizen", "a@-huizen.nl",
                            "a b@huizen.nl", "a@b@huizen.nl", "a@huizen.n1")),
            new Case("c_phone", formatted("c_phone", "string", ValueFormat.PHONE),
                    List.of("0612345678", "035 123 45 67", "+31612345678", "+31(0)6-12345678", "0031 35 1234567",
                            "0031(0)351234567"),
                    List.of("0800 1234", "06123456789", "0012345678", "+310612345678", "(035) 1234567",
                            "06.12345678")));
}
