/**
 * Privacy review: the privacy officer (FG) decides on the classification of every field; every decision is kept
 * as append-only history (PROV); staff see the history on the field.
 *
 * <p>Transparency ("Waar ben ik bekend?", {@link nl.datawijzer.privacy.TransparencyService}): for everyone, which
 * systems hold which kinds of personal data about residents and what the processing register says about them. It
 * reads the internal store, not the open-data view, so its types carry concept labels and register texts only: no
 * record type of it can hold a field's name, title, description or example, and its one query never selects them.
 */
@NullMarked
package nl.datawijzer.privacy;

import org.jspecify.annotations.NullMarked;
