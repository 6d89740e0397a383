/** The sign-in view. */
@NullMarked
package nl.datawijzer.security.ui;

import org.jspecify.annotations.NullMarked;
