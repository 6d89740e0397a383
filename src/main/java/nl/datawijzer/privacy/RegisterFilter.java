package nl.datawijzer.privacy;

import nl.datawijzer.catalog.SystemId;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the processing register.
 *
 * @param text   words in the name, description, purposes, legal ground, recipients, data subjects or personal data
 *               categories (case and accents ignored); empty for all
 * @param system only activities that concern this system, directly or through a linked dataset held in it
 */
public record RegisterFilter(String text, @Nullable SystemId system) {

    public static final RegisterFilter ALL = new RegisterFilter("", null);

    public RegisterFilter {
        text = text == null ? "" : text.strip();
    }
}
