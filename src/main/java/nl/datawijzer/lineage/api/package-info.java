/** Impact analysis over HTTP for staff: JSON and CSV. Private to lineage. */
@NullMarked
package nl.datawijzer.lineage.api;

import org.jspecify.annotations.NullMarked;
