/** Reading the audit graph. */
@NullMarked
package nl.datawijzer.audit.internal;

import org.jspecify.annotations.NullMarked;
