/**
 * Privacy: the privacy officer (FG) decides on the classification of every field, every decision kept as append-only
 * history (PROV) that staff see on the field; and the FG keeps the processing register (art. 30 GDPR), with personal
 * data categories derived from the catalogue, exported to and imported from CSV and XLSX. A field also carries the
 * personal data of the fields it is derived from (column lineage), computed when read, unless the FG approved the
 * derivation step as an anonymisation or aggregation ({@link nl.datawijzer.privacy.InheritedClassificationService}).
 *
 * <p>Transparency ("Waar ben ik bekend?", {@link nl.datawijzer.privacy.TransparencyService}): for everyone, which
 * systems hold which kinds of personal data about residents and what the processing register says about them. It
 * reads the internal store, not the open-data view, so its types carry concept labels and register texts only: no
 * record type of it can hold a field's name, title, description or example, and its one query never selects them.
 */
@NullMarked
package nl.datawijzer.privacy;

import org.jspecify.annotations.NullMarked;
