/**
 * The search pages: staff search over the whole catalog ({@code zoeken}), the public search over published open
 * data only ({@code open-data/zoeken}) and the admin's index rebuild ({@code beheer/zoekindex}). Views call only
 * the public services of {@code nl.datawijzer.search}; catalog text is always shown as text, never as HTML.
 */
@NullMarked
package nl.datawijzer.search.ui;

import org.jspecify.annotations.NullMarked;
