package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.GdprArticle;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.ValueConcept;
import nl.datawijzer.catalog.ValueListService;

/**
 * How a personal-data category reads wherever a classification is shown: its label, and for the special ones the
 * article that makes them special, "Ras of etnische afkomst — bijzonder (art. 9 AVG)" or "Strafrechtelijke
 * gegevens — strafrechtelijk (art. 10 AVG)". The article comes from {@code dw:gdprArticle} on the concept, so a
 * category added to the value list is marked without a change here.
 */
public final class CategoryText {

    private final ValueListService values;
    private final Component owner;

    /** {@code owner} gives the translations, in the language of its UI. */
    public CategoryText(ValueListService values, Component owner) {
        this.values = values;
        this.owner = owner;
    }

    /** The label with its mark when the category is special. */
    public String of(Label category) {
        return mark(category.iri()).map(mark -> owner.getTranslation("privacy.category.marked", category.label(), mark))
                .orElse(category.label());
    }

    /** The category with this IRI, labelled in the reader's language and marked. */
    public String of(String categoryIri) {
        return of(values.label(categoryIri));
    }

    /** Several categories, each marked, separated by commas. */
    public String all(List<Label> categories) {
        return categories.stream().map(this::of).collect(Collectors.joining(", "));
    }

    /**
     * Special categories grouped by their mark, ordinary ones left out: "bijzonder (art. 9 AVG): Gezondheidsgegevens,
     * Ras of etnische afkomst · strafrechtelijk (art. 10 AVG): Strafrechtelijke gegevens". Empty when none is special.
     */
    public String grouped(List<Label> categories) {
        Map<String, List<String>> byMark = new LinkedHashMap<>();
        for (Label category : categories) {
            mark(category.iri()).ifPresent(mark -> byMark.computeIfAbsent(mark, k -> new ArrayList<>())
                    .add(category.label()));
        }
        return byMark.entrySet().stream()
                .map(group -> owner.getTranslation("privacy.category.group", group.getKey(),
                        String.join(", ", group.getValue())))
                .collect(Collectors.joining(" · "));
    }

    /** "bijzonder (art. 9 AVG)", "strafrechtelijk (art. 10 AVG)", or empty for an ordinary category. */
    public Optional<String> mark(String categoryIri) {
        Optional<ValueConcept> concept = values.concept(categoryIri).filter(ValueConcept::specialCategory);
        if (concept.isEmpty()) {
            return Optional.empty();
        }
        GdprArticle article = concept.get().gdprArticle();
        String key = article == null ? "privacy.category.special" : switch (article) {
            case ART_9 -> "privacy.category.art9";
            case ART_10 -> "privacy.category.art10";
        };
        return Optional.of(owner.getTranslation(key));
    }
}
