/**
 * Privacy: the privacy officer (FG) decides on the classification of every field, every decision kept as append-only
 * history (PROV) that staff see on the field; and the FG keeps the processing register (art. 30 GDPR), with personal
 * data categories derived from the catalogue, exported to and imported from CSV and XLSX. A field also carries the
 * personal data of the fields it is derived from (column lineage), computed when read, unless the FG approved the
 * derivation step as an anonymisation or aggregation ({@link nl.datawijzer.privacy.InheritedClassificationService}).
 */
@NullMarked
package nl.datawijzer.privacy;

import org.jspecify.annotations.NullMarked;
