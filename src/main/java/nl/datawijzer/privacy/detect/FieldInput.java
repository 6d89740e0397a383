package nl.datawijzer.privacy.detect;

import java.time.LocalDate;
import java.util.List;

/**
 * One field prepared once for all detectors: the name matches of every rule (so each word is looked up
 * once, not once per rule) and the non-empty sample values.
 */
record FieldInput(List<NameMatch> nameMatches, List<String> values, LocalDate today) {
}
