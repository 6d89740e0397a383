/**
 * The CKAN API's package index (Lucene, in memory, rebuilt from the open-data view on every view change) and the
 * mapping from the view's datasets to CKAN package dicts, including the theme labels read from the value lists.
 */
@NullMarked
package nl.datawijzer.opendata.ckan.internal;

import org.jspecify.annotations.NullMarked;
