/**
 * Privacy: the privacy officer (FG) decides on the classification of every field, every decision kept as append-only
 * history (PROV) that staff see on the field; and the FG keeps the processing register (art. 30 GDPR), with personal
 * data categories derived from the catalogue, exported to and imported from CSV and XLSX.
 */
@NullMarked
package nl.datawijzer.privacy;

import org.jspecify.annotations.NullMarked;
