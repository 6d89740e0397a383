/** Views of information needs; private to the feature. */
@NullMarked
package nl.datawijzer.needs.ui;

import org.jspecify.annotations.NullMarked;
