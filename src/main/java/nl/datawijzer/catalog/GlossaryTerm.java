package nl.datawijzer.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A glossary term with its definition, synonyms and related terms. */
public record GlossaryTerm(
        ConceptId id,
        String prefLabel,
        String definition,
        List<String> synonyms,
        @Nullable String source,
        List<Label> broader,
        List<Label> related) {
}
