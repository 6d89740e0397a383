/**
 * The search pages: staff search over the whole catalog ({@code zoeken}) and the admin's index rebuild
 * ({@code beheer/zoekindex}). The public search over published open data is part of the open-data portal's page
 * ({@code open-data}); its old address {@code open-data/zoeken} forwards there. Views call only
 * the public services of {@code nl.datawijzer.search}; catalog text is always shown as text, never as HTML.
 */
@NullMarked
package nl.datawijzer.search.ui;

import org.jspecify.annotations.NullMarked;
