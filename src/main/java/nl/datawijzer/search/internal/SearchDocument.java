package nl.datawijzer.search.internal;

import java.util.List;
import java.util.Map;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchKind;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds for one catalog entity. {@code group} ties documents that change together (a
 * dataset and its fields) so one change replaces them all.
 *
 * @param names   technical and human names of fields, split for search
 * @param context words around it: system, owner, themes, keywords, synonyms
 * @param quality a mild ranking boost between 1.0 and 1.2 for well-described entries
 */
public record SearchDocument(
        String id,
        String group,
        SearchKind kind,
        String title,
        String description,
        String names,
        String context,
        @Nullable String subtitle,
        @Nullable String path,
        Map<Facet, List<String>> facets,
        float quality) {
}
