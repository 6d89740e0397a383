package nl.datawijzer.privacy.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.datawijzer.privacy.detect.Vocabulary.Category;
import nl.datawijzer.privacy.detect.Vocabulary.Confidentiality;

/**
 * A rule that reads a field's technical name, title and description for terms of one category. The terms
 * themselves live in {@link NameTerms}; matching is done once per field by {@link NameMatcher}.
 *
 * @param noteNl said with every suggestion of this rule, e.g. why it is not a special category; may be empty
 */
record NameDetector(
        String id,
        String titleNl,
        String titleEn,
        Category category,
        List<Term> terms,
        String noteNl,
        String noteEn) implements Detector {

    NameDetector {
        terms = List.copyOf(terms);
    }

    @Override
    public List<Suggestion> detect(FieldInput field) {
        List<NameMatch> mine = new ArrayList<>();
        for (NameMatch match : field.nameMatches()) {
            if (match.rule().id().equals(id)) {
                mine.add(match);
            }
        }
        if (mine.isEmpty()) {
            return List.of();
        }
        mine.sort(Comparator.comparingDouble(NameMatch::confidence).reversed());
        NameMatch best = mine.getFirst();
        StringBuilder nl = new StringBuilder(best.explanationNl());
        StringBuilder en = new StringBuilder(best.explanationEn());
        List<Source> elsewhere = mine.stream().map(NameMatch::source).filter(source -> source != best.source())
                .distinct().toList();
        if (!elsewhere.isEmpty()) {
            nl.append(" Ook gevonden in de ")
                    .append(String.join(" en de ", elsewhere.stream().map(Source::nl).toList())).append('.');
            en.append(" Also found in the ")
                    .append(String.join(" and the ", elsewhere.stream().map(Source::en).toList())).append('.');
        }
        if (!noteNl.isEmpty()) {
            nl.append(' ').append(noteNl);
            en.append(' ').append(noteEn);
        }
        Confidentiality level = Confidentiality.suggestedFor(category);
        return List.of(new Suggestion(List.of(id), category.iri(), category.special(), category.criminal(),
                level.iri(), Confidence.rounded(best.confidence()), nl.toString(), en.toString(), null));
    }
}
