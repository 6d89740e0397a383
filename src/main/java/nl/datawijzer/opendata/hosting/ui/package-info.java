/** The "Bestanden" section of a dataset page: stewards upload, replace and remove hosted files. */
@NullMarked
package nl.datawijzer.opendata.hosting.ui;

import org.jspecify.annotations.NullMarked;
