package nl.datawijzer.catalog;

import org.jspecify.annotations.Nullable;

/** What a steward fills in to create or edit a system. */
public record SystemDraft(
        String slug,
        String title,
        String description,
        String kindIri,
        AgentId owner,
        AgentId steward,
        @Nullable String vendor,
        @Nullable String hostedBy,
        boolean external) {
}
