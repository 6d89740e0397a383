package nl.datawijzer.catalog;

import org.jspecify.annotations.Nullable;

/** An owner, steward or publisher: a team, a post or an organisation (never a named person). */
public record AgentSummary(AgentId id, String name, String kind, @Nullable String email, int ownedDatasets) {
}
