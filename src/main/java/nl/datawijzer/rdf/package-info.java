/**
 * The only owner of the RDF dataset. {@link nl.datawijzer.rdf.RdfStore} runs reads and writes in
 * transactions; every write is validated against the SHACL shapes in {@code ontology/shapes} before it
 * commits. {@link nl.datawijzer.rdf.Iris} is the one IRI and named-graph scheme. Jena types may be used
 * here and in feature {@code internal} packages only.
 */
@NullMarked
package nl.datawijzer.rdf;

import org.jspecify.annotations.NullMarked;
