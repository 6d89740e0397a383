package nl.datawijzer.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result. {@code path} is the portal address to open it (null when it has no page of its own);
 * {@code snippet} is plain text split into parts, {@code match} marking the words that matched, so no
 * markup from the catalog ever reaches a page unescaped.
 */
public record SearchHit(
        SearchKind kind,
        String id,
        String title,
        @Nullable String subtitle,
        List<SnippetPart> snippet,
        @Nullable String path,
        float score) {

    public record SnippetPart(String text, boolean match) {
    }
}
