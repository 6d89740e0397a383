/** Lineage screens: impact analysis ("Wat raakt deze wijziging?") and the lineage editor. Private to lineage. */
@NullMarked
package nl.datawijzer.lineage.ui;

import org.jspecify.annotations.NullMarked;
