/**
 * The app shell only: theme and styles, the main layout with role-aware navigation, the language switch,
 * translations and the error views. Feature views live in each feature's own {@code ui} package.
 */
@NullMarked
package nl.datawijzer.ui;

import org.jspecify.annotations.NullMarked;
