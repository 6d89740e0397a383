/**
 * Privacy review: the privacy officer (FG) decides on the classification of every field; every decision is kept
 * as append-only history (PROV); staff see the history on the field.
 */
@NullMarked
package nl.datawijzer.privacy;

import org.jspecify.annotations.NullMarked;
