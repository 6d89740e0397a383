package nl.datawijzer.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A team, post or organisation as owner or steward. Never a named person: use a functional mailbox.
 *
 * @param kind one of {@link Kind}
 */
public record AgentDraft(String slug, String name, Kind kind, @Nullable String description, @Nullable String email) {

    /** What sort of agent; maps to the ORG class. */
    public enum Kind {
        ORGANISATION("Organization"), TEAM("OrganizationalUnit"), POST("Post");

        private final String orgClass;

        Kind(String orgClass) {
            this.orgClass = orgClass;
        }

        public String orgClassIri() {
            return "http://www.w3.org/ns/org#" + orgClass;
        }
    }
}
