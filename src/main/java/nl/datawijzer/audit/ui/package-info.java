/** The ADMIN page of the audit trail. */
@NullMarked
package nl.datawijzer.audit.ui;

import org.jspecify.annotations.NullMarked;
