package nl.datawijzer.privacy;

import java.util.Locale;
import java.util.stream.Collectors;

/** An import that was not applied because a row has a problem; nothing was written. Carries the full report. */
public final class RegisterImportRefusedException extends RuntimeException {

    private final transient RegisterImportReport report;

    public RegisterImportRefusedException(RegisterImportReport report) {
        super("Import niet uitgevoerd, er is niets opgeslagen: " + report.problems().stream()
                .map(p -> p.message(Locale.of("nl"))).collect(Collectors.joining("; ")));
        this.report = report;
    }

    public RegisterImportReport report() {
        return report;
    }
}
