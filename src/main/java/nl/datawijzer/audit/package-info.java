/**
 * The audit trail: who changed which record when. The store writes an entry inside every write that changed records
 * (see {@code rdf/AuditTrail}); this feature lets an ADMIN read them.
 */
@NullMarked
package nl.datawijzer.audit;

import org.jspecify.annotations.NullMarked;
