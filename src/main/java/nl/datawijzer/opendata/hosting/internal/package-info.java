/** The content-addressed file store and the distribution records (RDF) of hosted files. */
@NullMarked
package nl.datawijzer.opendata.hosting.internal;

import org.jspecify.annotations.NullMarked;
