package nl.datawijzer.needs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification about a change to an information need, as the signed-in user sees it.
 *
 * @param id the notification's own id ({@code m} and a UUID)
 * @param at when the change was made
 * @param read whether the signed-in user marked it read (for a notification to a role: this user, not the others)
 */
public record NeedNotification(String id, NeedId need, EventKind kind, String by, Instant at, String text,
        boolean read) {

    /** Whom a notification is for: one account, or everyone with one role (also who signs in later). */
    public record Recipient(@Nullable String account, @Nullable String role) {

        public Recipient {
            if ((account == null) == (role == null)) {
                throw new IllegalArgumentException("Een melding is voor een account of voor een rol, niet beide");
            }
        }

        public static Recipient account(String account) {
            return new Recipient(account, null);
        }

        public static Recipient role(String role) {
            return new Recipient(null, role);
        }
    }
}
