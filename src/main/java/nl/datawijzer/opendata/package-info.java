/**
 * Open data: the publication gate that decides whether a dataset may leave the internal catalogue for the public
 * view. Each condition is a named {@link nl.datawijzer.opendata.GateRule} that can be listed, shown and tested on its
 * own; {@link nl.datawijzer.opendata.PublicationGate} runs them all on a
 * {@link nl.datawijzer.opendata.PublicationCandidate} (what the internal store says about one dataset, plus the
 * contents of its hosted files) and gives a {@link nl.datawijzer.opendata.GateReport}. Explanations name fields,
 * distributions, columns and cells, never a value of a hosted file: those may be personal data.
 *
 * <p>{@code internal/} reads a candidate from the store ({@code CandidateRepository}); it is the only part that uses
 * Jena. Not here yet: DCAT-AP-NL conformance and the network check that every distribution is reachable.
 */
@NullMarked
package nl.datawijzer.opendata;

import org.jspecify.annotations.NullMarked;
