package nl.datawijzer.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Everything the portal shows about one system (application). BIV levels are optional. */
public record SystemDetail(
        SystemId id,
        String title,
        String description,
        Label kind,
        Label owner,
        Label steward,
        @Nullable String vendor,
        @Nullable String hostedBy,
        @Nullable Label availability,
        @Nullable Label integrity,
        @Nullable Label confidentiality,
        boolean external,
        @Nullable Instant modified) {
}
