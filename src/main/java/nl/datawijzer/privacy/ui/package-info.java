/** The privacy officer's review queue and decision dialog, and the review history of a field. */
@NullMarked
package nl.datawijzer.privacy.ui;

import org.jspecify.annotations.NullMarked;
