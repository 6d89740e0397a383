/** The lineage explorer page and the picture's place on other pages. */
@NullMarked
package nl.datawijzer.lineage.picture.ui;

import org.jspecify.annotations.NullMarked;
