package nl.datawijzer.opendata;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One transition in the history of a dataset's publication (append-only).
 *
 * @param from the state before, or null for the first proposal
 * @param decidedBy the account name, or {@link PublicationService#SYSTEM} for an automatic withdrawal
 * @param note the note or reason, or empty
 */
public record PublicationStep(String id, Instant at, String decidedBy, @Nullable PublicationState from,
        PublicationState to, String note) {
}
