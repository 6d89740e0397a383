/**
 * The catalog: systems (applications), datasets, fields, owners (agents) and the glossary. The services
 * in this package are its API; they own transactions and authorization and return records only.
 * {@code internal} maps between records and RDF; {@code ui} holds the views.
 */
@NullMarked
package nl.datawijzer.catalog;

import org.jspecify.annotations.NullMarked;
