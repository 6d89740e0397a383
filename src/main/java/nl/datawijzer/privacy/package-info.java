/**
 * Privacy review: the privacy officer (FG) decides on the classification of every field; every decision is kept
 * as append-only history (PROV); staff see the history on the field. A field also carries the personal data of the
 * fields it is derived from (column lineage), computed when read, unless the FG approved the derivation step as an
 * anonymisation or aggregation ({@link nl.datawijzer.privacy.InheritedClassificationService}).
 */
@NullMarked
package nl.datawijzer.privacy;

import org.jspecify.annotations.NullMarked;
