package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datawijzer.opendata.PublicationCandidate.Distribution;
import nl.datawijzer.privacy.detect.DetectorInfo;
import nl.datawijzer.privacy.detect.FieldDescription;
import nl.datawijzer.privacy.detect.FieldDetection;
import nl.datawijzer.privacy.detect.FieldDetectors;
import nl.datawijzer.privacy.detect.SampleDetection;
import nl.datawijzer.privacy.detect.SampleFile;
import nl.datawijzer.privacy.detect.SampleFileException;
import nl.datawijzer.privacy.detect.Suggestion;

/**
 * Runs the privacy value detectors (BSN elfproef, IBAN, postcode, e-mail, phone, birth date) over every hosted file.
 * A column fails when a value rule contributes to a confident suggestion ({@link Suggestion#confident()}): a column of
 * plain dates or years alone stays below that (the birth-date rule says so itself), a column named "geboortedatum"
 * with dates does not. Name rules alone do not fail a column here; the field rules of the gate cover names.
 */
final class HostedFileScan {

    private static final FieldDetectors DETECTORS = new FieldDetectors();
    private static final String VALUE_RULE = "waarde.";
    private static final Map<String, DetectorInfo> RULES = DETECTORS.rules().stream()
            .collect(Collectors.toUnmodifiableMap(DetectorInfo::id, Function.identity()));

    private HostedFileScan() {
    }

    static GateResult check(GateRule rule, PublicationCandidate candidate) {
        List<String> foundNl = new ArrayList<>();
        List<String> foundEn = new ArrayList<>();
        List<String> unreadableNl = new ArrayList<>();
        List<String> unreadableEn = new ArrayList<>();
        List<FieldDescription> fields = candidate.fields().stream()
                .map(field -> new FieldDescription(field.technicalName(), field.title(), "")).toList();
        int scanned = 0;
        for (Distribution distribution : candidate.distributions()) {
            Optional<byte[]> hosted = distribution.hosted();
            if (hosted.isEmpty()) {
                continue;
            }
            scanned++;
            SampleFile sample;
            try {
                sample = SampleFile.parse(hosted.get());
            } catch (SampleFileException e) {
                unreadableNl.add(distribution.label() + " (" + e.messageNl() + ")");
                unreadableEn.add(distribution.label() + " (" + e.messageEn() + ")");
                continue;
            }
            SampleDetection detection = DETECTORS.detect(fields, sample);
            List<FieldDetection> all = new ArrayList<>(detection.fields());
            all.addAll(detection.unmatchedColumns());
            for (FieldDetection column : all) {
                if (column.column() == null) {
                    continue;
                }
                List<String> ids = column.suggestions().stream().filter(Suggestion::confident)
                        .filter(suggestion -> suggestion.sampleCounts() != null)
                        .flatMap(suggestion -> suggestion.detectorIds().stream())
                        .filter(id -> id.startsWith(VALUE_RULE)).distinct().toList();
                if (!ids.isEmpty()) {
                    foundNl.add(distribution.label() + ": kolom " + column.column() + " ("
                            + ids.stream().map(id -> titleNl(id)).collect(Collectors.joining("; ")) + ")");
                    foundEn.add(distribution.label() + ": column " + column.column() + " ("
                            + ids.stream().map(id -> titleEn(id)).collect(Collectors.joining("; ")) + ")");
                }
            }
        }
        if (!unreadableNl.isEmpty()) {
            return GateResult.fail(rule,
                    "Deze bestanden konden niet worden gecontroleerd: " + Names.nl(unreadableNl) + ".",
                    "These files could not be checked: " + Names.en(unreadableEn) + ".");
        }
        if (!foundNl.isEmpty()) {
            return GateResult.fail(rule,
                    "In deze kolommen herkent de privacycontrole persoonsgegevens: " + Names.nl(foundNl)
                            + ". Haal de kolom weg of vervang de waarden door aantallen.",
                    "In these columns the privacy check recognises personal data: " + Names.en(foundEn)
                            + ". Remove the column or replace its values by counts.");
        }
        if (scanned == 0) {
            return GateResult.pass(rule,
                    "Er is geen door de gemeente gehost bestand bekend; er viel niets te controleren.",
                    "No file hosted by the municipality is known; there was nothing to check.");
        }
        return GateResult.pass(rule,
                "Geen herkenbare persoonsgegevens (BSN, IBAN, postcode, e-mail, telefoon, geboortedatum) in "
                        + scanned + (scanned == 1 ? " bestand." : " bestanden."),
                "No recognisable personal data (BSN, IBAN, postcode, e-mail, phone, birth date) in " + scanned
                        + (scanned == 1 ? " file." : " files."));
    }

    private static String titleNl(String id) {
        DetectorInfo info = RULES.get(id);
        return info == null ? id : info.titleNl() + " [" + id + "]";
    }

    private static String titleEn(String id) {
        DetectorInfo info = RULES.get(id);
        return info == null ? id : info.titleEn() + " [" + id + "]";
    }
}
