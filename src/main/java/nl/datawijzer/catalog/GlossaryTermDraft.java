package nl.datawijzer.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A glossary term as a steward writes it; broader and related terms by their ids. */
public record GlossaryTermDraft(
        String slug,
        String prefLabel,
        String definition,
        List<String> synonyms,
        @Nullable String source,
        List<ConceptId> broader,
        List<ConceptId> related) {

    public GlossaryTermDraft {
        synonyms = List.copyOf(synonyms);
        broader = List.copyOf(broader);
        related = List.copyOf(related);
    }
}
