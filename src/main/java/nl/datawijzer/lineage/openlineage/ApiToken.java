package nl.datawijzer.lineage.openlineage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as the admin page lists it; the token itself is never stored, only its SHA-256. */
public record ApiToken(String id, String name, String issuedBy, Instant created, @Nullable Instant revokedAt,
        @Nullable String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
