package nl.datawijzer.privacy.detect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.privacy.detect.Vocabulary.Category;
import nl.datawijzer.privacy.detect.Vocabulary.Confidentiality;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs every detection rule on a field and merges what they say into one suggestion per personal-data
 * category, strongest first. Stateless and thread-safe; sample values are only read, never kept.
 */
@Component
public final class FieldDetectors {

    private static final Comparator<Suggestion> STRONGEST_FIRST = Comparator
            .comparingDouble(Suggestion::confidence).reversed()
            .thenComparingInt(suggestion -> -Confidentiality.rankOf(suggestion.confidentialityIri()))
            .thenComparing(Suggestion::categoryIri);

    private final List<Detector> detectors;
    private final Clock clock;

    public FieldDetectors() {
        this(Clock.systemDefaultZone());
    }

    FieldDetectors(Clock clock) {
        this.clock = clock;
        List<Detector> all = new ArrayList<>(NameTerms.DETECTORS);
        all.addAll(ValueRules.DETECTORS);
        this.detectors = List.copyOf(all);
    }

    /** Every rule, to show the titles behind {@link Suggestion#detectorIds()}. */
    public List<DetectorInfo> rules() {
        return detectors.stream().map(rule -> new DetectorInfo(rule.id(), rule.titleNl(), rule.titleEn())).toList();
    }

    /** Detection on the field's name, title and description only. */
    public List<Suggestion> detect(FieldDescription field) {
        return detect(field, List.of());
    }

    /**
     * Detection on the field's name, title and description and on sample values of its column. Of the values
     * the first {@value SampleValues#MAX_CHECKED} that are not empty (nor "NULL", "n.v.t." and the like) are
     * checked.
     */
    public List<Suggestion> detect(FieldDescription field, List<String> sampleValues) {
        return detect(field, sampleValues, LocalDate.now(clock));
    }

    /**
     * Detection for the fields of a dataset with a sample file: each field gets the values of the column whose
     * header equals its technical name, ignoring case, {@code _}, {@code -} and spaces.
     */
    public SampleDetection detect(List<FieldDescription> fields, SampleFile sample) {
        LocalDate today = LocalDate.now(clock);
        Set<SampleColumn> used = new HashSet<>();
        List<FieldDetection> detections = new ArrayList<>(fields.size());
        for (FieldDescription field : fields) {
            Optional<SampleColumn> column = sample.column(field.technicalName());
            column.ifPresent(used::add);
            List<String> values = column.map(SampleColumn::values).orElse(List.of());
            detections.add(new FieldDetection(field, column.map(SampleColumn::name).orElse(null),
                    detect(field, values, today)));
        }
        List<FieldDetection> unmatched = new ArrayList<>();
        for (SampleColumn column : sample.columns()) {
            if (!used.contains(column)) {
                FieldDescription field = FieldDescription.named(column.name());
                unmatched.add(new FieldDetection(field, column.name(), detect(field, column.values(), today)));
            }
        }
        return new SampleDetection(detections, unmatched);
    }

    private List<Suggestion> detect(FieldDescription field, List<String> sampleValues, LocalDate today) {
        FieldInput input = new FieldInput(NameMatcher.match(field), SampleValues.usable(sampleValues), today);
        Map<String, List<Suggestion>> byCategory = new LinkedHashMap<>();
        for (Detector detector : detectors) {
            for (Suggestion suggestion : detector.detect(input)) {
                byCategory.computeIfAbsent(suggestion.categoryIri(), iri -> new ArrayList<>()).add(suggestion);
            }
        }
        List<Suggestion> merged = new ArrayList<>(byCategory.size());
        byCategory.values().forEach(group -> merged.add(merge(group)));
        merged.sort(STRONGEST_FIRST);
        return List.copyOf(merged);
    }

    private static Suggestion merge(List<Suggestion> group) {
        group.sort(STRONGEST_FIRST);
        List<String> ids = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        StringBuilder nl = new StringBuilder();
        StringBuilder en = new StringBuilder();
        SpecialCategory special = null;
        boolean criminal = false;
        String level = Confidentiality.OPENBAAR.iri();
        SampleCounts counts = null;
        for (Suggestion suggestion : group) {
            ids.add(suggestion.detectorIds().getFirst());
            confidences.add(suggestion.confidence());
            separate(nl).append(suggestion.explanationNl());
            separate(en).append(suggestion.explanationEn());
            special = special != null ? special : suggestion.specialCategory();
            criminal |= suggestion.criminal();
            if (Confidentiality.rankOf(suggestion.confidentialityIri()) > Confidentiality.rankOf(level)) {
                level = suggestion.confidentialityIri();
            }
            counts = counts != null ? counts : suggestion.sampleCounts();
        }
        String categoryIri = group.getFirst().categoryIri();
        appendLegalNotes(categoryIri, special, criminal, nl, en);
        return new Suggestion(ids, categoryIri, special, criminal, level, Confidence.combined(confidences),
                nl.toString(), en.toString(), counts);
    }

    /** Said once per category, not once per rule, so the explanation stays short. */
    private static void appendLegalNotes(String categoryIri, @Nullable SpecialCategory special, boolean criminal,
            StringBuilder nl, StringBuilder en) {
        if (categoryIri.equals(Category.NATIONAL_ID.iri())) {
            separate(nl).append("Een BSN mag alleen worden gebruikt ter uitvoering van een wet (art. 46 UAVG): "
                    + "leg bij het veld vast welke wet.");
            separate(en).append("A BSN may only be used to carry out a law (art. 46 UAVG): record with the field "
                    + "which law.");
        }
        if (special != null) {
            separate(nl).append("Bijzonder persoonsgegeven (art. 9 AVG).");
            separate(en).append("Special category of personal data (art. 9 GDPR).");
        }
        if (criminal) {
            separate(nl).append("Strafrechtelijk persoonsgegeven (art. 10 AVG).");
            separate(en).append("Criminal-offence data (art. 10 GDPR).");
        }
    }

    private static StringBuilder separate(StringBuilder text) {
        return text.isEmpty() ? text : text.append(' ');
    }
}
