/**
 * Search over the catalog: an internal Lucene index of every catalog entity for staff, and a public index
 * built only from the derived open-data view. Dutch analysis (stemming, folded diacritics, split field
 * names, glossary synonyms), facets, snippets and "bedoelde u" suggestions. Indexes follow catalog
 * changes within a second and can always be rebuilt from the store.
 */
@NullMarked
package nl.datawijzer.search;

import org.jspecify.annotations.NullMarked;
